package dev.zhibiao.compare;

/**
 * The straight path from a benchmark's baseline to its goal, by which a plan's interim target is judged: a 2025
 * target against a goal for 2030 counted from 2020 is held against the path's 2025 point, half way along.
 *
 * <pre>{@code
 * var path = new GoalPath(2020, 2030);
 * path.level(85.2, 90, 2025, false);   // 87.6: 学前教育毛入园率 from 85.2% (2020) to 90% (2030)
 * path.change(20, 2025);               // 10: half of a 20% reduction by 2030
 * }</pre>
 *
 * @param baseYear the year the benchmark counts from (its baseline's year)
 * @param goalYear the year of the benchmark's goal
 */
record GoalPath(int baseYear, int goalYear) {
    GoalPath {
        if (goalYear <= baseYear) {
            throw new IllegalArgumentException("a path runs forward: " + baseYear + " to " + goalYear);
        }
    }

    /** Whether {@code year} lies strictly between the baseline and the goal, where the path has a point to read. */
    boolean covers(int year) {
        return year > baseYear && year < goalYear;
    }

    /** The share of the way due by {@code year}: {@code (year − baseYear) / (goalYear − baseYear)}. */
    double share(int year) {
        return (year - baseYear) / (double) (goalYear - baseYear);
    }

    /**
     * The level due by {@code year} on the line from {@code base} to {@code goal}. Where the baseline already meets
     * the goal, the goal itself: such a goal asks that the level be kept, and a line back towards it would let a
     * plan slip below what the benchmark requires at every year.
     */
    double level(double base, double goal, int year, boolean lowerIsBetter) {
        if (alreadyMet(base, goal, lowerIsBetter)) return goal;
        return base + (goal - base) * share(year);
    }

    /** Whether a baseline of {@code base} already meets a goal of {@code goal}. */
    static boolean alreadyMet(double base, double goal, boolean lowerIsBetter) {
        return lowerIsBetter ? base <= goal : base >= goal;
    }

    /**
     * The part of a change due by {@code year}: {@code change × share}. A change stated against the baseline (a
     * 20% reduction, 5 points more) moves the level along a straight line, so the part due is in proportion.
     */
    double change(double change, int year) {
        return change * share(year);
    }
}
