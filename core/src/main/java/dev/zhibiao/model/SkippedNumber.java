package dev.zhibiao.model;

import java.util.Objects;

/**
 * A number the extractor saw and gave no record, with the named reading that left it out: a count of the plan's
 * own parts ({@code 七个领域}), a procedural deadline ({@code 颁布后1个月内}), a formula ({@code 1+N}), a gap to a
 * goal, or a number whose sentence names nothing it measures.
 *
 * @param span where the number stands in the original text
 * @param text the number as written
 * @param rule the reading that skipped it ({@code skip:plan-part}, {@code skip:deadline} …)
 */
public record SkippedNumber(Span span, String text, String rule) {
    public SkippedNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return text + " ← " + rule;
    }
}
