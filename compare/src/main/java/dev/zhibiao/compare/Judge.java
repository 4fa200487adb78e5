package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of one plan target against one benchmark target of the same indicator. Pure and stateless.
 * Equal values count as the same whatever the bound words ({@code 低于3‰} and {@code 3‰以下} ask for one thing
 * in practice); a difference of horizon is stated in the reason, never silently dropped. A target for a year
 * before the benchmark's is judged on the benchmark's path to its goal (see {@link Verdict}).
 */
final class Judge {
    private static final double EPS = 1e-9;
    /** Path points are computed, not written: allow for the rounding of a sum of decimals. */
    private static final double PATH_EPS = 1e-6;

    private Judge() {
    }

    /**
     * @param baseline the benchmark's reported value of the indicator in its base year (same unit as {@code ref}),
     *                 or null when it states none
     */
    static Assessment judge(String district, Indicator indicator, Target plan, Integer planEnd,
                            Benchmark benchmark, Target ref, Target baseline) {
        Integer year = plan.yearOr(planEnd);
        Integer refYear = ref.yearOr(benchmark.endYear());
        List<Phrase> notes = new ArrayList<>();
        if (year != null && refYear != null && !year.equals(refYear)) {
            notes.add(Phrase.of("note.horizon", year, refYear));
        }
        // A rate per year asks the same of every year, so an earlier horizon changes nothing.
        Interim interim = year != null && refYear != null && year < refYear && !(plan.perYear() && ref.perYear())
                ? new Interim(year, refYear, benchmark, baseline) : null;
        Outcome o = outcome(indicator, plan, ref, interim, notes);
        return new Assessment(district, indicator, year, plan, benchmark, refYear, ref, o.difference, o.path,
                o.verdict, o.why.with(notes));
    }

    /** What an interim target is judged by: its year, the goal's, and the benchmark's baseline where known. */
    private record Interim(int year, int goalYear, Benchmark benchmark, Target baseline) {
    }

    private record Outcome(Verdict verdict, Double difference, Double path, Phrase why) {
        Outcome(Verdict verdict, Double difference, Phrase why) {
            this(verdict, difference, null, why);
        }
    }

    private static Outcome outcome(Indicator indicator, Target p, Target b, Interim interim, List<Phrase> notes) {
        boolean pChange = p.kind() == Kind.CHANGE, bChange = b.kind() == Kind.CHANGE;
        if (pChange != bChange) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, Phrase.of("judge.kinds", describe(p), describe(b)));
        }
        if (!Objects.equals(p.unit(), b.unit())) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, Phrase.of("judge.units", unit(p), unit(b)));
        }
        Polarity pol = polarity(indicator, p, b);
        return pChange ? changes(p, b, pol, interim, notes) : levels(p, b, pol, interim, notes);
    }

    private static Outcome levels(Target p, Target b, Polarity pol, Interim interim, List<Phrase> notes) {
        if (pol == Polarity.NEITHER) {
            return new Outcome(Verdict.NOT_COMPARABLE, p.number() - b.number(), Phrase.of("judge.polarity"));
        }
        boolean lower = pol == Polarity.LOWER_IS_BETTER;
        double pv = bound(p, lower), bv = bound(b, lower);
        if (p.comparator() != b.comparator()) {
            notes.add(Phrase.of("note.bounds", p.comparator().symbol(), b.comparator().symbol()));
        }
        if (lower ? p.comparator().isLowerBound() : p.comparator().isUpperBound()) {
            notes.add(Phrase.of("note.against-polarity"));
        }
        if (p.comparator() == Bound.APPROX || b.comparator() == Bound.APPROX) notes.add(Phrase.of("note.approx"));
        if (interim != null) return interimLevel(p, b, pv, bv, lower, interim, notes);
        double diff = pv - bv;
        if (Math.abs(diff) < EPS) {
            return new Outcome(Verdict.SAME, 0.0, Phrase.of("judge.level.same", p.valueText(), b.valueText()));
        }
        boolean stricter = lower ? diff < 0 : diff > 0;
        return new Outcome(stricter ? Verdict.STRICTER : Verdict.LOOSER, diff,
                Phrase.of(diff < 0 ? "judge.level.below" : "judge.level.above", p.valueText(), b.valueText(), better(lower)));
    }

    /**
     * An interim level: against the path's point at the plan's year where the benchmark's baseline is known;
     * else ahead (beyond the goal) or on track (at the goal) when the plan already reaches the goal, which puts
     * it on or ahead of any path from any baseline; else not comparable.
     */
    private static Outcome interimLevel(Target p, Target b, double pv, double bv, boolean lower, Interim in,
                                        List<Phrase> notes) {
        Target base = in.baseline;
        Integer baseYear = base != null && base.year() != null ? base.year() : in.benchmark.baseYear();
        if (base != null && base.year() != null && base.year() < in.goalYear) {
            GoalPath path = new GoalPath(base.year(), in.goalYear);
            if (!path.covers(in.year)) return early(in, base.year());
            double b0 = base.number();
            double point = path.level(b0, bv, in.year, lower);
            String pointText = level(b, point);
            notes.add(0, GoalPath.alreadyMet(b0, bv, lower)
                    ? Phrase.of("path.kept", base.year(), base.valueText(), b.valueText())
                    : Phrase.of("path.from", base.valueText(), base.year(), b.valueText(), in.goalYear));
            double diff = pv - point;
            if (Math.abs(diff) < PATH_EPS) {
                return new Outcome(Verdict.ON_TRACK, 0.0, point, Phrase.of("path.level.on", p.valueText(), pointText, in.year));
            }
            boolean ahead = lower ? diff < 0 : diff > 0;
            return new Outcome(ahead ? Verdict.AHEAD : Verdict.BEHIND, diff, point,
                    Phrase.of(diff < 0 ? "path.level.below" : "path.level.above", p.valueText(), pointText, in.year,
                            better(lower)));
        }
        double diff = pv - bv;
        if (Math.abs(diff) < EPS) {
            return new Outcome(Verdict.ON_TRACK, 0.0,
                    Phrase.of("interim.reached", p.valueText(), in.goalYear, b.valueText(), in.year));
        }
        if (lower ? diff < 0 : diff > 0) {
            return new Outcome(Verdict.AHEAD, diff,
                    Phrase.of("interim.beyond", p.valueText(), in.goalYear, b.valueText(), in.year));
        }
        return new Outcome(Verdict.INTERIM, null, baseYear == null
                ? Phrase.of("interim.no-base", in.year, b.valueText(), in.goalYear, in.benchmark.label())
                : Phrase.of("interim.no-baseline", in.year, b.valueText(), in.goalYear, in.benchmark.label(), baseYear));
    }

    private static Outcome changes(Target p, Target b, Polarity pol, Interim interim, List<Phrase> notes) {
        if (p.direction() != b.direction()) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, Phrase.of("judge.change.ways", describe(p), describe(b)));
        }
        if (p.perYear() != b.perYear()) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, Phrase.of("judge.change.per-year"));
        }
        if (p.baselineYear() != null && b.baselineYear() != null && !p.baselineYear().equals(b.baselineYear())) {
            return new Outcome(Verdict.NOT_COMPARABLE, null,
                    Phrase.of("judge.change.base", p.baselineYear(), b.baselineYear()));
        }
        boolean intended = pol == Polarity.NEITHER
                || (pol == Polarity.LOWER_IS_BETTER) == (p.direction() == Direction.DECREASE);
        Phrase way = Phrase.of(p.direction() == Direction.DECREASE ? "way.decrease" : "way.increase");
        if (interim != null) return interimChange(p, b, intended, way, interim, notes);
        double diff = p.number() - b.number();
        if (Math.abs(diff) < EPS) {
            return new Outcome(Verdict.SAME, 0.0, Phrase.of("judge.change.same", way, p.valueText()));
        }
        boolean stricter = intended ? diff > 0 : diff < 0;
        return new Outcome(stricter ? Verdict.STRICTER : Verdict.LOOSER, diff,
                Phrase.of(diff > 0 ? "judge.change.larger" : "judge.change.smaller", way, p.valueText(), b.valueText(),
                        intended ? "" : Phrase.of("judge.change.worse")));
    }

    /**
     * An interim change: against the part of the benchmark's change due by the plan's year, in proportion to the
     * years gone from the year both count from. Without that year, a plan that asks for the whole change already
     * is ahead of any path; anything less is not comparable.
     */
    private static Outcome interimChange(Target p, Target b, boolean intended, Phrase way, Interim in,
                                         List<Phrase> notes) {
        Integer baseYear = b.baselineYear() != null ? b.baselineYear() : in.benchmark.baseYear();
        if (p.baselineYear() != null && baseYear != null && !p.baselineYear().equals(baseYear)) {
            return new Outcome(Verdict.NOT_COMPARABLE, null, Phrase.of("judge.change.base", p.baselineYear(), baseYear));
        }
        if (baseYear != null && baseYear < in.goalYear) {
            GoalPath path = new GoalPath(baseYear, in.goalYear);
            if (!path.covers(in.year)) return early(in, baseYear);
            double point = path.change(b.number(), in.year);
            String pointText = change(b, point);
            notes.add(0, Phrase.of("path.change.from", b.valueText(), baseYear, in.goalYear));
            if (!intended) notes.add(Phrase.of("path.change.worse"));
            double diff = p.number() - point;
            if (Math.abs(diff) < PATH_EPS) {
                return new Outcome(Verdict.ON_TRACK, 0.0, point, Phrase.of("path.change.on", way, p.valueText(), pointText, in.year));
            }
            boolean ahead = intended ? diff > 0 : diff < 0;
            return new Outcome(ahead ? Verdict.AHEAD : Verdict.BEHIND, diff, point,
                    Phrase.of(diff > 0 ? "path.change.larger" : "path.change.smaller", way, p.valueText(), pointText, in.year));
        }
        // Any path reaches the whole change only at the goal's year, so asking for it earlier is ahead of them all.
        if (intended && p.number() >= b.number() - EPS) {
            return new Outcome(Verdict.AHEAD, p.number() - b.number(),
                    Phrase.of("interim.change.beyond", p.valueText(), in.year, b.valueText(), in.goalYear));
        }
        return new Outcome(Verdict.INTERIM, null,
                Phrase.of("interim.change.no-base", in.year, b.valueText(), in.goalYear, in.benchmark.label()));
    }

    private static Outcome early(Interim in, int baseYear) {
        return new Outcome(Verdict.INTERIM, null, Phrase.of("interim.early", in.year, in.benchmark.label(), baseYear));
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

    /** A path's level as the goal is written: its bound word and unit ({@code >=87.6%}). */
    private static String level(Target goal, double v) {
        String c = goal.comparator() == Bound.EQ ? "" : goal.comparator().symbol();
        return c + number(v) + goal.unit().symbol();
    }

    /** A part of a change as the change is written ({@code −10%}). */
    private static String change(Target goal, double v) {
        return (goal.direction() == Direction.INCREASE ? "+" : "−") + number(v) + goal.unit().symbol();
    }

    private static String number(double v) {
        return Target.fmt(Math.round(v * 100) / 100.0);
    }

    private static Phrase better(boolean lower) {
        return Phrase.of(lower ? "better.lower" : "better.higher");
    }

    private static Phrase describe(Target t) {
        return Phrase.of("describe", t.valueText(), Phrase.of("kind." + t.kind().code()));
    }

    private static Object unit(Target t) {
        return t.unit().symbol().isEmpty() ? Phrase.of("unit.none") : t.unit().symbol();
    }
}
