package dev.zhibiao.compare;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Scope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zhibiao.compare.Targets.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarksTest {
    @Test
    void nationalIsTheBundledOutline() {
        Benchmark b = Benchmarks.national();
        assertEquals(Level.NATIONAL, b.level(), "level of " + b.name());
        assertEquals(2030, b.endYear(), "the outline runs to 2030");
        assertTrue(b.targets().stream().noneMatch(r -> r.kind() == Kind.ACTUAL), "targets leave out baselines");
        assertTrue(b.targets().stream().anyMatch(r -> r.indicator().equals("新生儿死亡率")), "has 新生儿死亡率");
    }

    @Test
    void aSuppliedPlanTextBecomesABenchmarkOfItsOwnGoals() {
        var province = Plans.plan("江南省", 2021, 2030,
                t("新生儿死亡率", "<=2.5‰"), t("新生儿死亡率", "2020:3.1‰", Kind.ACTUAL, Scope.LOCAL),
                t("婴儿死亡率", "<=5‰", Kind.TARGET, Scope.NATIONAL));
        Benchmark b = Benchmarks.fromPlan(province, Plans.PROVINCE);
        assertEquals(Benchmark.Origin.SUPPLIED, b.origin(), "origin");
        assertEquals(List.of("新生儿死亡率"), b.targets().stream().map(r -> r.indicator()).toList(),
                "only the plan's own goals, not its baselines nor what it cites");
        var district = Plans.plan("东湖区", 2021, 2030, t("新生儿死亡率", "<=2‰"));
        Assessment a = Comparison.of(district).against(b).assessments().get(0);
        assertEquals(Verdict.STRICTER, a.verdict(), "2‰ against the supplied 2.5‰: " + a);
    }

    @Test
    void aSuppliedProvinceAppliesToItsOwnDistrictsAndReplacesTheBundledOne() {
        var henan = Plans.plan("河南省", 2021, 2030, t("新生儿死亡率", "2030:<=2.5‰"));
        Benchmark supplied = Benchmarks.fromPlan(henan, Region.of("河南省", Level.PROVINCE));
        Corpus corpus = Corpus.bundled();
        Comparison c = Comparison.gold(corpus.plans()).against(supplied).againstOwnRegions();
        List<Assessment> rows = c.assessments().stream().filter(a -> a.benchmark().region().name().equals("河南省")).toList();
        assertTrue(rows.stream().allMatch(a -> a.district().equals("新华区")), "only 新华区 lies in 河南省: " + rows);
        assertTrue(rows.stream().allMatch(a -> a.benchmark().origin() == Benchmark.Origin.SUPPLIED),
                "the supplied plan, not the bundled facts: " + rows);
        Assessment a = rows.stream().filter(r -> r.plan() != null && r.plan().indicator().equals("新生儿死亡率")
                && r.year() == 2030).findFirst().orElseThrow();
        assertEquals(Verdict.LOOSER, a.verdict(), "新华区's 3‰ in 2030 against the supplied 2.5‰: " + a);
    }

    @Test
    void aPlanTextWithoutRegionNeedsOne() {
        var x = Comparison.goldExtraction(dev.zhibiao.corpus.Corpus.bundled().document("东莞市"));
        var anonymous = new dev.zhibiao.model.Extraction(x.document().with(null, null, DocumentType.PLAN), x.root(), x.records());
        assertThrows(InputException.class, () -> Benchmarks.fromPlan(anonymous));
        assertEquals("广东省", Benchmarks.fromPlan(anonymous, Region.of("广东省", Level.PROVINCE)).region().name());
    }

    @Test
    void citedFiguresFormABenchmarkPerLevel() {
        var plan = Plans.plan("东湖区", 2021, 2030, t("新生儿死亡率", "<=2‰"),
                t("新生儿死亡率", "<=3‰", Kind.TARGET, Scope.NATIONAL), t("新生儿死亡率", "2025:2.5‰", Kind.TARGET, Scope.PROVINCIAL));
        List<Benchmark> cited = Benchmarks.cited(plan);
        assertEquals(List.of("全国", "江南省"), cited.stream().map(b -> b.region().name()).toList(), "levels cited");
        assertTrue(cited.stream().allMatch(b -> b.origin() == Benchmark.Origin.CITED), "marked as cited");
    }

    @Test
    void ownRegionsFallBackToCitedFigures() {
        var plan = Plans.plan("东湖区", 2021, 2030, t("新生儿死亡率", "2025:<=2‰"),
                t("新生儿死亡率", "2025:2.5‰", Kind.TARGET, Scope.PROVINCIAL));
        Comparison c = Comparison.of(plan).againstOwnRegions();
        assertEquals(List.of("江南省"), c.benchmarks().stream().map(b -> b.region().name()).toList(),
                "no bundled facts for 江南省, so the plan's citation serves");
        assertEquals(Verdict.STRICTER, c.assessments().get(0).verdict(), "2‰ against 2.5‰: " + c.assessments());
    }

    @Test
    void aFiveYearPlanMeetsTheFiveYearNationalHealthPlanOnTheSameHorizon() throws Exception {
        String file = "/dev/zhibiao/corpus/benchmarks/national-health-children-2021-2025.json";
        List<dev.zhibiao.model.Target> facts;
        try (var in = BenchmarksTest.class.getResourceAsStream(file)) {
            facts = dev.zhibiao.json.Json.readTargets(in, file);
        }
        assertTrue(facts.stream().allMatch(f -> f.source() != null && f.year() == 2025), "each fact has its source and year");
        Benchmark b = new Benchmark("健康儿童行动提升计划（2021—2025年）", Region.NATIONAL, 2025, Benchmark.Origin.BUNDLED, facts);
        Assessment a = Comparison.gold(List.of(Corpus.bundled().document("鹿城区"))).against(b).assessments().stream()
                .filter(r -> r.plan() != null && r.plan().indicator().equals("新生儿死亡率")).findFirst().orElseThrow();
        assertEquals(Verdict.STRICTER, a.verdict(), "<=3‰ against <=3.1‰ in 2025: " + a);
        assertTrue(!a.horizonDiffers(), "both for 2025: " + a);
    }

    @Test
    void unknownBundledRegionIsATypedError() {
        InputException e = assertThrows(InputException.class, () -> Benchmarks.bundled("江南省"));
        assertTrue(e.getMessage().contains("江南省"), e.getMessage());
    }
}
