package dev.zhibiao.extract.normalize;

import dev.zhibiao.extract.specs.SpecReader;
import dev.zhibiao.extract.specs.SpecRow;

/** Readers of the {@code specs/normalize} files: the text the normaliser gives. */
public final class NormalizeSpecReaders {
    private NormalizeSpecReaders() {
    }

    public static SpecReader text() {
        Normalizer normalizer = Normalizer.standard();
        return SpecReader.of(text -> normalizer.normalize(text).text());
    }

    /** The normalised text, compared without spaces: how wide a cell was padded is no part of a table. */
    public static SpecReader pipeTables() {
        Normalizer normalizer = Normalizer.standard();
        return new SpecReader() {
            @Override
            public String read(SpecRow row) {
                return normalizer.normalize(row.input()).text();
            }

            @Override
            public boolean same(String expected, String got) {
                return expected.replace(" ", "").equals(got.replace(" ", ""));
            }
        };
    }
}
