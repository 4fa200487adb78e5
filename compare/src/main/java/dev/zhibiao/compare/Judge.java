package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Comparator;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of one plan target against one benchmark target of the same indicator. Pure and stateless.
 * Equal values count as the same whatever the bound words ({@code 低于3‰} and {@code 3‰以下} ask for one thing
 * in practice); a difference of horizon is stated in the reason, never silently dropped.
 */
final class Judge {
    private static final double EPS = 1e-9;

    private Judge() {
    }

    static Assessment judge(String district, Indicator indicator, Target plan, Integer planEnd,
                            Benchmark benchmark, Target ref) {
        Integer year = plan.yearOr(planEnd);
        Integer refYear = ref.yearOr(benchmark.endYear());
        List<String> notes = new ArrayList<>();
        if (year != null && refYear != null && !year.equals(refYear)) {
            notes.add("horizon differs: plan " + year + ", benchmark " + refYear);
        }
        Outcome o = outcome(indicator, plan, ref, notes);
        String reason = o.reason + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        return new Assessment(district, indicator, year, plan, benchmark, refYear, ref, o.difference, o.verdict, reason);
    }

    private record Outcome(Verdict verdict, Double difference, String reason) {
    }

    private static Outcome outcome(Indicator indicator, Target p, Target b, List<String> notes) {
        boolean pChange = p.kind() == Kind.CHANGE, bChange = b.kind() == Kind.CHANGE;
        if (pChange != bChange) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, "kinds differ: " + describe(p) + " against "
                    + describe(b) + "; a change cannot be set against a level");
        }
        if (!Objects.equals(p.unit(), b.unit())) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, "units differ: " + unit(p) + " against " + unit(b));
        }
        Polarity pol = polarity(indicator, p, b);
        return pChange ? changes(p, b, pol, notes) : levels(p, b, pol, notes);
    }

    private static Outcome levels(Target p, Target b, Polarity pol, List<String> notes) {
        if (pol == Polarity.NEITHER) {
            return new Outcome(Verdict.NOT_COMPARABLE, p.number() - b.number(),
                    "neither bound nor catalog says which way is better");
        }
        boolean lower = pol == Polarity.LOWER_IS_BETTER;
        double pv = bound(p, lower), bv = bound(b, lower);
        double diff = pv - bv;
        if (p.comparator() != b.comparator()) notes.add("bounds differ: " + p.comparator() + " against " + b.comparator());
        if (lower ? p.comparator().isLowerBound() : p.comparator().isUpperBound()) {
            notes.add("the plan's bound points the other way from its polarity");
        }
        if (p.comparator() == Comparator.APPROX || b.comparator() == Comparator.APPROX) notes.add("approximate");
        String better = lower ? "lower is better" : "higher is better";
        if (Math.abs(diff) < EPS) {
            return new Outcome(Verdict.SAME, 0.0, "the same level, " + p.valueText() + " against " + b.valueText());
        }
        boolean stricter = lower ? diff < 0 : diff > 0;
        return new Outcome(stricter ? Verdict.STRICTER : Verdict.LOOSER, diff, p.valueText() + " is "
                + (diff < 0 ? "below " : "above ") + b.valueText() + " and " + better);
    }

    private static Outcome changes(Target p, Target b, Polarity pol, List<String> notes) {
        if (p.direction() != b.direction()) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, "the changes go different ways: " + describe(p)
                    + " against " + describe(b));
        }
        if (p.perYear() != b.perYear()) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, "one change is per year, the other over the period");
        }
        if (p.baselineYear() != null && b.baselineYear() != null && !p.baselineYear().equals(b.baselineYear())) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, "the changes count from different years: "
                    + p.baselineYear() + " against " + b.baselineYear());
        }
        boolean intended = pol == Polarity.NEITHER
                || (pol == Polarity.LOWER_IS_BETTER) == (p.direction() == Direction.DECREASE);
        double diff = p.number() - b.number();
        String way = p.direction() == Direction.DECREASE ? "decrease" : "increase";
        if (Math.abs(diff) < EPS) {
            return new Outcome(Verdict.SAME, 0.0, "the same " + way + ", " + p.valueText());
        }
        boolean stricter = intended ? diff > 0 : diff < 0;
        return new Outcome(stricter ? Verdict.STRICTER : Verdict.LOOSER, diff, "a " + (diff > 0 ? "larger " : "smaller ")
                + way + " (" + p.valueText() + " against " + b.valueText() + ")"
                + (intended ? "" : ", and this way is the worse one"));
    }

    /**
     * Which way is better: the catalog's word, else the benchmark's bound (a ceiling means lower is better),
     * else the plan's, else the way a change goes.
     */
    static Polarity polarity(Indicator indicator, Target p, Target b) {
        if (indicator.polarity() != null && indicator.polarity() != Polarity.NEITHER) return indicator.polarity();
        for (Target t : new Target[]{b, p}) {
            if (t == null) continue;
            if (t.kind() == Kind.CHANGE && t.direction() != null) {
                return t.direction() == Direction.DECREASE ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
            }
            if (t.comparator().isUpperBound()) return Polarity.LOWER_IS_BETTER;
            if (t.comparator().isLowerBound()) return Polarity.HIGHER_IS_BETTER;
        }
        return Polarity.NEITHER;
    }

    /**
     * Whether {@code value} meets {@code target}: its bound where it has one; a bare level ({@code 达到90%})
     * counts as met when the value is at least as good, by polarity. Null when polarity is unknown for a bare
     * level, or the target is a change or a range without a side to read.
     */
    static Boolean meets(double value, Target target, Polarity pol) {
        if (target.kind() == Kind.CHANGE) return null;
        boolean lower = pol == Polarity.LOWER_IS_BETTER;
        double t = target.value() != null ? target.value() : lower ? target.high() : target.low();
        return switch (target.comparator()) {
            case LE -> value <= t + EPS;
            case LT -> value < t - EPS;
            case GE -> value >= t - EPS;
            case GT -> value > t + EPS;
            case EQ, APPROX -> pol == Polarity.NEITHER ? null : lower ? value <= t + EPS : value >= t - EPS;
        };
    }

    /** The value a target commits to: for a range, its weaker end. */
    private static double bound(Target t, boolean lowerIsBetter) {
        if (t.value() != null) return t.value();
        return lowerIsBetter ? t.high() : t.low();
    }

    private static String describe(Target t) {
        return t.valueText() + " (" + t.kind().code() + ")";
    }

    private static String unit(Target t) {
        return t.unit().symbol().isEmpty() ? "no unit" : t.unit().symbol();
    }
}
