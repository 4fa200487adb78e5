package dev.zhibiao.extract.normalize;

/**
 * Re-joins sentences that PDF or Word conversion broke across lines ({@code …儿童的健\n\n康成长}). A break
 * is removed when the line before is a running paragraph (long, not ending in a sentence mark or a colon)
 * and the next line goes on with a Chinese character, not with a heading, list number or table cell.
 */
final class BrokenLines implements TextRule {
    /** Shorter lines are headings, table cells or titles, which end without a sentence mark. */
    private static final int MIN_PARAGRAPH = 24;
    /**
     * A heading or list item starts with a numeral and a mark, with 第, or with 专栏; a labelled line
     * ({@code 上一篇：}, {@code 来源：}, {@code 主要目标：}) starts with a short label and a colon.
     */
    private static final java.util.regex.Pattern NEW_BLOCK = java.util.regex.Pattern.compile(
            "[一二三四五六七八九十]+[、．.]|\\d{1,2}[、．.](?!\\d)|第[一二三四五六七八九十百0-9]+[章节部分篇条]|专栏"
                    + "|[\\u4e00-\\u9fff]{1,6}[：:]");

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int copied = 0;
        int n = t.length();
        int lineStart = 0;
        for (int i = indexOfBreak(t, 0); i >= 0; i = indexOfBreak(t, i)) {
            int j = i;
            while (j < n && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == ' ')) j++;
            if (joinable(t, lineStart, i, j)) {
                if (e == null) e = new TextEdit(in);
                e.copy(copied, i);
                copied = j;
            } else {
                lineStart = j;
            }
            i = j;
            if (i >= n) break;
        }
        if (e == null) return in;
        e.copy(copied, n);
        return e.result();
    }

    /** The next \n or \r from {@code from}, or -1, in one pass: seeking each apart rescans the text to its end. */
    private static int indexOfBreak(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') return i;
        }
        return -1;
    }

    private static boolean joinable(String t, int lineStart, int lineEnd, int next) {
        if (next >= t.length()) return false;
        int s = lineStart, e = lineEnd;
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e - s < MIN_PARAGRAPH || KeywordLines.is(t, s, e)) return false;
        for (int i = s; i < e; i++) {
            if (t.charAt(i) == '\t') return false;
        }
        char last = t.charAt(e - 1);
        if ("。；！？：:;!?）)”\"".indexOf(last) >= 0) return false;
        if (title(t, s, e)) return false;
        // ——2024年9月20日在某区人大常委会会议上: the line under a speech's title telling when and where it was given
        if (BYLINE.matcher(t).region(s, e).lookingAt()) return false;
        char first = t.charAt(next);
        boolean numberEnd = Character.isDigit(last) || last == '%' || last == '‰';
        if (!SpaceSqueezer.isHan(last) && last != '，' && last != '、' && !numberEnd) return false;
        boolean digitStart = first >= '0' && first <= '9';
        if (!SpaceSqueezer.isHan(first) && first != '%' && first != '‰' && !(digitStart && !numberEnd)) return false;
        // a paragraph ending in a number goes on only with a list or clause word (…达到 10%\n和 5%)
        if (numberEnd && "和及与、至到以".indexOf(first) < 0) return false;
        // a following heading or list item starts with a numeral and a mark, or with 第
        if (NEW_BLOCK.matcher(t).region(next, Math.min(t.length(), next + 8)).lookingAt()) return false;
        // a headline's source and date (央视新闻 2022-07-05) is a line of its own in a list of other articles
        int nextEnd = indexOfBreak(t, next);
        String nextLine = t.substring(next, nextEnd < 0 ? t.length() : nextEnd).strip();
        if (RelatedLists.sourceAndDate(nextLine)) return false;
        // 某市新闻网2025年6月1日讯 …: a news item's lead opens with its dateline, under a headline of its own
        if (DATELINE_OPENS.matcher(nextLine).lookingAt()) return false;
        // a short line of words closed by no sentence mark is a title, a heading or a site's path (首页>>某栏目), not
        // the tail of a sentence broken across lines, which ends with its mark; a number goes on with its unit
        return digitStart || nextLine.length() >= MIN_PARAGRAPH || nextEnd < 0 || endsSentence(nextLine);
    }

    /** A speech's byline under its title: a dash, then the day it was given (——2024年9月20日在…). */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "[—－-]{1,2}\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

    /** A lead opening with its source and dateline (某市新闻网2025年6月1日讯, 新华社北京5月3日电, 本报讯), or a page's date line. */
    private static final java.util.regex.Pattern DATELINE_OPENS = java.util.regex.Pattern.compile(
            "[^，。；]{0,16}?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:讯|电)|[^，。；]{0,8}?本报讯"
                    // 2022-01-21 08:45 来源：…: a page's date line
                    + "|(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s|\\d{1,2}:\\d{2}|来源|$)");

    /** The name a title of a document or of its table ends with. */
    private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile(
            "(?:规划|纲要|方案|计划|报告|公报|意见|通知|指标表|一览表|主要指标|指标体系|目标表)$");

    /**
     * A title: a line with no clause mark in it that ends with the name of a document or a table (某县儿童发展规划
     * (2021—2030年)主要指标表), however long; a sentence broken across lines has its clauses.
     */
    private static boolean title(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if ("，,；;、".indexOf(t.charAt(i)) >= 0) return false;
        }
        return TITLE_END.matcher(t).region(s, e).find();
    }

    private static boolean endsSentence(String line) {
        if (line.isEmpty()) return false;
        char c = line.charAt(line.length() - 1);
        if ("）)”\"".indexOf(c) >= 0 && line.length() > 1) c = line.charAt(line.length() - 2);
        return "。；！？;!?，,、".indexOf(c) >= 0;
    }
}
