package dev.zhibiao.compare;

/**
 * How a plan's target stands against a benchmark's for the same indicator.
 * Stricter and looser respect the indicator's polarity: for a mortality rate a lower ceiling is stricter,
 * for an enrolment rate a higher floor is.
 *
 * <p>A plan's target for a year before the benchmark's (a 2025 step towards a 2030 goal) is an interim target:
 * it is not held against the goal itself but against the straight path from the benchmark's baseline to the
 * goal, read at the plan's year ({@link #AHEAD}, {@link #ON_TRACK}, {@link #BEHIND}); where that baseline is not
 * known the verdict is {@link #INTERIM}, unless the plan already reaches the goal, which puts it on or ahead of
 * every such path.
 */
public enum Verdict {
    /** The plan asks for more than the benchmark. */
    STRICTER,
    /** The plan asks for the same (equal values, whether bounded by {@code <} or {@code <=}). */
    SAME,
    /** The plan asks for less than the benchmark. */
    LOOSER,
    /** An interim target beyond the benchmark's path at its year (or beyond the goal itself). */
    AHEAD,
    /** An interim target on the benchmark's path at its year (or at the goal, so on or ahead of any path). */
    ON_TRACK,
    /** An interim target short of the benchmark's path at its year. */
    BEHIND,
    /** An interim target short of the goal, with no baseline to draw the path by: not comparable. */
    INTERIM,
    /** The benchmark sets a target for the indicator; the plan sets none. */
    NOT_ADOPTED,
    /** The plan sets a target the benchmark has none for. */
    LOCAL_ONLY,
    /** Both set one, but the units or kinds differ, so the numbers cannot be set side by side. */
    NOT_COMPARABLE;

    /** Lower-case with hyphens, for CSV and JSON ({@code not-adopted}, {@code on-track}); the same in every language. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The word for readers ({@code 更严格}, {@code stricter}). */
    public String label(ReportLanguage lang) {
        return lang.text("verdict." + code());
    }

    /** Whether this verdict judges an interim target on the benchmark's path. */
    public boolean onPath() {
        return this == AHEAD || this == ON_TRACK || this == BEHIND || this == INTERIM;
    }
}
