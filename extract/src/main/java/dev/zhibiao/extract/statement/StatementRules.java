package dev.zhibiao.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule a statement is read with, declared with its stage, what it reads, an example and a counter-example,
 * in the order the stages run and, within a stage, the order its rules are tried. The codes in a record's
 * {@code rules} and a skipped number's {@code rule} are these rules' codes.
 */
public final class StatementRules {
    private static final List<Rule> ALL;

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(FormRules.declared());
        all.addAll(SkipRules.declared());
        all.addAll(NameRules.declared());
        all.addAll(BoundRules.declared());
        all.addAll(TimeRules.declared());
        all.addAll(KindRules.declared());
        all.addAll(AreaRules.declared());
        all.sort(Comparator.comparingInt(r -> r.stage().ordinal()));
        ALL = List.copyOf(all);
    }

    private StatementRules() {
    }

    /** All the rules, stage by stage in the order the stages run. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule of a code in a trace ({@code name:list-items}), or null when none has it. */
    public static Rule byCode(String code) {
        for (Rule r : ALL) {
            if (r.code().equals(code)) return r;
        }
        return null;
    }
}
