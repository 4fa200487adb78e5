package dev.zhibiao.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals and JShell, aligned by display width (a CJK character takes two columns).
 *
 * <pre>{@code
 * var t = new TextTable("indicator", "value");
 * t.row("新生儿死亡率", "<=3‰");
 * System.out.println(t);
 * }</pre>
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxCell = 40;

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    /** Cuts cells longer than {@code width} columns with an ellipsis (default 40). */
    public TextTable maxCellWidth(int width) {
        this.maxCell = Math.max(4, width);
        return this;
    }

    public TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : c.toString().replace('\n', ' '));
        while (r.size() < header.size()) r.add("");
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** Display width: two columns for wide (CJK, full-width) characters. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private String clip(String s) {
        if (width(s) <= maxCell) return s;
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > maxCell - 1) break;
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    @Override
    public String toString() {
        int n = header.size();
        int[] widths = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> r : rows) all.add(r.stream().map(this::clip).toList());
        for (List<String> r : all) {
            for (int i = 0; i < n && i < r.size(); i++) widths[i] = Math.max(widths[i], width(r.get(i)));
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < all.size(); k++) {
            List<String> r = all.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String c = i < r.size() ? r.get(i) : "";
                line.append(c);
                if (i < n - 1) line.append(" ".repeat(widths[i] - width(c) + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                for (int i = 0; i < n; i++) {
                    sb.append("-".repeat(widths[i]));
                    if (i < n - 1) sb.append("  ");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
