package dev.zhibiao.extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins the lines of a laid-out page into paragraphs. A PDF breaks a line wherever the text reaches the
 * right margin, in the middle of a word, a number or a sentence; Chinese puts no space there. A line is
 * continued by the next when it runs to the full text width and does not close a sentence, and the next line
 * does not open a heading or list item. Page numbers at the top or bottom of a page are dropped.
 */
final class LineJoiner {
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：!?;:…]['\"’”」』）)]*$");
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇\\d]+[章节条部分篇]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\\d]+[）)]"
                    + "|\\d+[、．]|\\d+\\.(?!\\d)|[①-⑳]|专栏|附件|附表)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^([-—–－‒\\s]*\\d{1,4}[-—–－‒\\s]*|第\\s*\\d+\\s*页.*|\\d+\\s*/\\s*\\d+|[Pp]age\\s*\\d+.*)$");
    /** Within a line, a space between two CJK characters is an artefact of justified layout. */
    private static final Pattern SPACE_IN_CJK = Pattern.compile("(?<=[^\\x00-\\x7F])[ \\t\\u3000]+(?=[^\\x00-\\x7F])");
    /** A full line may fall short of the widest by a character or so where a wide glyph did not fit. */
    private static final double FULL = 0.9;
    /** Below ten Chinese characters a "full" line is a table or a list, not prose broken at the margin. */
    private static final int MIN_FULL = 20;

    private LineJoiner() {
    }

    static String join(List<List<String>> pages) {
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>();
            for (String l : page) kept.add(SPACE_IN_CJK.matcher(l.strip()).replaceAll(""));
            trim(kept);
            if (!kept.isEmpty() && PAGE_NUMBER.matcher(kept.get(kept.size() - 1)).matches()) kept.remove(kept.size() - 1);
            if (!kept.isEmpty() && PAGE_NUMBER.matcher(kept.get(0)).matches()) kept.remove(0);
            // Blank lines at a page's edges are margins, not paragraph breaks.
            trim(kept);
            lines.addAll(kept);
        }
        int full = fullWidth(lines);
        StringBuilder out = new StringBuilder();
        String prev = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (prev != null && !prev.isEmpty()) out.append('\n');
                prev = line;
                continue;
            }
            if (prev != null && !prev.isEmpty() && continues(prev, line, full)) {
                if (Cells.isWordChar(prev.charAt(prev.length() - 1)) && Character.isLetter(line.charAt(0))
                        && Character.isLetter(prev.charAt(prev.length() - 1))) out.append(' ');
            } else if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
            prev = line;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') end--;
        out.setLength(end);
        if (end > 0) out.append('\n');
        return out.toString();
    }

    private static boolean continues(String prev, String next, int full) {
        return full >= MIN_FULL && width(prev) >= FULL * full && !SENTENCE_END.matcher(prev).find()
                && !OPENS_ITEM.matcher(next).find();
    }

    private static void trim(List<String> page) {
        while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) page.remove(page.size() - 1);
        while (!page.isEmpty() && page.get(0).isEmpty()) page.remove(0);
    }

    /**
     * The text width of a full line: a high rank rather than the maximum, so that a few over-wide lines
     * (a table row, a long URL) do not make every ordinary line look short.
     */
    static int fullWidth(List<String> lines) {
        int[] widths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(LineJoiner::width).sorted().toArray();
        if (widths.length == 0) return 0;
        int outliers = Math.min(widths.length - 1, widths.length / 20);
        return widths[widths.length - 1 - outliers];
    }

    /** Display width: CJK and other wide characters count two, ASCII one. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) < 0x2E80 ? 1 : 2;
        return w;
    }
}
