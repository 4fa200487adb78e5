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
 * @param message   what was found, in words
 * @param record    the record at fault (the later target, the target already met, the citation)
 * @param other     the record it is held against (the earlier target, the baseline, the bundled figure)
 */
public record Warning(String district, Indicator indicator, Type type, String message, Target record, Target other) {
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
    }

    public Warning {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return district + " " + indicator.name() + ": " + message;
    }
}
