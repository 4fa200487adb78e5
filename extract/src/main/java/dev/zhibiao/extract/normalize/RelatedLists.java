package dev.zhibiao.extract.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A site's list of other articles ({@code 相关阅读}, then a headline and its source and date a line each): no part
 * of the document, and neither a heading, a headline nor a record is read from it. The list runs from its heading,
 * or from the first of two headlines in a row each followed by a source-and-date line, over short lines, to the
 * first line that says something whole (a sentence) or the end.
 */
public final class RelatedLists {
    private static final Pattern HEADING = Pattern.compile(
            "(?:相关|延伸|推荐|更多|热门|热点|往期)(?:阅读|新闻|链接|文章|推荐|资讯|报道|回顾)|猜你喜欢|为你推荐");
    /** A headline's source and date: {@code 央视新闻 2022-07-05}. */
    private static final Pattern SOURCE_DATE = Pattern.compile("^[^\\d\\s:：]{1,16}\\s*(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final int HEADLINE_CHARS = 40;

    private RelatedLists() {
    }

    /** True when the text may hold such a list: a short line is its heading, or two of its lines end in a date. */
    public static boolean mayHold(String text) {
        int dated = 0;
        for (int from = 0; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            int s = from, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e - s >= 4 && e - s <= 8 && HEADING.matcher(text).region(s, e).lookingAt()) return true;
            // …2022-07-05 or …2022-07-05 10:25: a digit ends the line, with a dash three to nine before it
            if (e - s >= 8 && e - s <= 40 && Character.isDigit(text.charAt(e - 1)) && text.lastIndexOf('-', e - 1) >= e - 9
                    && sourceAndDate(text.substring(s, e)) && ++dated >= 2) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /** Which of the stripped, non-blank lines are a list's. */
    public static boolean[] of(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean heading = l.length() <= 8 && HEADING.matcher(l).lookingAt();
            boolean pairs = i + 3 < lines.size() && headlineThenSource(lines, i) && headlineThenSource(lines, i + 2);
            if (!heading && !pairs) continue;
            int j = heading ? i + 1 : i;
            out[i] = true;
            while (j < lines.size() && listLine(lines.get(j))) out[j++] = true;
            i = j - 1;
        }
        return out;
    }

    /** True when the stripped line is a headline's source and date ({@code 央视新闻 2022-07-05}). */
    public static boolean sourceAndDate(String line) {
        return line.length() <= 40 && SOURCE_DATE.matcher(line).matches();
    }

    private static boolean headlineThenSource(List<String> lines, int i) {
        return lines.get(i).length() <= HEADLINE_CHARS && SOURCE_DATE.matcher(lines.get(i + 1)).matches();
    }

    /** A headline (short, no sentence end) or a source-and-date line. */
    private static boolean listLine(String l) {
        if (SOURCE_DATE.matcher(l).matches()) return true;
        return l.length() <= HEADLINE_CHARS && !l.endsWith("。");
    }
}
