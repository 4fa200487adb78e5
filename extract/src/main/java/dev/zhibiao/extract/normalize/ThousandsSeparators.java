package dev.zhibiao.extract.normalize;

/** Drops the commas that group thousands in a number ({@code 12,000} → {@code 12000}). */
final class ThousandsSeparators implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int copied = 0;
        int i = t.indexOf(',');
        while (i >= 0) {
            int start = i;
            while (start > 0 && (digit(t.charAt(start - 1)) || t.charAt(start - 1) == ',')) start--;
            int end = grouped(t, start);
            if (end < 0 || end <= i) {
                i = t.indexOf(',', i + 1);
                continue;
            }
            if (e == null) e = new TextEdit(in);
            e.copy(copied, start);
            for (int k = start; k < end; k++) {
                if (t.charAt(k) != ',') e.append(t.charAt(k), k);
            }
            copied = end;
            i = t.indexOf(',', end);
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    /** The end of a number written d{1,3}(,ddd)+ at {@code start}, or -1 when none stands there. */
    private static int grouped(String t, int start) {
        if (start > 0 && t.charAt(start - 1) == '.') return -1;
        int k = start;
        while (k < t.length() && digit(t.charAt(k))) k++;
        if (k == start || k - start > 3) return -1;
        int groups = 0;
        while (k + 3 < t.length() && t.charAt(k) == ',' && digit(t.charAt(k + 1)) && digit(t.charAt(k + 2))
                && digit(t.charAt(k + 3)) && (k + 4 >= t.length() || !digit(t.charAt(k + 4)))) {
            k += 4;
            groups++;
        }
        return groups == 0 ? -1 : k;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
