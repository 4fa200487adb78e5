package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.model.Bound;

import java.util.List;

/**
 * The {@link Stage#BOUND} stage: the literal bound the wording sets on each number of a list. The first rule
 * that gives one decides; a bare level is {@code =}.
 */
final class BoundRules {
    static final Rule AT_NUMBER = Rule.of(Stage.BOUND, "at-number",
            "a bound written at the number itself (90%以上, ≥90%)",
            "儿童之家覆盖率达到90%以上。", "儿童之家覆盖率达到90%。");
    static final Rule BEFORE = Rule.of(Stage.BOUND, "before",
            "the nearest bound word before the number (不低于, 至少, 低于, 约), or the list item's before",
            "儿童之家覆盖率不低于90%。", "儿童之家覆盖率达到90%。");
    static final Rule AFTER_LIST = Rule.of(Stage.BOUND, "after-list",
            "a bound after the last number of a list bounds every number of it (5‰和7‰以下)",
            "婴儿死亡率和5岁以下儿童死亡率分别降至5‰和7‰以下。", "婴儿死亡率和5岁以下儿童死亡率分别降至5‰和7‰。");
    static final Rule AFTER = Rule.of(Stage.BOUND, "after",
            "a floor to build on after the number (在96%基础上继续提高) is a lower bound",
            "儿童之家覆盖率在96%基础上继续提高。", "儿童之家覆盖率达到96%。");
    static final Rule NONE = Rule.of(Stage.BOUND, "none",
            "no bound: a level (达到, 为, 降至) is =",
            "儿童之家覆盖率达到90%。", "儿童之家覆盖率不低于90%。");

    private final BoundReader bounds = new BoundReader();

    static List<Rule> declared() {
        return List.of(AT_NUMBER, BEFORE, AFTER_LIST, AFTER, NONE);
    }

    /** The bounds of a list, read once for all its numbers. */
    Bounds read(Group g) {
        // 高于2015年1.7个百分点: the word bounds the year's level against this one, and the gap itself is exact
        Bound prefix = ChangeReader.YEAR_COMPARED.matcher(g.window()).find() ? null : bounds.prefix(g.window());
        // 不低于90%、85%: a list item takes the bound of the item before
        if (prefix == null && g.window().startsWith("、")) prefix = g.memory().previousPrefix;
        g.memory().previousPrefix = prefix;
        return new Bounds(prefix, g.last().comparator(), bounds.after(g.after()));
    }

    /** What bounds a list: a word before it, one at its last number, a phrase after it. */
    record Bounds(Bound before, Bound afterList, Bound after) {
        /** The bound of one number of the list and the rule that gave it. */
        Decided of(Quantity q) {
            if (q.comparator() != null) return new Decided(q.comparator(), AT_NUMBER);
            if (before != null) return new Decided(before, BEFORE);
            if (afterList != null) return new Decided(afterList, AFTER_LIST);
            if (after != null) return new Decided(after, AFTER);
            return new Decided(Bound.EQ, NONE);
        }
    }

    record Decided(Bound bound, Rule rule) {
    }
}
