package dev.zhibiao.extract.indicator;

import dev.zhibiao.corpus.BenchmarkFacts;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.corpus.Gold;
import dev.zhibiao.corpus.GoldRecord;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The names of the gold and benchmark files against a hand-written table of the ids they must resolve to. */
class GoldNamesTest {
    private static final IndicatorCatalog CATALOG = IndicatorCatalog.bundled();
    private static final Map<String, String> EXPECTED = table();

    static Map<String, String> table() {
        Map<String, String> m = new LinkedHashMap<>();
        try (var r = new BufferedReader(new InputStreamReader(
                GoldNamesTest.class.getResourceAsStream("/indicator/gold-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.put(f[0], f[1].equals("-") ? null : f[1]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static Stream<Arguments> rows() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rows")
    void resolvesAsTheTableSays(String name, String expectedId) {
        Resolution r = CATALOG.resolve(name);
        assertEquals(expectedId, r.id(), () -> name + ": expected " + (expectedId == null ? "unresolved" : expectedId)
                + ", came " + r);
    }

    @Test
    void everyExpectedIdIsInTheCatalog() {
        for (String id : EXPECTED.values()) {
            if (id != null) assertTrue(CATALOG.byId(id).isPresent(), () -> "table names " + id + ", not in the catalog");
        }
    }

    @Test
    void theTableCoversEveryGoldAndBenchmarkName() {
        Corpus corpus = Corpus.bundled();
        TreeSet<String> missing = new TreeSet<>();
        corpus.gold().values().forEach(g -> g.records().forEach(r -> {
            if (!EXPECTED.containsKey(r.target().indicator())) missing.add(r.target().indicator());
        }));
        for (BenchmarkFacts b : corpus.benchmarks()) {
            b.records().forEach(t -> {
                if (!EXPECTED.containsKey(t.indicator())) missing.add(t.indicator());
            });
        }
        assertTrue(missing.isEmpty(), () -> "names without an expected id: " + missing);
    }

    @Test
    void atLeast95PercentOfRequiredGoldRecordsResolveAndAllToTheRightId() {
        int total = 0;
        int resolved = 0;
        List<String> wrong = new ArrayList<>();
        for (Gold g : Corpus.bundled().gold().values()) {
            for (GoldRecord gr : g.required()) {
                Target t = gr.target();
                total++;
                Resolution r = CATALOG.resolve(t.indicator());
                if (!r.resolved()) continue;
                resolved++;
                if (!r.id().equals(EXPECTED.get(t.indicator()))) wrong.add(r + " (expected " + EXPECTED.get(t.indicator()) + ")");
            }
        }
        double share = (double) resolved / total;
        assertTrue(wrong.isEmpty(), () -> "wrong ids: " + wrong);
        int r = resolved;
        int n = total;
        assertTrue(share >= 0.95, () -> "expected >= 95% resolved, came " + r + "/" + n);
    }

    @Test
    void benchmarkFactsMeetTheGoldRecordsAtOneId() {
        List<String> unresolved = new ArrayList<>();
        for (BenchmarkFacts b : Corpus.bundled().benchmarks()) {
            for (Target t : CATALOG.resolveAll(b.records())) {
                if (t.indicatorId() == null) unresolved.add(t.indicator());
            }
        }
        assertTrue(unresolved.isEmpty(), () -> "benchmark names left unresolved: " + unresolved);
    }
    @Test
    void nationalTargetsAgreeWithTheNationalBenchmarkFacts() {
        List<String> disagree = new ArrayList<>();
        for (Target fact : CATALOG.resolveAll(Corpus.bundled().nationalBenchmark().records())) {
            if (fact.kind() == dev.zhibiao.model.Kind.ACTUAL) continue;
            var target = CATALOG.nationalTarget(fact.indicatorId());
            if (target.isEmpty()) {
                disagree.add(fact.indicatorId() + ": no national target in the catalog");
            } else if (!target.get().value().equals(fact.value()) || target.get().comparator() != fact.comparator()
                    || target.get().kind() != fact.kind()) {
                disagree.add(fact.indicatorId() + ": catalog " + target.get().valueText() + ", benchmark " + fact.valueText());
            }
        }
        assertTrue(disagree.isEmpty(), () -> "national targets that differ from the benchmark: " + disagree);
    }
}
