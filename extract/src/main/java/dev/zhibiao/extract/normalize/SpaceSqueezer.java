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
        TextEdit e = null;
        int copied = 0;
        int n = t.length();
        for (int i = t.indexOf(' '); i >= 0 && i < n; i = t.indexOf(' ', i)) {
            int j = i;
            while (j < n && t.charAt(j) == ' ') j++;
            char before = i > 0 ? t.charAt(i - 1) : '\n';
            char after = j < n ? t.charAt(j) : '\n';
            if (droppable(before, after) || digitGroup(t, i, j)) {
                if (e == null) e = new TextEdit(in);
                e.copy(copied, i);
                copied = j;
            }
            i = j;
        }
        if (e == null) return in;
        e.copy(copied, n);
        return e.result();
    }

    /**
     * Spaces inside one number: a thousands group ({@code 12 000}) or single digits spread out before a rate
     * sign ({@code 2 0 %}). Spaces between longer digit runs separate numbers and stay.
     */
    static boolean digitGroup(String t, int spaceStart, int spaceEnd) {
        if (spaceEnd - spaceStart != 1 || spaceStart == 0 || spaceEnd >= t.length()) return false;
        if (!isDigit(t.charAt(spaceStart - 1)) || !isDigit(t.charAt(spaceEnd))) return false;
        int leftLen = 0;
        for (int k = spaceStart - 1; k >= 0 && isDigit(t.charAt(k)); k--) leftLen++;
        int rightLen = 0;
        while (spaceEnd + rightLen < t.length() && isDigit(t.charAt(spaceEnd + rightLen))) rightLen++;
        char afterRun = spaceEnd + rightLen < t.length() ? t.charAt(spaceEnd + rightLen) : '\n';
        boolean beforeRun = spaceStart - leftLen - 1 >= 0 && isDigit(t.charAt(spaceStart - leftLen - 1));
        if (leftLen <= 3 && rightLen == 3 && !(afterRun == '.' ) && !isDigit(afterRun)
                && (spaceStart - leftLen == 0 || !isDigit(t.charAt(spaceStart - leftLen - 1)))) {
            int k = spaceEnd + rightLen;
            while (k < t.length() && t.charAt(k) == ' ') k++;
            return !beforeRun && (k >= t.length() || !isDigit(t.charAt(k)));
        }
        if (leftLen == 1 && rightLen == 1) {
            int k = spaceEnd + 1;
            while (k + 1 < t.length() && t.charAt(k) == ' ' && isDigit(t.charAt(k + 1))) k += 2;
            while (k < t.length() && t.charAt(k) == ' ') k++;
            return k < t.length() && (t.charAt(k) == '%' || t.charAt(k) == '‰');
        }
        return false;
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
