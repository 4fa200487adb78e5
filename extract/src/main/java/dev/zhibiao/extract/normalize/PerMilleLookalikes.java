package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scanned and converted text writes ‰ as look-alike symbol strings ({@code %o}, {@code %0}, {@code o/oo},
 * {@code °/oo}). Where such a string follows a number in a clause about a rate that is counted per thousand
 * (a mortality or birth rate), it is read as ‰. The rate words are a lexicon resource.
 */
final class PerMilleLookalikes implements TextRule {
    private static final Pattern LOOKALIKE = Pattern.compile("(?<=\\d)\\s?(%o|%0(?!\\d)|‰o|o/oo|°/oo|0/00|%。(?=[、和及与]))");

    private final Pattern rateWord;

    PerMilleLookalikes(java.util.List<String> rateWords) {
        this.rateWord = Pattern.compile(String.join("|", rateWords.stream().map(Pattern::quote).toList()));
    }

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        Matcher m = LOOKALIKE.matcher(t);
        if (!m.find()) return in;
        TextEdit e = new TextEdit(in);
        int pos = 0;
        do {
            if (!perMilleContext(t, m.start())) continue;
            e.copy(pos, m.start());
            e.append('‰', m.start(1));
            pos = m.end();
        } while (m.find());
        e.copy(pos, t.length());
        return e.result();
    }

    private boolean perMilleContext(String t, int at) {
        int from = at;
        while (from > 0 && at - from < 60 && "。；\n".indexOf(t.charAt(from - 1)) < 0) from--;
        return rateWord.matcher(t).region(from, at).find();
    }
}
