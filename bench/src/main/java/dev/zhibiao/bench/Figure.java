package dev.zhibiao.bench;

import java.util.Locale;

/**
 * One measured figure: what was measured, its value and unit, and the goal it is held against (when there is
 * one).
 *
 * <pre>{@code
 * var f = Figure.of("extraction, 1 thread", 4.2, "MB/s");
 * f.atLeast(3.0).met();   // true
 * }</pre>
 *
 * @param name  what was measured, with its conditions ("extraction, 1 thread")
 * @param value the measured value
 * @param unit  the unit of {@code value} ("MB/s", "ms", "MB", "docs/s", "x")
 * @param goal  the goal as text ("≥ 3", "< 1000"), or null when the figure has none
 * @param met   whether the goal is met, or null when the figure has none
 */
public record Figure(String name, double value, String unit, String goal, Boolean met) {
    /** A figure without a goal. */
    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null, null);
    }

    /** This figure held against a lower bound (the value must reach it). */
    public Figure atLeast(double bound) {
        return new Figure(name, value, unit, "≥ " + format(bound), value >= bound);
    }

    /** This figure held against an upper bound (the value must stay under it). */
    public Figure below(double bound) {
        return new Figure(name, value, unit, "< " + format(bound), value < bound);
    }

    /** The value with as many decimals as its size deserves. */
    public String valueText() {
        return format(value);
    }

    static String format(double v) {
        if (Double.isNaN(v)) return "n/a";
        double a = Math.abs(v);
        if (a >= 100 || v == Math.rint(v) && a < 1e15) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @Override
    public String toString() {
        return name + ": " + valueText() + " " + unit + (goal == null ? "" : " (goal " + goal + ", " + (met ? "met" : "NOT met") + ")");
    }
}
