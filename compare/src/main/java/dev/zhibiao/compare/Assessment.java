package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Target;

import java.util.Objects;

/**
 * One plan target held against one benchmark: a row of the comparison.
 *
 * @param district      the plan's region name (or title when it has none)
 * @param indicator     the canonical indicator both are lined up by
 * @param year          the plan target's year (its own, or the plan's end year); for NOT_ADOPTED the benchmark's
 * @param plan          the plan's target, or null when NOT_ADOPTED
 * @param benchmark     the benchmark held against
 * @param benchmarkYear the benchmark target's year (its own, or the benchmark's end year), or null
 * @param reference     the benchmark's target, or null when LOCAL_ONLY
 * @param difference    plan minus benchmark where both are numbers in one unit, else null
 * @param verdict       the verdict
 * @param reason        why, in words, with any horizon difference stated
 */
public record Assessment(String district, Indicator indicator, Integer year, Target plan, Benchmark benchmark,
                         Integer benchmarkYear, Target reference, Double difference, Verdict verdict,
                         String reason) {
    public Assessment {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when the plan's year and the benchmark's differ (a 2025 plan against a 2030 outline). */
    public boolean horizonDiffers() {
        return year != null && benchmarkYear != null && !year.equals(benchmarkYear);
    }

    /** The plan's value as written ({@code <=2‰}), or empty. */
    public String planText() {
        return plan == null ? "" : plan.valueText();
    }

    /** The benchmark's value as written, or empty. */
    public String referenceText() {
        return reference == null ? "" : reference.valueText();
    }

    /** The difference with a sign, or empty. */
    public String differenceText() {
        if (difference == null) return "";
        String d = Target.fmt(Math.round(difference * 10000) / 10000.0);
        return difference > 0 ? "+" + d : d;
    }

    @Override
    public String toString() {
        return district + " " + indicator.name() + " " + (year == null ? "" : year + " ") + planText() + " vs "
                + benchmark.label() + " " + referenceText() + " → " + verdict + " (" + reason + ")";
    }
}
