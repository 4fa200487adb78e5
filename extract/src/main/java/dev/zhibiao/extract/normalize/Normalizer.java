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
    /** The rules that keep each line a line, in order. */
    private static final List<TextRule> LINE_RULES = List.of(
            new ConversionRemnants(), new WidthFolder(), new PinyinGlosses(), new DoubledMarks(), new PipeTables(), new CellLines(), new TraditionalToSimplified(), new SpacedTables(), new StackedCells(),
            new PerMilleLookalikes(Lexicon.load("normalize/per-mille-rates.txt").words()),
            new SpaceSqueezer(), new ThousandsSeparators(), new MixedNumerals(), new DecimalFullStops(), new ChineseYearDigits());
    private static final BrokenLines BROKEN_LINES = new BrokenLines();
    /** The line rules, then the re-joining of broken lines, last: so the standard text is the line-by-line one re-joined. */
    private static final Normalizer STANDARD = new Normalizer(
            java.util.stream.Stream.concat(LINE_RULES.stream(), java.util.stream.Stream.of(BROKEN_LINES)).toList());
    /** The same rules but the re-joining of broken lines: for text read line by line, as a page's head is. */
    private static final Normalizer LINES = new Normalizer(LINE_RULES);

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

    /**
     * The standard normalisation of a text {@link #lineByLine()} has normalised: its broken lines re-joined, the
     * one rule the standard chain runs after the others. {@code rejoin(lineByLine().normalize(t))} equals
     * {@code standard().normalize(t)}, and a caller that needs both pays for the line rules once.
     */
    public static NormalizedText rejoin(NormalizedText lineByLine) {
        return BROKEN_LINES.apply(lineByLine);
    }

    /** Normalises {@code text}; the result maps each character back to {@code text}. */
    public NormalizedText normalize(String text) {
        NormalizedText t = NormalizedText.identity(text.indexOf('\r') >= 0 ? text : text);
        for (TextRule r : rules) t = r.apply(t);
        return t;
    }
}
