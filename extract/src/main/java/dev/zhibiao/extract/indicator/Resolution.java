package dev.zhibiao.extract.indicator;

/**
 * What the resolver made of a name: the indicator it names with a confidence in [0, 1], or none.
 *
 * @param name       the name resolved
 * @param indicator  the catalog entry, or null when unresolved
 * @param confidence 1 for an exact or alias match, lower for a fuzzy one; 0 when unresolved
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
}
