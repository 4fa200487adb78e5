package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Target;

import java.util.Objects;

/**
 * A consistency finding on one plan.
 *
 * @param district  the plan's region name
 * @param indicator the indicator concerned
 * @param type      what kind of inconsistency
 * @param finding   what was found, in words of either language
 * @param record    the record at fault (the later target, the target already met, the citation)
 * @param other     the record it is held against (the earlier target, the baseline, the bundled figure)
 */
public record Warning(String district, Indicator indicator, Type type, Phrase finding, Target record, Target other) {
    /** The kinds of inconsistency checked. */
    public enum Type {
        /** A later year's target is looser than an earlier year's for the same indicator. */
        LATER_TARGET_LOOSER,
        /** The plan's own baseline already meets the target. */
        BASELINE_ALREADY_MET,
        /** A figure the plan cites for a benchmark differs from the benchmark's own (bundled or supplied). */
        CITATION_DIFFERS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The name of the check for readers ({@code 后期目标更宽松}). */
        public String label(ReportLanguage lang) {
            return lang.text("warning." + code());
        }
    }

    public Warning {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(finding, "finding");
    }

    /** What was found, in English (as JSON gives it). */
    public String message() {
        return finding.toString();
    }

    /** What was found, in {@code lang}. */
    public String message(ReportLanguage lang) {
        return finding.in(lang);
    }

    @Override
    public String toString() {
        return district + " " + indicator.name() + ": " + message();
    }
}
