package dev.zhibiao.extract.normalize;

import dev.zhibiao.extract.specs.SpecReader;

/** The reader of the {@code specs/normalize} files: the text the normaliser gives. */
public final class NormalizeSpecReaders {
    private NormalizeSpecReaders() {
    }

    public static SpecReader text() {
        Normalizer normalizer = Normalizer.standard();
        return SpecReader.of(text -> normalizer.normalize(text).text());
    }
}
