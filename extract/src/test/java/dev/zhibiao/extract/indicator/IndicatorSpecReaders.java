package dev.zhibiao.extract.indicator;

import dev.zhibiao.extract.specs.SpecReader;

/**
 * Readers of the {@code specs/indicator} files: the forms a name takes on its way to the catalog (normalised,
 * simplified, stripped of fillers) and the qualifiers read from it.
 */
public final class IndicatorSpecReaders {
    private IndicatorSpecReaders() {
    }

    public static SpecReader normalizedNames() {
        NameNormalizer n = new NameNormalizer(ResolverLexicon.bundled());
        return SpecReader.of(n::normalize);
    }

    /** Normalised, then simplified. */
    public static SpecReader simplifiedNames() {
        NameNormalizer n = new NameNormalizer(ResolverLexicon.bundled());
        return SpecReader.of(name -> n.simplify(n.normalize(name)));
    }

    /** Normalised, then stripped of fillers. */
    public static SpecReader strippedNames() {
        NameNormalizer n = new NameNormalizer(ResolverLexicon.bundled());
        return SpecReader.of(name -> n.strip(n.normalize(name)));
    }

    /** The qualifiers of a name as a sorted set prints ({@code [age:0-7]}, {@code []} for none). */
    public static SpecReader qualifiers() {
        Qualifiers q = new Qualifiers(ResolverLexicon.bundled());
        return SpecReader.of(name -> q.of(name).toString());
    }
}
