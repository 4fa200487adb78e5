package dev.zhibiao.compare;

/**
 * How a plan's target stands against a benchmark's for the same indicator.
 * Stricter and looser respect the indicator's polarity: for a mortality rate a lower ceiling is stricter,
 * for an enrolment rate a higher floor is.
 */
public enum Verdict {
    /** The plan asks for more than the benchmark. */
    STRICTER,
    /** The plan asks for the same (equal values, whether bounded by {@code <} or {@code <=}). */
    SAME,
    /** The plan asks for less than the benchmark. */
    LOOSER,
    /** The benchmark sets a target for the indicator; the plan sets none. */
    NOT_ADOPTED,
    /** The plan sets a target the benchmark has none for. */
    LOCAL_ONLY,
    /** Both set one, but the units or kinds differ, so the numbers cannot be set side by side. */
    NOT_COMPARABLE;

    /** Lower-case with hyphens, for CSV and JSON ({@code not-adopted}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
