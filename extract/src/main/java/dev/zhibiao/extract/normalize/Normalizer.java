package dev.zhibiao.extract.normalize;

import dev.zhibiao.extract.Lexicon;

import java.util.List;

/**
 * Normalises a document's text for reading while keeping an offset map back to the original: drops
 * conversion remnants, folds full-width forms, drops pinyin glosses, converts traditional characters to simplified, reads ‰
 * look-alikes, squeezes spaces out of numbers and re-joins broken lines. Immutable and thread-safe.
 *
 * <pre>{@code
 * NormalizedText n = Normalizer.standard().normalize("嬰兒死亡率降至 ５ ‰");
 * n.text();                       // 婴儿死亡率降至5‰
 * n.originalSpan(5, 7);           // where "5‰" stands in the input
 * }</pre>
 */
public final class Normalizer {
    private static final List<TextRule> RULES = List.of(
            new ConversionRemnants(), new WidthFolder(), new PinyinGlosses(), new DoubledMarks(), new PipeTables(), new TraditionalToSimplified(),
            new PerMilleLookalikes(Lexicon.load("normalize/per-mille-rates.txt").words()),
            new SpaceSqueezer(), new ThousandsSeparators(), new ChineseYearDigits(), new BrokenLines());
    private static final Normalizer STANDARD = new Normalizer(RULES);
    /** The same rules but the re-joining of broken lines: for text read line by line, as a page's head is. */
    private static final Normalizer LINES = new Normalizer(RULES.stream().filter(r -> !(r instanceof BrokenLines)).toList());

    private final List<TextRule> rules;

    private Normalizer(List<TextRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard chain of rules without re-joining lines: each line of the input stays a line. */
    public static Normalizer lineByLine() {
        return LINES;
    }

    /** The standard chain of rules; shared. */
    public static Normalizer standard() {
        return STANDARD;
    }

    /** Normalises {@code text}; the result maps each character back to {@code text}. */
    public NormalizedText normalize(String text) {
        NormalizedText t = NormalizedText.identity(text.indexOf('\r') >= 0 ? text : text);
        for (TextRule r : rules) t = r.apply(t);
        return t;
    }
}
