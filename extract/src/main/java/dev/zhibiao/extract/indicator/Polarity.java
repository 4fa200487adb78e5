package dev.zhibiao.extract.indicator;

/** Which way an indicator is better: a mortality rate is better lower, an enrolment rate higher. */
public enum Polarity {
    LOWER_IS_BETTER, HIGHER_IS_BETTER, NEITHER
}
