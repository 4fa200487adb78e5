package dev.zhibiao.extract.input;

import java.util.List;

/**
 * Writes converted text the way plain-text plans lay it out, so one set of extraction rules reads every
 * format: a table row is one cell per line, each cell line starting with a tab, and a blank line after the row.
 */
final class Cells {
    private Cells() {
    }

    /** Appends one table row. Cells keep their positions: an empty cell is a line holding just the tab. */
    static void row(StringBuilder out, List<String> cells) {
        if (cells.stream().allMatch(String::isEmpty)) return;
        endLine(out);
        for (String c : cells) out.append('\t').append(c).append('\n');
        out.append('\n');
    }

    /** Appends a paragraph as its own line; blank ones are dropped. */
    static void line(StringBuilder out, String text) {
        String t = clean(text);
        if (t.isEmpty()) return;
        endLine(out);
        out.append(t).append('\n');
    }

    static void endLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    /**
     * One line from a cell or paragraph that may hold breaks and runs of spaces. Chinese has no spaces between
     * words, so a break or space survives only between two Latin letters or digits, where it separates words.
     */
    static String clean(String raw) {
        String s = raw.replace('\u00A0', ' ');
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isWhitespace(s.charAt(j))) j++;
            if (!b.isEmpty() && j < n && isWordChar(b.charAt(b.length() - 1)) && isWordChar(s.charAt(j))) b.append(' ');
            i = j;
        }
        return b.toString();
    }

    static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
