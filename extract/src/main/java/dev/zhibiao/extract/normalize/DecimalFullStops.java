package dev.zhibiao.extract.normalize;

/**
 * Reads a full stop written between the digits of a rate as its decimal point ({@code 97。4%} → {@code 97.4%}), as
 * some copies print every point: a sentence never ends on a number and goes on with the decimals of a rate. Only a
 * stop with digits on both sides and a rate's unit right after the digits that follow is read so.
 */
final class DecimalFullStops implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int copied = 0;
        for (int i = t.indexOf('。'); i >= 0; i = t.indexOf('。', i + 1)) {
            if (i == 0 || !digit(t.charAt(i - 1))) continue;
            int k = i + 1;
            while (k < t.length() && k - i <= 3 && digit(t.charAt(k))) k++;
            if (k == i + 1 || k - i > 3 || !rateUnitAt(t, k)) continue;
            if (e == null) e = new TextEdit(in);
            e.copy(copied, i);
            e.append('.', i);
            copied = i + 1;
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    /** True when a rate's unit starts at {@code k}: %, ‰, /10万, 个百分点, 个千分点. */
    private static boolean rateUnitAt(String t, int k) {
        if (k >= t.length()) return false;
        char c = t.charAt(k);
        return c == '%' || c == '‰' || c == '％' || t.startsWith("/10万", k) || t.startsWith("/万", k)
                || t.startsWith("个百分点", k) || t.startsWith("个千分点", k);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
