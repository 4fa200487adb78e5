package dev.zhibiao.compare;

import dev.zhibiao.corpus.BenchmarkFacts;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where benchmarks come from: a plan text the user supplies, the facts bundled with zhibiao, and the figures
 * a district plan cites for the levels above it.
 *
 * <pre>{@code
 * Benchmarks.national();                                   // 中国儿童发展纲要（2021—2030年）, bundled
 * Benchmarks.bundled("河南省");                             // a province's bundled facts
 * Benchmarks.fromPlan(extractor.extract(Path.of("henan.txt")), Region.of("河南省", Level.PROVINCE));
 * }</pre>
 */
public final class Benchmarks {
    private static final Map<BenchmarkFacts, Benchmark> BUNDLED = new ConcurrentHashMap<>();

    private Benchmarks() {
    }

    /** The national outline as bundled. */
    public static Benchmark national() {
        return of(Corpus.bundled().nationalBenchmark());
    }

    /** Every bundled benchmark. */
    public static List<Benchmark> bundled() {
        return Corpus.bundled().benchmarks().stream().map(Benchmarks::of).toList();
    }

    /**
     * The bundled benchmark named by {@code query}: its region (河南省, 温州市, 全国 — the first bundled for it) or a
     * part of its title (健康儿童行动).
     *
     * @throws InputException when none is bundled for it
     */
    public static Benchmark bundled(String query) {
        return Corpus.bundled().benchmarks().stream()
                .filter(b -> b.region().matches(query) || b.name().contains(query.strip())).findFirst()
                .map(Benchmarks::of)
                .orElseThrow(() -> new InputException(query, "no bundled benchmark by this region or title; bundled: "
                        + Corpus.bundled().benchmarks().stream().map(b -> b.region().name()).toList()));
    }

    /** The bundled benchmarks of the regions above {@code region} in its chain, national first. */
    public static List<Benchmark> bundledAbove(Region region) {
        List<Benchmark> out = new ArrayList<>();
        for (Region r : region.chain()) {
            if (r.equals(region)) continue;
            BenchmarkFacts f = Corpus.bundled().benchmarkFor(r);
            if (f != null) out.add(of(f));
        }
        return out;
    }

    /** Bundled facts as a benchmark; one shared instance per facts file. */
    public static Benchmark of(BenchmarkFacts facts) {
        return BUNDLED.computeIfAbsent(facts, f ->
                new Benchmark(f.name(), f.region(), f.period().start() - 1, f.endYear(), Benchmark.Origin.BUNDLED,
                        f.records()));
    }

    /**
     * A benchmark from a plan the user extracted, such as a provincial plan: its own (local) goals become the
     * benchmark's. The region is the document's when {@code region} is null.
     *
     * @throws InputException when neither the argument nor the document names a region
     */
    public static Benchmark fromPlan(Extraction plan, Region region) {
        Region r = region != null ? region : plan.document().region();
        if (r == null) {
            throw new InputException(plan.document().id(), "a benchmark plan needs a region; pass one to fromPlan");
        }
        // Its own baselines come along, so that a district's earlier targets can be judged on its path.
        List<Target> own = plan.records().stream().filter(t -> t.scope() == Scope.LOCAL).toList();
        return new Benchmark(plan.document().title(), r, baseYear(plan), plan.document().endYear(),
                Benchmark.Origin.SUPPLIED, own);
    }

    /** The year before a plan's period begins, whose values its goals count from; null when the period is unknown. */
    private static Integer baseYear(Extraction plan) {
        return plan.document().period() == null ? null : plan.document().period().start() - 1;
    }

    /** {@link #fromPlan(Extraction, Region)} with the document's own region. */
    public static Benchmark fromPlan(Extraction plan) {
        return fromPlan(plan, null);
    }

    /**
     * The figures a plan cites for the nation, its province and its city (records scoped national, provincial,
     * city), one benchmark for each level it cites. Levels whose region the plan's chain does not name are
     * left out, as there is no region to hold them against.
     */
    public static List<Benchmark> cited(Extraction plan) {
        List<Benchmark> out = new ArrayList<>();
        Region own = plan.document().region();
        for (Scope scope : List.of(Scope.NATIONAL, Scope.PROVINCIAL, Scope.CITY)) {
            List<Target> records = plan.records().stream().filter(t -> t.scope() == scope).toList();
            if (records.isEmpty()) continue;
            Region r = switch (scope) {
                case NATIONAL -> Region.NATIONAL;
                case PROVINCIAL -> own == null ? null : own.ancestor(Level.PROVINCE);
                case CITY -> own == null ? null : own.ancestor(Level.CITY);
                default -> null;
            };
            if (r == null || r.equals(own)) continue;
            // A plan cites the periods it shares with the levels above it; the nation's are the bundled outline's.
            Benchmark national = Benchmarks.national();
            out.add(new Benchmark(r.name() + " as cited by " + plan.document().label(), r,
                    scope == Scope.NATIONAL ? national.baseYear() : baseYear(plan),
                    scope == Scope.NATIONAL ? national.endYear() : plan.document().endYear(), Benchmark.Origin.CITED,
                    records));
        }
        return out;
    }
}
