package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The checks each plan gets on its own: later targets looser, baselines already met, citations that differ. */
final class Consistency {
    private Consistency() {
    }

    static List<Warning> check(Plan plan, List<Benchmark> references, IndicatorResolver resolver) {
        List<Warning> out = new ArrayList<>();
        laterLooser(plan, out);
        baselineMet(plan, out);
        citations(plan, references, resolver, out);
        return out;
    }

    private static void laterLooser(Plan plan, List<Warning> out) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : plan.entries()) {
            Target t = e.target();
            if (t.kind() != Kind.TARGET || t.yearOr(plan.endYear()) == null) continue;
            groups.computeIfAbsent(e.id() + "|" + t.scope() + "|" + t.unit(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> g : groups.values()) {
            g.sort(Comparator.comparing(e -> e.target().yearOr(plan.endYear())));
            for (int i = 1; i < g.size(); i++) {
                Entry early = g.get(i - 1), late = g.get(i);
                int y1 = early.target().yearOr(plan.endYear()), y2 = late.target().yearOr(plan.endYear());
                if (y1 == y2) continue;
                Polarity pol = Judge.polarity(late.indicator(), late.target(), early.target());
                double a = early.target().number(), b = late.target().number();
                boolean looser = pol == Polarity.LOWER_IS_BETTER ? b > a : pol == Polarity.HIGHER_IS_BETTER && b < a;
                if (!looser) continue;
                Scope s = late.target().scope();
                out.add(new Warning(plan.district(), late.indicator(), Warning.Type.LATER_TARGET_LOOSER,
                        Phrase.of("warn.later-looser", s == Scope.LOCAL ? "" : Phrase.of("warn.cited-level",
                                Phrase.of("scope." + s.code())), y2, late.target().valueText(), y1,
                                early.target().valueText()), late.target(), early.target()));
            }
        }
    }

    private static void baselineMet(Plan plan, List<Warning> out) {
        List<Entry> actuals = plan.actuals();
        for (Entry g : plan.goals()) {
            Target goal = g.target();
            Integer year = goal.yearOr(plan.endYear());
            if (goal.kind() != Kind.TARGET || year == null) continue;
            Entry base = actuals.stream()
                    .filter(a -> a.id().equals(g.id()) && a.target().unit().equals(goal.unit())
                            && a.target().year() != null && a.target().year() < year)
                    .max(Comparator.comparing(a -> a.target().year())).orElse(null);
            if (base == null) continue;
            Polarity pol = Judge.polarity(g.indicator(), goal, null);
            if (Boolean.TRUE.equals(Judge.meets(base.target().number(), goal, pol))) {
                out.add(new Warning(plan.district(), g.indicator(), Warning.Type.BASELINE_ALREADY_MET,
                        Phrase.of("warn.baseline-met", base.target().year(), base.target().valueText(), year,
                                goal.valueText()), goal, base.target()));
            }
        }
    }

    private static void citations(Plan plan, List<Benchmark> references, IndicatorResolver resolver, List<Warning> out) {
        for (Benchmark cited : Benchmarks.cited(plan.extraction())) {
            Benchmark ref = references.stream()
                    .filter(b -> b.origin() != Benchmark.Origin.CITED && b.region().name().equals(cited.region().name()))
                    .findFirst().orElse(null);
            if (ref == null) continue;
            Map<String, List<Entry>> refs = new LinkedHashMap<>();
            for (Entry e : Entry.resolve(ref.targets(), resolver)) refs.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
            for (Entry c : Entry.resolve(cited.targets(), resolver)) {
                List<Entry> candidates = refs.get(c.id());
                if (candidates == null) continue;
                // A citation without a year agrees when any of the benchmark's years agrees with it.
                if (c.target().year() == null && candidates.stream()
                        .anyMatch(r -> differences(c.target(), r.target(), ref.endYear()).isEmpty())) continue;
                Target r = Pairing.pick(candidates, c.target(), cited.endYear(), ref.endYear()).target();
                List<Phrase> diff = differences(c.target(), r, ref.endYear());
                if (diff.isEmpty()) continue;
                out.add(new Warning(plan.district(), c.indicator(), Warning.Type.CITATION_DIFFERS,
                        Phrase.of("warn.citation", cited.region().name(), c.target().valueText(), year(c.target().year()),
                                Phrase.of("origin." + ref.origin().code()), r.valueText(), year(r.yearOr(ref.endYear())),
                                Phrase.series(diff)), c.target(), r));
            }
        }
    }

    /** What differs between a citation and the figure cited, as words. */
    private static List<Phrase> differences(Target c, Target r, Integer refEnd) {
        List<Phrase> d = new ArrayList<>();
        if (!c.unit().equals(r.unit())) d.add(Phrase.of("diff.unit"));
        if (Math.abs(c.number() - r.number()) > 1e-9 || c.isRange() != r.isRange()) d.add(Phrase.of("diff.value"));
        if (c.comparator() != r.comparator()) d.add(Phrase.of("diff.bound"));
        if (c.year() != null && !Objects.equals(c.year(), r.yearOr(refEnd))) d.add(Phrase.of("diff.year"));
        if (c.kind() != r.kind() || c.direction() != r.direction()) d.add(Phrase.of("diff.kind"));
        return d;
    }

    private static Object year(Integer y) {
        return y == null ? "" : Phrase.of("warn.in-year", y);
    }
}
