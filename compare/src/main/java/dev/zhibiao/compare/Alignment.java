package dev.zhibiao.compare;

import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines one plan's goals up with one benchmark's by indicator and year, and judges each pair. */
final class Alignment {
    private Alignment() {
    }

    static List<Assessment> assess(Plan plan, Benchmark benchmark, IndicatorResolver resolver) {
        Map<String, List<Entry>> refs = byId(Entry.resolve(benchmark.targets(), resolver));
        Map<String, List<Entry>> goals = byId(plan.goals());
        List<Assessment> out = new ArrayList<>();
        for (Entry g : plan.goals()) {
            List<Entry> candidates = refs.get(g.id());
            if (candidates == null) {
                out.add(new Assessment(plan.district(), g.indicator(), g.target().yearOr(plan.endYear()), g.target(),
                        benchmark, null, null, null, Verdict.LOCAL_ONLY,
                        benchmark.label() + " sets no target for it" + partial(benchmark)));
                continue;
            }
            Entry ref = pick(candidates, g.target(), plan.endYear(), benchmark.endYear());
            Assessment a = Judge.judge(plan.district(), g.indicator(), g.target(), plan.endYear(), benchmark, ref.target());
            Integer refYear = a.benchmarkYear();
            if (a.horizonDiffers() && goals.get(g.id()).stream()
                    .anyMatch(o -> refYear.equals(o.target().yearOr(plan.endYear())))) {
                a = new Assessment(a.district(), a.indicator(), a.year(), a.plan(), a.benchmark(), a.benchmarkYear(),
                        a.reference(), a.difference(), a.verdict(), a.reason() + "; an interim milestone, the plan's "
                        + a.benchmarkYear() + " target is compared too");
            }
            out.add(a);
        }
        for (Map.Entry<String, List<Entry>> r : refs.entrySet()) {
            if (goals.containsKey(r.getKey())) continue;
            for (Entry ref : r.getValue()) {
                Integer year = ref.target().yearOr(benchmark.endYear());
                out.add(new Assessment(plan.district(), ref.indicator(), year, null, benchmark, year, ref.target(),
                        null, Verdict.NOT_ADOPTED, "the plan sets no target for it; " + benchmark.label() + " sets "
                        + ref.target().valueText()));
            }
        }
        return out;
    }

    private static String partial(Benchmark b) {
        return b.origin() == Benchmark.Origin.CITED ? " among the figures the plan cites" : "";
    }

    /**
     * The benchmark target to hold a plan target against: the same kind (a change against a change), then the
     * same year, else the nearest later year, else the latest.
     */
    static Entry pick(List<Entry> candidates, Target goal, Integer planEnd, Integer benchEnd) {
        boolean change = goal.kind() == Kind.CHANGE;
        List<Entry> sameKind = candidates.stream().filter(e -> (e.target().kind() == Kind.CHANGE) == change).toList();
        List<Entry> pool = sameKind.isEmpty() ? candidates : sameKind;
        Integer year = goal.yearOr(planEnd);
        Comparator<Entry> order = Comparator.comparing((Entry e) -> rank(e.target().yearOr(benchEnd), year));
        return pool.stream().min(order).orElseThrow();
    }

    /** Same year first, then later years nearest first, then earlier years latest first, unknown last. */
    private static long rank(Integer refYear, Integer year) {
        if (refYear == null || year == null) return 1_000_000;
        int d = refYear - year;
        return d == 0 ? 0 : d > 0 ? d : 10_000 - d;
    }

    private static Map<String, List<Entry>> byId(List<Entry> entries) {
        Map<String, List<Entry>> m = new LinkedHashMap<>();
        for (Entry e : entries) m.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        return m;
    }
}
