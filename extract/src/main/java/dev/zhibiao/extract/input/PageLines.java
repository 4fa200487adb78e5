package dev.zhibiao.extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins the lines of a laid-out page into paragraphs. A PDF breaks a line wherever the text reaches the
 * right margin, in the middle of a word, a number or a sentence; Chinese puts no space there. A line is
 * continued by the next when it runs to the full text width, the next line is not indented (a Chinese paragraph
 * starts with a first-line indent) and does not open a heading or list item, and, in a document without indents,
 * when it does not close a sentence. Page numbers at the top or bottom of a page are dropped.
 */
final class PageLines {
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：!?;:…]['\"’”」』）)]*$");
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇\\d]+[章节条部分篇]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\\d]+[）)]"
                    + "|\\d+[、．]|\\d+\\.(?!\\d)|[①-⑳]|专栏|附件|附表)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^([-—–－‒\\s]*\\d{1,4}[-—–－‒\\s]*|第\\s*\\d+\\s*页.*|\\d+\\s*/\\s*\\d+|[Pp]age\\s*\\d+.*)$");
    /** Within a line, a space beside a CJK character is an artefact of layout; only Latin words need spaces. */
    private static final Pattern SPACE_IN_CJK = Pattern.compile(
            "(?<=[^\\x00-\\x7F])[ \\t\\u3000]+|[ \\t\\u3000]+(?=[^\\x00-\\x7F])");
    /** A full line may fall short of the widest by a character or so where a wide glyph did not fit. */
    private static final double FULL = 0.9;
    /** A line shorter than ten Chinese characters is a table cell or a list entry, not prose broken at the margin. */
    private static final int MIN_FULL = 20;

    private PageLines() {
    }

    /**
     * A line of a page. {@code indented} when it starts right of the page's left edge, as a paragraph's first
     * line does; {@code extent} how far it reaches from that edge, in any unit, or negative when unknown (then
     * the text's display width stands in).
     */
    record Line(String text, boolean indented, double extent) {
        Line {
            text = SPACE_IN_CJK.matcher(text.strip()).replaceAll("");
        }

        double reach() {
            return extent >= 0 ? extent : width(text);
        }
    }

    /** Joins pages of lines whose positions are unknown. */
    static String join(List<List<String>> pages) {
        return joinLines(pages.stream().map(p -> p.stream().map(t -> new Line(t, false, -1)).toList()).toList());
    }

    static String joinLines(List<List<Line>> pages) {
        List<Line> lines = new ArrayList<>();
        for (List<Line> page : pages) {
            List<Line> kept = new ArrayList<>(page);
            trim(kept);
            if (!kept.isEmpty() && isPageNumber(kept.get(kept.size() - 1))) kept.remove(kept.size() - 1);
            if (!kept.isEmpty() && isPageNumber(kept.get(0))) kept.remove(0);
            // Blank lines at a page's edges are margins, not paragraph breaks.
            trim(kept);
            lines.addAll(kept);
        }
        double full = fullWidth(lines);
        // Where paragraphs are marked by a first-line indent, an unindented full line always runs on, even
        // when a sentence happens to end at the margin; without indents only punctuation can tell.
        boolean indents = lines.stream().anyMatch(l -> l.indented() && !l.text().isEmpty());
        StringBuilder out = new StringBuilder();
        Line prevLine = null;
        for (Line l : lines) {
            String line = l.text();
            String prev = prevLine == null ? null : prevLine.text();
            if (line.isEmpty()) {
                if (prev != null && !prev.isEmpty()) out.append('\n');
                prevLine = l;
                continue;
            }
            if (prev != null && !prev.isEmpty() && continues(prevLine, l, full, indents)) {
                char end = prev.charAt(prev.length() - 1);
                char start = line.charAt(0);
                // Only a Latin word broken at the margin needs its space back; digits and Chinese join tight.
                if (isLatinLetter(end) && isLatinLetter(start)) out.append(' ');
            } else if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
            prevLine = l;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') end--;
        out.setLength(end);
        if (end > 0) out.append('\n');
        return out.toString();
    }

    private static boolean continues(Line prev, Line next, double full, boolean indents) {
        if (prev.reach() < FULL * full || next.indented() || width(prev.text()) < MIN_FULL) return false;
        if (!indents && SENTENCE_END.matcher(prev.text()).find()) return false;
        return !OPENS_ITEM.matcher(next.text()).find();
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isPageNumber(Line line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    private static void trim(List<Line> page) {
        while (!page.isEmpty() && page.get(page.size() - 1).text().isEmpty()) page.remove(page.size() - 1);
        while (!page.isEmpty() && page.get(0).text().isEmpty()) page.remove(0);
    }

    /**
     * The text width of a full line: a high rank rather than the maximum, so that a few over-wide lines
     * (a table row, a long URL) do not make every ordinary line look short.
     */
    static double fullWidth(List<Line> lines) {
        double[] widths = lines.stream().filter(l -> !l.text().isEmpty()).mapToDouble(Line::reach).sorted().toArray();
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
