package dev.zhibiao.compare;

import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines one plan's goals up with one benchmark's by indicator and year, and judges each pair. */
final class Pairing {
    private Pairing() {
    }

    static List<Assessment> assess(Plan plan, Benchmark benchmark, IndicatorResolver resolver) {
        Map<String, List<Entry>> refs = byId(Entry.resolve(benchmark.targets(), resolver));
        Map<String, List<Entry>> actuals = byId(Entry.resolve(benchmark.actuals(), resolver));
        Map<String, List<Entry>> goals = byId(plan.goals());
        List<Assessment> out = new ArrayList<>();
        for (Entry g : plan.goals()) {
            List<Entry> candidates = refs.get(g.id());
            if (candidates == null) {
                out.add(new Assessment(plan.district(), g.indicator(), g.target().yearOr(plan.endYear()), g.target(),
                        benchmark, null, null, null, null, Verdict.LOCAL_ONLY, Phrase.of(
                        benchmark.origin() == Benchmark.Origin.CITED ? "align.local-only.cited" : "align.local-only",
                        benchmark.label())));
                continue;
            }
            Entry ref = pick(candidates, g.target(), plan.endYear(), benchmark.endYear());
            Assessment a = Judge.judge(plan.district(), g.indicator(), g.target(), plan.endYear(), benchmark, ref.target(),
                    baseline(actuals.get(g.id()), ref.target(), benchmark));
            Integer refYear = a.benchmarkYear();
            if (a.horizonDiffers() && goals.get(g.id()).stream()
                    .anyMatch(o -> refYear.equals(o.target().yearOr(plan.endYear())))) {
                a = new Assessment(a.district(), a.indicator(), a.year(), a.plan(), a.benchmark(), a.benchmarkYear(),
                        a.reference(), a.difference(), a.path(), a.verdict(),
                        a.why().with(List.of(Phrase.of("align.milestone", a.benchmarkYear()))));
            }
            out.add(a);
        }
        for (Map.Entry<String, List<Entry>> r : refs.entrySet()) {
            if (goals.containsKey(r.getKey())) continue;
            for (Entry ref : r.getValue()) {
                Integer year = ref.target().yearOr(benchmark.endYear());
                out.add(new Assessment(plan.district(), ref.indicator(), year, null, benchmark, year, ref.target(),
                        null, null, Verdict.NOT_ADOPTED,
                        Phrase.of("align.not-adopted", benchmark.label(), ref.target().valueText())));
            }
        }
        return out;
    }

    /**
     * The benchmark's baseline for a goal: its reported value of the indicator, in the goal's unit, for the year the
     * goal counts from (a change's own base year, else the benchmark's). Null when it states none.
     */
    static Target baseline(List<Entry> actuals, Target goal, Benchmark benchmark) {
        Integer year = goal.baselineYear() != null ? goal.baselineYear() : benchmark.baseYear();
        if (actuals == null || year == null) return null;
        return actuals.stream().map(Entry::target)
                .filter(t -> year.equals(t.year()) && t.unit().equals(goal.unit()))
                .findFirst().orElse(null);
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
