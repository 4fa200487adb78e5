package dev.zhibiao.extract.indicator;

/**
 * What the resolver made of a name: the indicator it names with a confidence in [0, 1], or none.
 *
 * <pre>{@code
 * IndicatorCatalog.bundled().resolve("学前三年毛入园率（%）");
 * // 学前三年毛入园率（%） -> education.preschool_gross_enrolment (1.00)
 * }</pre>
 *
 * @param name       the name resolved
 * @param indicator  the catalog entry, or null when unresolved
 * @param confidence 1 for the name or an alias; 0.97 when they meet once filler words (全区, 的, 以…为单位) are dropped;
 *                   0.95 for a catalog pattern; 0.9 for a name cut before its head word (初中生近视); at most 0.9 for a fuzzy match, which is its similarity score;
 *                   0 when unresolved
 */
public record Resolution(String name, Indicator indicator, double confidence) {
    public boolean resolved() {
        return indicator != null;
    }

    /** The id, or null when unresolved. */
    public String id() {
        return indicator == null ? null : indicator.id();
    }

    public static Resolution unresolved(String name) {
        return new Resolution(name, null, 0);
    }

    @Override
    public String toString() {
        return name + " -> " + (indicator == null ? "unresolved" : indicator.id() + String.format(" (%.2f)", confidence));
    }
}
