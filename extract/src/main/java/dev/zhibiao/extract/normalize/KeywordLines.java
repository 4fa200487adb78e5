package dev.zhibiao.extract.normalize;

/**
 * A site's string of keywords or headlines joined by {@code _} or {@code |} ({@code 标题一_标题二_标题三_…}): no
 * sentence of a document is written so. Such a line is neither joined to the next one nor read for records.
 */
public final class KeywordLines {
    private static final int JOINS = 4;

    private KeywordLines() {
    }

    /** True when {@code text}[from, to) is a line of keywords. */
    public static boolean is(CharSequence text, int from, int to) {
        int joins = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '|') joins++;
            else if (c == '。' || c == '；') return false;
        }
        return joins >= JOINS;
    }
}
