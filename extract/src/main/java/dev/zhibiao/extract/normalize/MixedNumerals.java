package dev.zhibiao.extract.normalize;

/**
 * Writes a number given partly in digits and partly by its place word as digits: {@code 1万9000} → {@code 19000},
 * {@code 2千360} → {@code 2360}. The digits after the place word fill its lower places exactly (four after 万,
 * three after 千); anything else ({@code 1万-2万}, {@code 3万5千}, {@code 1.2万}) is left as written.
 */
final class MixedNumerals implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int copied = 0;
        for (int i = next(t, 0); i >= 0; i = next(t, i + 1)) {
            int lower = t.charAt(i) == '万' ? 4 : 3;
            int start = i;
            while (start > 0 && digit(t.charAt(start - 1))) start--;
            if (start == i || start > 0 && (t.charAt(start - 1) == '.' || t.charAt(start - 1) == '．')) continue;
            // 2千360 has one digit before 千; 12千 is no way to write a number
            if (lower == 3 && i - start != 1) continue;
            int end = i + 1;
            while (end < t.length() && digit(t.charAt(end))) end++;
            if (end - i - 1 != lower || end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == '．')) continue;
            if (e == null) e = new TextEdit(in);
            e.copy(copied, i);
            copied = i + 1;
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    private static int next(String t, int from) {
        int w = t.indexOf('万', from), k = t.indexOf('千', from);
        return w < 0 ? k : k < 0 ? w : Math.min(w, k);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
