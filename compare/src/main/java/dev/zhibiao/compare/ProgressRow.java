package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Target;

import java.util.Objects;

/**
 * One reported value held against one applicable target.
 *
 * @param district    the reporting region's name
 * @param indicator   the canonical indicator
 * @param year        the year the value is for
 * @param reported    the reported value
 * @param change      the change over the previous year in the report's units ({@code -0.13} points), or null
 * @param changeWords the change as written ({@code −0.13个百分点 vs 2023}), empty words when none
 * @param source      whose target: the report's own, the district plan, the province, the nation; empty for none
 * @param target      the target, or null for {@link Status#NO_TARGET}
 * @param status      met, not met, or no target
 */
public record ProgressRow(String district, Indicator indicator, Integer year, Target reported, Double change,
                          Phrase changeWords, Phrase source, Target target, Status status) {
    /** How a reported value stands against a target. */
    public enum Status {
        MET, NOT_MET, NO_TARGET;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The word for readers ({@code 已达标}, {@code met}). */
        public String label(ReportLanguage lang) {
            return lang.text("status." + code());
        }
    }

    public ProgressRow {
        Objects.requireNonNull(changeWords, "changeWords");
        Objects.requireNonNull(source, "source");
    }

    /** The change in English ({@code −0.13个百分点 vs 2023}), or empty. */
    public String changeText() {
        return changeWords.toString();
    }

    public String changeText(ReportLanguage lang) {
        return changeWords.in(lang);
    }

    /** Whose target, in English ({@code 密云区 (report)}, {@code 全国}), or empty. */
    public String targetSource() {
        return source.toString();
    }

    public String targetSource(ReportLanguage lang) {
        return source.in(lang);
    }

    public String targetText() {
        return target == null ? "" : target.valueText() + (target.year() == null ? "" : " (" + target.year() + ")");
    }
}
