package dev.zhibiao.extract.normalize;

/**
 * Folds full-width digits, letters and symbols ({@code ９０％}, {@code ＜}, {@code （}) to their half-width
 * forms, odd spaces to a plain space and bars set as dashes to the dash. The Chinese sentence and clause marks (，；：！？) stay full-width:
 * they are the ones Chinese text is written with, and later stages split on them.
 */
final class WidthFolder implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        int first = 0;
        while (first < t.length() && fold(t.charAt(first)) == t.charAt(first)) first++;
        if (first == t.length()) return in;
        TextEdit e = new TextEdit(in);
        int run = 0;
        for (int i = first; i < t.length(); i++) {
            char c = t.charAt(i), f = fold(c);
            if (f == c) continue;
            e.copy(run, i);
            e.append(f, i);
            run = i + 1;
        }
        e.copy(run, t.length());
        return e.result();
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return switch (c) {
                case '，', '；', '：', '！', '？' -> c;
                default -> (char) (c - 0xFEE0);
            };
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
            case '\u2236' -> '：';
            // a horizontal bar or a box-drawing line set as a dash (2001―2010年, ━━农村…) is the dash
            case '\u2015', '\u2500', '\u2501' -> '\u2014';
            default -> c;
        };
    }
}
