package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
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
 * @param difference    plan minus what it was judged against, where both are numbers in one unit: the point on the
 *                      benchmark's path for an interim target on a path, else the benchmark's figure; else null
 * @param path          for an interim target judged on the benchmark's path, the path's value at the plan's year
 *                      (a level, or the part of a change due by then, in the benchmark's unit); else null
 * @param verdict       the verdict
 * @param why           why, in words of either language, with any horizon difference stated
 */
public record Assessment(String district, Indicator indicator, Integer year, Target plan, Benchmark benchmark,
                         Integer benchmarkYear, Target reference, Double difference, Double path, Verdict verdict,
                         Phrase why) {
    public Assessment {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(why, "why");
    }

    /** Why, in English (as CSV and JSON give it). */
    public String reason() {
        return why.toString();
    }

    /** Why, in {@code lang}. */
    public String reason(ReportLanguage lang) {
        return why.in(lang);
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

    /**
     * The path's value at the plan's year as the benchmark's target is written: a level with its bound word
     * ({@code >=87.6%}), a change with its sign ({@code −10%}); empty when the target was not judged on a path.
     */
    public String pathText() {
        if (path == null || reference == null) return "";
        String n = Target.fmt(Math.round(path * 100) / 100.0) + reference.unit().symbol();
        if (reference.direction() != null) return (reference.direction() == Direction.INCREASE ? "+" : "−") + n;
        return (reference.comparator() == Bound.EQ ? "" : reference.comparator().symbol()) + n;
    }

    /** The benchmark's value, followed by the path's value at the plan's year where it was judged on a path. */
    public String referenceText(ReportLanguage lang) {
        String r = referenceText();
        return path == null ? r : r + " · " + lang.text("path.short", pathText(), year);
    }

    @Override
    public String toString() {
        return district + " " + indicator.name() + " " + (year == null ? "" : year + " ") + planText() + " vs "
                + benchmark.label() + " " + referenceText() + " → " + verdict + " (" + reason() + ")";
    }
}
