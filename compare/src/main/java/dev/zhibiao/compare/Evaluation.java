package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes a comparison's results: which benchmarks apply to which plan, and every row, warning and progress. */
final class Evaluation {
    private Evaluation() {
    }

    /** Remembers each resolution; confined to one computation's thread. */
    private static final class Memo implements IndicatorResolver {
        private final IndicatorResolver inner;
        private final Map<String, Indicator> byName = new HashMap<>();
        private final Map<String, Indicator> byRecord = new HashMap<>();

        Memo(IndicatorResolver inner) {
            this.inner = inner;
        }

        @Override
        public Indicator resolve(String name) {
            return byName.computeIfAbsent(name, inner::resolve);
        }

        @Override
        public Indicator resolve(Target record) {
            return byRecord.computeIfAbsent(record.indicatorId() + "\u0000" + record.indicator(), k -> inner.resolve(record));
        }
    }

    record Result(List<Benchmark> benchmarks, List<Assessment> assessments, List<Warning> warnings, Progress progress) {
    }

    static Result compute(List<Extraction> plans, List<Extraction> reports, List<Benchmark> fixed, boolean ownRegions,
                          IndicatorResolver shared) {
        // Plans and benchmarks repeat the same wordings many times; resolve each once per computation.
        IndicatorResolver resolver = new Memo(shared);
        List<Benchmark> used = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<Plan> resolved = plans.stream().map(x -> Plan.of(x, resolver)).toList();
        for (Plan p : resolved) {
            for (Benchmark b : benchmarksFor(p, plans, fixed, ownRegions)) {
                if (!used.contains(b)) used.add(b);
                assessments.addAll(Pairing.assess(p, b, resolver));
            }
            warnings.addAll(Consistency.check(p, references(p.region(), fixed), resolver));
        }
        List<ProgressRow> progress = new ArrayList<>();
        for (Extraction x : reports) {
            Plan report = Plan.of(x, resolver);
            progress.addAll(ProgressCheck.check(report, resolved, references(report.region(), fixed), resolver));
        }
        return new Result(List.copyOf(used), List.copyOf(assessments), List.copyOf(warnings), new Progress(progress));
    }

    private static List<Benchmark> benchmarksFor(Plan p, List<Extraction> plans, List<Benchmark> fixed,
                                                 boolean ownRegions) {
        List<Benchmark> out = new ArrayList<>();
        for (Benchmark b : fixed) if (applies(b, p, plans)) out.add(b);
        if (!ownRegions || p.region() == null) return out;
        List<Benchmark> cited = Benchmarks.cited(p.extraction());
        for (Region r : p.region().chain()) {
            if (r.equals(p.region()) || (r.level() != Level.PROVINCE && r.level() != Level.CITY)) continue;
            if (out.stream().anyMatch(b -> b.region().name().equals(r.name()))) continue;
            Benchmark bundled = Benchmarks.bundledAbove(p.region()).stream()
                    .filter(b -> b.region().name().equals(r.name()) && !b.targets().isEmpty()).findFirst().orElse(null);
            if (bundled != null) {
                out.add(bundled);
                continue;
            }
            cited.stream().filter(b -> b.region().name().equals(r.name())).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * A national benchmark applies to every plan; a province's or city's to the plans inside it, and to plans of
     * unknown region. One that contains none of the plans applies to all: the caller chose it for them.
     */
    private static boolean applies(Benchmark b, Plan p, List<Extraction> plans) {
        if (b.level() == Level.NATIONAL || p.region() == null) return true;
        if (inside(p.region(), b.region())) return true;
        return plans.stream().map(x -> x.document().region()).noneMatch(r -> r != null && inside(r, b.region()));
    }

    private static boolean inside(Region plan, Region above) {
        return plan.chain().stream().anyMatch(r -> r.name().equals(above.name()) && !r.equals(plan));
    }

    /** The benchmarks citations are checked against and progress is measured by: supplied first, then bundled. */
    private static List<Benchmark> references(Region region, List<Benchmark> fixed) {
        List<Benchmark> out = new ArrayList<>(fixed);
        List<Benchmark> bundled = region == null ? List.of(Benchmarks.national()) : Benchmarks.bundledAbove(region);
        for (Benchmark b : bundled) {
            if (out.stream().noneMatch(f -> f.region().name().equals(b.region().name()))) out.add(b);
        }
        if (out.stream().noneMatch(b -> b.level() == Level.NATIONAL)) out.add(Benchmarks.national());
        return out;
    }
}
