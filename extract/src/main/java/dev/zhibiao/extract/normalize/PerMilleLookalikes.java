package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scanned and converted text writes ‰ as look-alike symbol strings ({@code %o}, {@code %0}, {@code o/oo},
 * {@code °/oo}, {@code /‰}). Where such a string follows a number in a clause about a rate that is counted per thousand
 * (a mortality or birth rate), it is read as ‰. The rate words are a lexicon resource. {@code %。} counts only inside a
 * list or before a bound word: {@code %。与此同时} ends a sentence.
 */
final class PerMilleLookalikes implements TextRule {
    private static final Pattern LOOKALIKE = Pattern.compile("(?<=\\d)\\s?(%o|%0(?!\\d)|‰o|o/oo|°/oo|0/00|/‰|%。(?=、|[和及与]\\s*\\d|以下|以上|以内|左右))");

    private final Pattern rateWord;

    PerMilleLookalikes(java.util.List<String> rateWords) {
        this.rateWord = Pattern.compile(String.join("|", rateWords.stream().map(Pattern::quote).toList()));
    }

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        Matcher m = null;
        TextEdit e = null;
        int pos = 0;
        // a look-alike follows a digit, so the pattern is tried only there: tried at every position of a long
        // text, it costs more than the rest of normalising
        for (int i = 1; i < t.length(); i++) {
            char before = t.charAt(i - 1);
            if (before < '0' || before > '9' || !lookalikeStart(t, i)) continue;
            if (m == null) m = LOOKALIKE.matcher(t).useTransparentBounds(true);
            if (!m.region(i, t.length()).lookingAt()) {
                // 3.82%。和4.91%。: the last item of a list whose items are written so is one too
                if (lastOfList(t, i) && perMilleContext(t, i)) {
                    if (e == null) e = new TextEdit(in);
                    e.copy(pos, i);
                    e.append('‰', i);
                    pos = i + 2;
                    i = pos - 1;
                }
                continue;
            }
            if (perMilleContext(t, m.start())) {
                if (e == null) e = new TextEdit(in);
                e.copy(pos, m.start());
                e.append('‰', m.start(1));
                pos = m.end();
            }
            i = m.end() - 1;
        }
        if (e == null) return in;
        e.copy(pos, t.length());
        return e.result();
    }

    /**
     * True when {@code %。} stands at {@code i} after a number that a list mark joins to an item written with
     * {@code %。} too ({@code 3.82%。和4.91%。}).
     */
    private static boolean lastOfList(String t, int i) {
        if (i + 1 >= t.length() || t.charAt(i) != '%' || t.charAt(i + 1) != '。') return false;
        int k = i - 1;
        while (k >= 0 && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.')) k--;
        if (k < 2 || "、和及与".indexOf(t.charAt(k)) < 0) return false;
        return t.charAt(k - 2) == '%' && t.charAt(k - 1) == '。';
    }

    /**
     * True when a look-alike can start at {@code i}, after at most one space: its first two characters tell. The
     * second matters for 0, which follows a digit in every year and round number, and opens only {@code 0/00}.
     */
    private static boolean lookalikeStart(String t, int i) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c) && i + 1 < t.length()) c = t.charAt(++i);
        int kind = "%‰o°0/".indexOf(c);
        if (kind < 0) return false;
        char next = i + 1 < t.length() ? t.charAt(i + 1) : '\0';
        return switch (c) {
            case '%' -> next == 'o' || next == '0' || next == '。';
            case '‰' -> next == 'o';
            case '/' -> next == '‰';
            default -> next == '/';
        };
    }

    private boolean perMilleContext(String t, int at) {
        int from = at;
        // a 。 right after % is the garbled sign of an earlier number of the list, not a sentence's end
        while (from > 0 && at - from < 60 && ("。；\n".indexOf(t.charAt(from - 1)) < 0
                || t.charAt(from - 1) == '。' && from > 1 && t.charAt(from - 2) == '%')) {
            from--;
        }
        return rateWord.matcher(t).region(from, at).find();
    }
}
