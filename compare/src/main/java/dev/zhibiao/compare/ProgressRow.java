package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Target;

/**
 * One reported value held against one applicable target.
 *
 * @param district     the reporting region's name
 * @param indicator    the canonical indicator
 * @param year         the year the value is for
 * @param reported     the reported value
 * @param change       the change over the previous year in the report's units ({@code -0.13} points), or null
 * @param changeText   the change as written ({@code −0.13个百分点 vs 2023}), or empty
 * @param targetSource whose target: the report's own, the district plan, the province, the nation; empty for none
 * @param target       the target, or null for {@link Status#NO_TARGET}
 * @param status       met, not met, or no target
 */
public record ProgressRow(String district, Indicator indicator, Integer year, Target reported, Double change,
                          String changeText, String targetSource, Target target, Status status) {
    /** How a reported value stands against a target. */
    public enum Status {
        MET, NOT_MET, NO_TARGET;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public String targetText() {
        return target == null ? "" : target.valueText() + (target.year() == null ? "" : " (" + target.year() + ")");
    }
}
