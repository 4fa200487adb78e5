package dev.zhibiao.extract.normalize;

/**
 * Reads tables written with pipes, as web pages and Markdown converters leave them
 * ({@code | 1 | 婴儿死亡率 | ‰ | 3.05 | ≤3.0 |}): a line that opens and closes with a pipe and holds at least
 * two cells becomes the cells joined by tabs, the form every other table takes here; a rule line of dashes
 * ({@code | --- | :---: |}) only draws the grid and goes. Rows written without the outer pipes, or with the closing
 * one only ({@code 指标 | 2022年 | 2023年}), are a table where two lines running hold as many cells. A pipe inside
 * running text stays.
 */
final class PipeTables implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.indexOf('|') < 0) return in;
        TextEdit e = null;
        int copied = 0;
        int n = t.length();
        int previousPipes = 0;
        for (int start = 0; start < n; ) {
            int end = t.indexOf('\n', start);
            if (end < 0) end = n;
            int s = start;
            int f = end;
            while (s < f && isBlank(t.charAt(s))) s++;
            while (f > s && isBlank(t.charAt(f - 1))) f--;
            boolean framed = f - s >= 3 && t.charAt(s) == '|' && t.charAt(f - 1) == '|' && pipes(t, s, f) >= 3;
            // 指标 | 2022年 | 2023年, then 婴儿死亡率(‰) | 3.12 | 2.87: rows written without the outer pipes (or with
            // the closing one only) are a table where two lines running hold as many cells
            int inner = framed || f - s < 3 || t.charAt(s) == '|' ? 0 : cellPipes(t, s, f);
            boolean open = inner >= 2 && (inner == previousPipes || inner == cellPipesOfNext(t, end, n));
            previousPipes = inner;
            if (open) {
                if (e == null) e = new TextEdit(in);
                e.copy(copied, start);
                int last = t.charAt(f - 1) == '|' ? f - 1 : f;
                for (int i = start; i < last; i++) e.append(t.charAt(i) == '|' ? '\t' : t.charAt(i), i);
                copied = end;
            } else if (framed) {
                if (e == null) e = new TextEdit(in);
                e.copy(copied, start);
                if (!ruleLine(t, s, f)) {
                    for (int i = s + 1; i < f - 1; i++) {
                        char c = t.charAt(i);
                        if (c == '|') {
                            e.append('\t', i);
                        } else {
                            e.append(c, i);
                        }
                    }
                    copied = end;
                } else {
                    copied = end < n ? end + 1 : end;
                }
            }
            start = end + 1;
        }
        if (e == null) return in;
        e.copy(copied, n);
        return e.result();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000';
    }

    /** The pipes between a row's cells, a closing one not counted; 0 for a line of one cell or none. */
    private static int cellPipes(String t, int s, int f) {
        int k = pipes(t, s, f);
        if (k > 0 && t.charAt(f - 1) == '|') k--;
        return k;
    }

    /** {@link #cellPipes} of the line after the one ending at {@code end}. */
    private static int cellPipesOfNext(String t, int end, int n) {
        if (end >= n) return 0;
        int s = end + 1, f = t.indexOf('\n', s);
        if (f < 0) f = n;
        while (s < f && isBlank(t.charAt(s))) s++;
        while (f > s && isBlank(t.charAt(f - 1))) f--;
        if (f - s < 3 || t.charAt(s) == '|' || t.charAt(f - 1) == '|' && t.charAt(s) == '|') return 0;
        return cellPipes(t, s, f);
    }

    private static int pipes(String t, int s, int f) {
        int k = 0;
        for (int i = s; i < f; i++) if (t.charAt(i) == '|') k++;
        return k;
    }

    /** A line of pipes, dashes, colons and spaces only: the rule under a header. */
    private static boolean ruleLine(String t, int s, int f) {
        boolean dash = false;
        for (int i = s; i < f; i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '—' || c == '－') {
                dash = true;
            } else if (c != '|' && c != ':' && !isBlank(c)) {
                return false;
            }
        }
        return dash;
    }
}
