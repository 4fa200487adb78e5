package dev.zhibiao.extract.normalize;

/**
 * Re-joins sentences that PDF or Word conversion broke across lines ({@code …儿童的健\n\n康成长}). A break
 * is removed when the line before is a running paragraph (long, not ending in a sentence mark or a colon)
 * and the next line goes on with a Chinese character, not with a heading, list number or table cell.
 */
final class LineJoiner implements TextRule {
    /** Shorter lines are headings, table cells or titles, which end without a sentence mark. */
    private static final int MIN_PARAGRAPH = 24;

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = new TextEdit(in);
        int n = t.length();
        int lineStart = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c != '\n' && c != '\r') {
                e.append(c, i);
                i++;
                continue;
            }
            int j = i;
            while (j < n && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == ' ')) j++;
            if (joinable(t, lineStart, i, j)) {
                i = j;
                continue;
            }
            e.copy(i, j);
            lineStart = lastLineStart(t, j);
            i = j;
        }
        return e.result();
    }

    private static int lastLineStart(String t, int j) {
        return j;
    }

    private static boolean joinable(String t, int lineStart, int lineEnd, int next) {
        if (next >= t.length()) return false;
        String line = t.substring(lineStart, lineEnd).strip();
        if (line.length() < MIN_PARAGRAPH || line.indexOf('\t') >= 0) return false;
        char last = line.charAt(line.length() - 1);
        if ("。；！？：:;!?）)”\"".indexOf(last) >= 0) return false;
        if (!SpaceSqueezer.isHan(last) && last != '，' && last != '、') return false;
        char first = t.charAt(next);
        if (!SpaceSqueezer.isHan(first) && first != '%' && first != '‰') return false;
        // a following heading or list item starts with a numeral and a mark, or with 第
        String head = t.substring(next, Math.min(t.length(), next + 6));
        return !head.matches("^(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十百0-9]+[章节部分篇条]|专栏).*");
    }
}
