package dev.zhibiao.extract.normalize;

/**
 * Removes the spaces that PDF and Word conversion put inside Chinese text and around numbers
 * ({@code 2 ‰}, {@code 90 %}, {@code 5 岁}, {@code 视力检 覆盖率}). A run of spaces goes when both its
 * neighbours are Chinese characters, digits or rate signs; spaces between two digits stay (they separate
 * two numbers), except around a decimal point ({@code 12 . 5}). Tabs and line breaks stay: they separate
 * table cells and lines.
 */
final class SpaceSqueezer implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.indexOf(' ') < 0) return in;
        TextEdit e = new TextEdit(in);
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c != ' ') {
                e.append(c, i);
                i++;
                continue;
            }
            int j = i;
            while (j < n && t.charAt(j) == ' ') j++;
            char before = i > 0 ? t.charAt(i - 1) : '\n';
            char after = j < n ? t.charAt(j) : '\n';
            if (!droppable(before, after)) e.copy(i, j);
            i = j;
        }
        return e.result();
    }

    static boolean droppable(char before, char after) {
        if (!dense(before) || !dense(after)) return false;
        if (isDigit(before) && isDigit(after)) return false;
        return true;
    }

    private static boolean dense(char c) {
        return isDigit(c) || isHan(c) || c == '%' || c == '‰' || c == '.' || c == '、' || c == '，' || c == '。'
                || c == '；' || c == '：' || c == '“' || c == '”' || c == '《' || c == '》' || c == '(' || c == ')'
                || c == '—' || c == '-' || c == '~' || c == '<' || c == '>' || c == '≤' || c == '≥';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c == '〇';
    }
}
