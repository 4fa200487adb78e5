package dev.zhibiao.extract.indicator;

import java.util.Locale;

/**
 * Which way an indicator is better: a mortality rate is better lower, an enrolment rate higher.
 *
 * <pre>{@code
 * Polarity p = IndicatorCatalog.bundled().resolve("婴儿死亡率").indicator().polarity();  // LOWER_IS_BETTER
 * p.better(4.5, 5.0);                                                                  // true
 * }</pre>
 */
public enum Polarity {
    LOWER_IS_BETTER, HIGHER_IS_BETTER, NEITHER;

    /** Reads the catalog's word ({@code lower}, {@code higher}, {@code neither}) or an enum name. */
    public static Polarity of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "lower", "lower_is_better", "越低越好" -> LOWER_IS_BETTER;
            case "higher", "higher_is_better", "越高越好" -> HIGHER_IS_BETTER;
            case "neither", "none", "" -> NEITHER;
            default -> throw new IllegalArgumentException("unknown polarity '" + text + "' (lower, higher or neither)");
        };
    }

    /** True when a value {@code a} is better than {@code b} under this polarity; false for NEITHER. */
    public boolean better(double a, double b) {
        return switch (this) {
            case LOWER_IS_BETTER -> a < b;
            case HIGHER_IS_BETTER -> a > b;
            case NEITHER -> false;
        };
    }
}
