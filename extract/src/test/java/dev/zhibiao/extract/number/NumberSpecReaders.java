package dev.zhibiao.extract.number;

import dev.zhibiao.extract.normalize.Normalizer;
import dev.zhibiao.extract.specs.SpecReader;
import dev.zhibiao.extract.specs.SpecRow;

/** Readers of the {@code specs/numbers} files: the quantities a piece of text holds, and Chinese numerals. */
public final class NumberSpecReaders {
    private NumberSpecReaders() {
    }

    /**
     * Every quantity found in the text as the pipeline gives it to the finder, normalised (full-width forms
     * folded, thousands separators dropped), each as {@code [comparator]value unit} ({@code <=2 ‰},
     * {@code 0.5–1 个百分点}).
     */
    public static SpecReader quantities() {
        NumberFinder finder = NumberFinder.standard();
        Normalizer normalizer = Normalizer.standard();
        return SpecReader.of(input -> {
            String text = normalizer.normalize(input).text();
            return SpecReader.joined(finder.find(text, 0, text.length()).stream().map(NumberSpecReaders::show).toList());
        });
    }

    /** The value of a numeral; compared as numbers, to 1e-9. */
    public static SpecReader chineseNumerals() {
        return new SpecReader() {
            @Override
            public String read(SpecRow row) {
                Double d = ChineseNumber.parse(row.input());
                return d == null ? SpecRow.NONE : fmt(d);
            }

            @Override
            public boolean same(String expected, String got) {
                if (expected.equals(SpecRow.NONE) || got.equals(SpecRow.NONE)) return expected.equals(got);
                return Math.abs(Double.parseDouble(expected) - Double.parseDouble(got)) <= 1e-9;
            }
        };
    }

    static String show(Quantity q) {
        String n = q.isRange() ? fmt(q.low()) + "–" + fmt(q.high()) : fmt(q.value());
        return (q.comparator() == null ? "" : q.comparator().symbol()) + n + " " + q.unit().symbol();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
