package dev.zhibiao.extract.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorCatalogTest {
    private static final IndicatorCatalog CATALOG = IndicatorCatalog.bundled();

    @Test
    void bundledIsLoadedOnceAndCoversTheSevenAreasAndTheWomensOutline() {
        assertSame(CATALOG, IndicatorCatalog.bundled(), "the bundled catalog is shared");
        Set<Domain> domains = CATALOG.indicators().stream().map(Indicator::domain).collect(Collectors.toSet());
        // The seven areas of the children's outline, and 其他 for the women's outline's economy and participation,
        // which fit none of them.
        assertEquals(EnumSet.allOf(Domain.class), domains, "the seven areas and 其他 each hold indicators");
        assertEquals(Set.of("other"), CATALOG.indicators().stream().filter(i -> i.domain() == Domain.OTHER)
                .map(i -> i.id().substring(0, i.id().indexOf('.'))).collect(Collectors.toSet()), "其他 ids are other.*");
        assertTrue(CATALOG.size() >= 250, () -> "expected the children's and the women's indicators, came " + CATALOG.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "孕产妇死亡率, health.maternal_mortality",
            "妇女常见病筛查率, health.women_common_disease_screening",
            "适龄妇女宫颈癌人群筛查率, health.cervical_cancer_screening",
            "女性人均预期寿命, health.female_life_expectancy",
            "主要劳动年龄人口中女性平均受教育年限, education.female_working_age_schooling_years",
            "高等教育在校生中女研究生占全部研究生的比重, education.female_postgraduate_share",
            "女性就业人员占全社会就业人员的比重, other.female_employment_share",
            "高级专业技术人员中的女性比例, other.female_senior_professionals_share",
            "村委会成员中的女性比例, other.village_committee_female_share",
            "妇女基本医疗保险参保率, welfare.female_medical_insurance_rate",
    })
    void theWomensOutlineAreasHaveTheirIndicators(String name, String id) {
        assertEquals(id, CATALOG.resolve(name).id(), () -> name + ": expected " + id + ", came " + CATALOG.resolve(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "常住人口, other.resident_population",
            "地区生产总值, other.gdp",
            "人均地区生产总值, other.gdp_per_capita",
            "城镇居民人均可支配收入, other.urban_disposable_income",
            "一般公共预算收入, other.general_budget_revenue",
            "城镇新增就业, other.urban_new_jobs",
            "0-14岁人口占总人口比重, other.population_0_14_share",
    })
    void theContextFiguresOfReportsAreOtherIndicators(String name, String id) {
        Resolution r = CATALOG.resolve(name);
        assertEquals(id, r.id(), () -> name + ": expected " + id + ", came " + r);
        assertEquals(Domain.OTHER, r.indicator().domain(), () -> id + ": no children's area fits a context figure");
        assertNull(CATALOG.byId(id).orElseThrow().nationalTarget(), () -> id + ": the outlines set no such figure");
    }

    @Test
    void idsStartWithTheirArea() {
        Map<Domain, String> prefix = Map.of(Domain.HEALTH, "health.", Domain.SAFETY, "safety.", Domain.EDUCATION,
                "education.", Domain.WELFARE, "welfare.", Domain.FAMILY, "family.", Domain.ENVIRONMENT, "environment.",
                Domain.LEGAL_PROTECTION, "legal.", Domain.OTHER, "other.");
        for (Indicator i : CATALOG.indicators()) {
            assertTrue(i.id().startsWith(prefix.get(i.domain())), () -> i.id() + " sits in " + i.domain());
        }
    }

    @Test
    void noAliasNamesTwoIndicators() {
        var n = new NameNormalizer(ResolverLexicon.bundled());
        Map<String, String> seen = new HashMap<>();
        for (Indicator i : CATALOG.indicators()) {
            for (String a : concat(i.name(), i.aliases())) {
                String prev = seen.put(n.normalize(a), i.id());
                assertTrue(prev == null || prev.equals(i.id()), () -> a + " names both " + prev + " and " + i.id());
            }
        }
    }

    @Test
    void everyNameAndAliasResolvesToItsOwnIndicator() {
        for (Indicator i : CATALOG.indicators()) {
            for (String a : concat(i.name(), i.aliases())) {
                Resolution r = CATALOG.resolve(a);
                assertEquals(i.id(), r.id(), () -> a + ": expected " + i.id() + ", came " + r);
                assertEquals(1.0, r.confidence(), () -> a + " is an alias, so confidence 1");
            }
        }
    }

    @Test
    void theHeaderNamesItsSources() throws IOException {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("/dev/zhibiao/extract/indicator/catalog.json")) {
            JsonNode root = Json.mapper().readTree(in);
            String sources = root.path("sources").toString();
            assertTrue(sources.contains("中国儿童发展纲要（2021—2030年）"), "the outline is a source");
            assertTrue(sources.contains("统计监测"), "the statistical monitoring is a source");
            assertTrue(sources.contains("中国妇女发展纲要（2021—2030年）"), "the women's outline is a source");
        }
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
            "health.neonatal_mortality, LOWER_IS_BETTER, ‰",
            "health.under5_anaemia, LOWER_IS_BETTER, %",
            "health.myopia_primary, LOWER_IS_BETTER, %",
            "safety.injury_mortality, LOWER_IS_BETTER, /10万",
            "education.preschool_gross_enrolment, HIGHER_IS_BETTER, %",
            "family.parent_school_rural, HIGHER_IS_BETTER, %",
            "welfare.childcare_places_per_1000, HIGHER_IS_BETTER, 个",
            "education.vocational_students, NEITHER, 人",
            "health.maternal_mortality, LOWER_IS_BETTER, /10万",
            "health.life_expectancy, HIGHER_IS_BETTER, 岁",
            "education.working_age_schooling_years, HIGHER_IS_BETTER, 年",
            "education.female_illiteracy, LOWER_IS_BETTER, %",
            "education.girls_share_higher, NEITHER, %",
            "other.female_employment_share, NEITHER, %",
    })
    void polarityAndUnit(String id, Polarity polarity, String unit) {
        Indicator i = CATALOG.byId(id).orElseThrow(() -> new AssertionError(id + " not in the catalog"));
        assertEquals(polarity, i.polarity(), id + " polarity");
        assertEquals(Unit.of(unit), i.unit(), id + " unit");
    }

    @Test
    void nationalTargetsInWordsAndAsRecords() {
        Indicator neonatal = CATALOG.byId("health.neonatal_mortality").orElseThrow();
        assertEquals("降至3.0‰以下", neonatal.nationalTarget());
        Target t = CATALOG.nationalTarget("health.neonatal_mortality").orElseThrow();
        assertEquals(3.0, t.value());
        assertEquals(Bound.LE, t.comparator());
        assertEquals(Unit.PER_MILLE, t.unit());
        Target injury = CATALOG.nationalTarget("safety.injury_mortality").orElseThrow();
        assertEquals(Kind.CHANGE, injury.kind());
        assertEquals(Direction.DECREASE, injury.direction());
        assertEquals(2020, injury.baselineYear());
        assertTrue(CATALOG.nationalTargetBasis("health.neonatal_mortality").isPresent(), "a target says how sure it is");
        assertNull(CATALOG.byId("environment.child_friendly_parks").orElseThrow().nationalTarget(),
                "the outline sets no number of parks");
        assertTrue(CATALOG.nationalTarget("environment.child_friendly_parks").isEmpty());
    }

    @Test
    void aWomensOutlineTargetCarriesItsOwnSource() {
        Target cervical = CATALOG.nationalTarget("health.cervical_cancer_screening").orElseThrow();
        assertEquals("中国妇女发展纲要（2021—2030年）", cervical.source(), "the women's outline sets this figure");
        assertEquals(70.0, cervical.value());
        assertEquals(Bound.GE, cervical.comparator());
        assertEquals(Unit.PERCENT, cervical.unit());
        assertEquals("health.cervical_cancer_screening", cervical.indicatorId());
        Target hiv = CATALOG.nationalTarget("health.hiv_mother_to_child").orElseThrow();
        assertEquals("中国妇女发展纲要（2021—2030年）", hiv.source());
        assertEquals(Bound.LE, hiv.comparator());
        assertEquals(2.0, hiv.value());
        assertEquals("中国儿童发展纲要（2021—2030年）", CATALOG.nationalTarget("health.neonatal_mortality").orElseThrow()
                .source(), "a target that names no source is the children's outline's");
    }

    @Test
    void everyWomensFigureIsTheWomensOutlinesAndAnUnconfirmedOneStaysWords() {
        Indicator maternal = CATALOG.byId("health.maternal_mortality").orElseThrow();
        assertEquals("下降到12/10万以下", maternal.nationalTarget());
        assertTrue(CATALOG.nationalTargetBasis("health.maternal_mortality").orElseThrow().startsWith("妇女纲要"),
                "the basis says the figure is the women's outline's");
        assertTrue(CATALOG.nationalTarget("health.maternal_mortality").isEmpty(),
                "a figure no page confirms as the women's outline's is no target record");
        int women = 0;
        for (Indicator i : CATALOG.indicators()) {
            String basis = CATALOG.nationalTargetBasis(i.id()).orElse("");
            var target = CATALOG.nationalTarget(i.id());
            if (basis.startsWith("妇女纲要")) {
                assertTrue(i.nationalTarget() != null, () -> i.id() + ": a basis without a figure");
                target.ifPresent(t -> assertEquals("中国妇女发展纲要（2021—2030年）", t.source(),
                        () -> i.id() + ": expected the women's outline as source, came " + t.source()));
                if (target.isPresent()) {
                    women++;
                    assertTrue(basis.contains("有页面核实"), () -> i.id() + ": a women's target record needs a page, basis " + basis);
                }
            } else {
                target.ifPresent(t -> assertEquals("中国儿童发展纲要（2021—2030年）", t.source(),
                        () -> i.id() + ": expected the children's outline as source, came " + t.source()));
            }
        }
        assertTrue(women >= 2, "the confirmed women's figures are records");
        assertNull(CATALOG.byId("health.life_expectancy").orElseThrow().nationalTarget(),
                "a related plan's figure is not the outline's");
    }

    @Test
    void aNameOfWhatIsCountedResolvesAsItsCountOnlyWithAUnitOfThings() {
        List<Target> out = CATALOG.resolveAll(List.of(
                rec("幼儿园").toBuilder().unit(Unit.of("所")).build(),
                rec("幼儿园").toBuilder().unit(Unit.of("次")).build(),
                rec("幼儿园").toBuilder().unit(Unit.PERCENT).build()));
        assertEquals("education.kindergartens", out.get(0).indicatorId(), "500所 of kindergartens is their number");
        assertNull(out.get(1).indicatorId(), "a count of events at kindergartens is not their number");
        assertNull(out.get(2).indicatorId(), "a share is not a count");
        assertEquals("幼儿园", out.get(0).indicator(), "the name stays as written");
    }

    @Test
    void aCountNeverResolvesToARate() {
        String rateName = "公办幼儿园占比";
        assertTrue(CATALOG.byId(CATALOG.resolve(rateName).id()).orElseThrow().unit().isRate(), "a rate to start from");
        List<Target> out = CATALOG.resolveAll(List.of(
                rec(rateName).toBuilder().unit(Unit.of("所")).build(),
                rec(rateName).toBuilder().unit(Unit.of("万所")).build(),
                rec(rateName).toBuilder().unit(Unit.PERCENT).build(),
                rec("幼儿园").toBuilder().unit(Unit.of("万所")).build(),
                rec("公办幼儿园").toBuilder().unit(Unit.of("倍")).build(),
                rec("公办幼儿园占比").toBuilder().unit(Unit.of("倍")).build()));
        assertNull(out.get(0).indicatorId(), "a number of places counts them, it is no share");
        assertNull(out.get(1).indicatorId(), "so does a number in ten thousands");
        assertEquals(CATALOG.resolve(rateName).id(), out.get(2).indicatorId(), "a share is the share");
        assertEquals("education.kindergartens", out.get(3).indicatorId(), "万所 of kindergartens is their number");
        assertNull(out.get(4).indicatorId(), "a multiple of a number of places is no share");
        assertEquals(CATALOG.resolve(rateName).id(), out.get(5).indicatorId(), "a multiple of a share named as such is the share's");
    }

    @Test
    void resolveAllSetsIdsAndKeepsOrder() {
        List<Target> in = List.of(rec("学前三年毛入园率（%）"), rec("学前教育毛入园率"), rec("儿童友好图书馆"),
                rec("新生儿死亡率").toBuilder().indicatorId("wrong.id").indicatorConfidence(0.3).build());
        List<Target> out = CATALOG.resolveAll(in);
        assertEquals(4, out.size());
        assertEquals("education.preschool_gross_enrolment", out.get(0).indicatorId());
        assertEquals("education.preschool_gross_enrolment", out.get(1).indicatorId());
        assertEquals(1.0, out.get(0).indicatorConfidence());
        assertNull(out.get(2).indicatorId(), "an unknown name keeps no id");
        assertEquals(0, out.get(2).indicatorConfidence());
        assertEquals("health.neonatal_mortality", out.get(3).indicatorId(), "a stale id is replaced");
        assertEquals("儿童友好图书馆", out.get(2).indicator());
    }

    @Test
    void unresolvedNamesAreCountedMostFrequentFirst() {
        var u = CATALOG.unresolved(List.of(rec("儿童友好图书馆"), rec("新生儿死亡率"), rec("儿童友好驿站"),
                rec("儿童友好驿站")));
        assertEquals(2, u.size());
        assertEquals("儿童友好驿站", u.names().get(0).name());
        assertEquals(2, u.names().get(0).count());
        assertEquals("儿童友好图书馆", u.names().get(1).name());
        assertEquals(1, u.names().get(1).count());
        assertTrue(u.names().get(1).nearest().startsWith("environment.child_friendly_"),
                () -> "a child-friendly place lies nearest: " + u.names().get(1));
        assertTrue(u.toString().contains("儿童友好驿站"), () -> "the table lists the names: " + u);
        assertTrue(CATALOG.unresolved(List.of(rec("婴儿死亡率"))).isEmpty());
    }

    @ParameterizedTest(name = "{0} near {1}")
    @CsvSource({
            "小学生近视患病情况, health.myopia_primary",
            "中小学生近视率, health.myopia_primary",
            "5岁以下儿童轻度贫血患病率, health.under5_anaemia",
            "流动人口孕产妇死亡率, health.maternal_mortality",
    })
    void nearestIsAHintNotAnAnswer(String name, String near) {
        assertNull(CATALOG.resolve(name).id(), () -> name + " stays unresolved");
        Resolution hint = CATALOG.nearest(name);
        assertTrue(hint.resolved() && hint.confidence() > 0, () -> name + ": expected a hint, came " + hint);
        assertTrue(hint.id().startsWith(near.substring(0, near.lastIndexOf('_'))),
                () -> name + ": expected a hint near " + near + ", came " + hint);
    }

    @Test
    void aUserFileAddsAndReplacesEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"indicators": [
                  {"id": "environment.child_friendly_libraries", "name": "儿童友好图书馆数", "aliases": ["儿童友好图书馆"],
                   "unit": "个", "polarity": "higher", "domain": "环境"},
                  {"id": "health.neonatal_mortality", "name": "新生儿死亡率", "aliases": ["新生儿期死亡率"],
                   "unit": "‰", "polarity": "lower", "domain": "健康", "nationalTarget": "3‰以下"}
                ]}""", StandardCharsets.UTF_8);
        IndicatorCatalog mine = CATALOG.withFile(file);
        assertEquals("environment.child_friendly_libraries", mine.resolve("儿童友好图书馆").id());
        assertEquals("health.neonatal_mortality", mine.resolve("新生儿期死亡率").id());
        assertEquals("3‰以下", mine.byId("health.neonatal_mortality").orElseThrow().nationalTarget());
        assertEquals(CATALOG.size() + 1, mine.size());
        assertNull(CATALOG.resolve("儿童友好图书馆").id(), "the bundled catalog is unchanged");
        assertEquals("health.infant_mortality", mine.resolve("婴儿死亡率").id(), "bundled entries stay");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"indicators\": [ {\"id\": \"x\" | not valid JSON",
            "{\"things\": []}                                                                     | no \"indicators\" list",
            "{\"indicators\": [{\"id\": \"Neonatal\", \"name\": \"新生儿死亡率\"}]}                   | id must read area.snake_name",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"\"}]}                             | no name",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"polarity\": \"up\"}]}     | unknown polarity",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"domain\": \"体育\"}]}     | unknown domain",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"patterns\": [\"(\"]}]}    | bad pattern",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"甲\"}, {\"id\": \"health.x\", \"name\": \"乙\"}]} | given twice",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"aliases\": \"某比例\"}]} | aliases must be a list",
            "{\"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"target\": {\"value\": \"高\"}}]} | target needs a numeric value",
            "{\"sources\": [{\"name\": \"甲纲要\"}], \"indicators\": [{\"id\": \"health.x\", \"name\": \"某率\", \"target\": {\"value\": 1, \"source\": \"乙纲要\"}}]} | target source 乙纲要 is not among the sources the file lists",
    })
    void aBadUserFileNamesTheFileAndTheProblem(String json, String problem, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        DataException e = assertThrows(DataException.class, () -> CATALOG.withFile(file));
        assertTrue(e.getMessage().contains("bad.json"), () -> "message names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem.strip()), () -> "expected '" + problem.strip() + "' in: " + e.getMessage());
    }

    @Test
    void aMissingUserFileIsADataException(@TempDir Path dir) {
        DataException e = assertThrows(DataException.class, () -> CATALOG.withFile(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
    }

    @Test
    void toStringIsATable() {
        String s = CATALOG.toString();
        assertTrue(s.contains("health.neonatal_mortality") && s.contains("新生儿死亡率"), "the table lists entries");
        assertFalse(s.lines().anyMatch(l -> l.contains("null")), "no null cells");
    }

    @Test
    void aCatalogOfIndicatorsMadeInCodeResolvesByTheSameRules() {
        IndicatorCatalog small = IndicatorCatalog.of(List.of(
                new Indicator("health.myopia", "儿童青少年总体近视率", List.of("视力不良检出率"), Unit.PERCENT,
                        Polarity.LOWER_IS_BETTER, Domain.HEALTH, null)));
        assertEquals("health.myopia", small.resolve("视力不良检出率（%）").id());
        assertNull(small.resolve("新生儿死亡率").id(), "the small catalog knows no mortality");
        assertEquals(1, small.size());
    }

    @Test
    void manyThreadsGetTheSameAnswers() {
        List<String> names = new java.util.ArrayList<>();
        for (Indicator i : CATALOG.indicators()) {
            names.add(i.name() + "（%）");
            names.add("全区" + i.name());
            names.add(i.name().substring(1));
            names.add(i.name() + "情况");
        }
        IndicatorCatalog fresh = IndicatorCatalog.of(CATALOG.indicators());
        Map<String, String> sequential = new HashMap<>();
        for (String n : names) sequential.put(n, String.valueOf(CATALOG.resolve(n).id()));
        List<String> differing = names.parallelStream()
                .filter(n -> !String.valueOf(fresh.resolve(n).id()).equals(sequential.get(n)))
                .toList();
        assertTrue(differing.isEmpty(), () -> "answers differ between threads for " + differing);
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', value = {
            "学前三年毛入园率（%）           | 学前教育毛入园率达到        | 学前教育毛入园率",
            "新生儿死亡率（‰）               | 新生儿死亡率降至            | 新生儿死亡率",
            "5岁以下儿童贫血患病率（%）      | 5岁以下儿童贫血率控制在     | 5岁以下儿童贫血率",
            "高中阶段毛入学率（%）           | 高中阶段教育毛入学率保持在  | 高中阶段毛入学率",
            "城区社区中家长学校或家庭教育指导服务站点覆盖率（%） | 城市社区建立家长学校或家庭教育指导服务站点比例 | 建立家长学校或家庭教育指导服务站点的城市社区比例",
            "中小学生《国家学生体质健康标准》达标优良率（%） | 中小学生国家学生体质健康标准达标优良率达到 | 中小学生国家学生体质健康标准达标优良率",
            "孕产妇死亡率（1/10万）          | 孕产妇死亡率下降到          | 孕产妇死亡率",
            "适龄妇女宫颈癌人群筛查率（%）   | 适龄妇女宫颈癌人群筛查率达到 | 适龄妇女宫颈癌人群筛查率",
            "人均预期寿命（岁）              | 全市人均预期寿命提高到      | 人均预期寿命",
    })
    void aTableRowASentenceAndABenchmarkMeetAtOneId(String row, String sentence, String benchmark) {
        String id = CATALOG.resolve(benchmark).id();
        assertTrue(id != null, () -> benchmark + " resolves");
        assertEquals(id, CATALOG.resolve(row).id(), () -> "table row " + row);
        assertEquals(id, CATALOG.resolve(sentence).id(), () -> "sentence " + sentence);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "小学生近视率                    | 初中生近视率",
            "初中生近视率                    | 高中阶段学生近视率",
            "3岁以下儿童系统管理率           | 7岁以下儿童健康管理率",
            "新生儿死亡率                    | 婴儿死亡率",
            "婴儿死亡率                      | 5岁以下儿童死亡率",
            "城区社区中家长学校或家庭教育指导服务站点覆盖率 | 农村社区（村）中家长学校或家庭教育指导服务站点覆盖率",
            "小学生每天睡眠时间              | 初中生每天睡眠时间",
            "麻风疫苗合格接种率              | 麻风腮疫苗合格接种率",
            "甲肝疫苗合格接种率              | 乙肝疫苗全程合格接种率",
            "AA级规范化门诊                  | AAA级规范化门诊",
            "小学学龄儿童净入学率            | 初中学龄儿童净入学率",
            "中小学生国家学生体质健康标准达标优良率 | 国家学生体质健康标准达标率",
            "基础型儿童之家覆盖率            | 示范型儿童之家覆盖率",
            "每千名儿童拥有儿科执业（助理）医生数 | 儿科执业（助理）医师数",
            "孕产妇死亡率                    | 城市孕产妇死亡率",
            "城市孕产妇死亡率                | 农村孕产妇死亡率",
            "人均预期寿命                    | 女性人均预期寿命",
            "人均预期寿命                    | 人均健康预期寿命",
            "文盲率                          | 女性文盲率",
            "15岁及以上人口平均受教育年限    | 15岁及以上女性人口平均受教育年限",
            "15岁及以上人口平均受教育年限    | 劳动年龄人口平均受教育年限",
            "专业技术人员中女性比例          | 高级专业技术人员中女性比例",
            "基本医疗保险参保率              | 妇女基本医疗保险参保率",
            "基本医疗保险参保率              | 儿童基本医疗保险参保率",
            "高等教育在校生中女生            | 高等教育在校生中女生占比",
            "普通本专科在校生中女生比例      | 成人本专科在校生中女生比例",
            "女性就业人员占全社会就业人员的比重 | 城镇单位就业人员中的女性比例",
            "小学学龄女童净入学率            | 小学学龄儿童净入学率",
            "城镇居民人均可支配收入          | 农村居民人均可支配收入",
            "城镇居民人均可支配收入          | 居民人均可支配收入",
            "地区生产总值                    | 人均地区生产总值",
            "一般公共预算收入                | 财政总收入",
            "幼儿园专任教师数                | 小学专任教师数",
            "初中在校生数                    | 普通高中在校生数",
            "5岁以下儿童贫血率               | 5岁以下儿童中重度贫血患病率",
            "孕产妇贫血率                    | 孕产妇中重度贫血患病率",
            "九年义务教育巩固率              | 九年义务教育女生巩固率",
            "孕产妇死亡率                    | 孕产妇死亡率城乡差距",
            "被家庭收养的孤残儿童数          | 被家庭收养的孤残儿童占孤残儿童总数比例",
            "托位总数                        | 普惠性托位数",
    })
    void qualifiersKeepIndicatorsApart(String a, String b) {
        Resolution ra = CATALOG.resolve(a);
        Resolution rb = CATALOG.resolve(b);
        assertTrue(ra.resolved() && rb.resolved(), () -> "both resolve: " + ra + ", " + rb);
        assertFalse(ra.id().equals(rb.id()), () -> "expected two ids, came one: " + ra + ", " + rb);
    }

    private static Target rec(String name) {
        return Target.builder().indicator(name).value(1.0).build();
    }

    private static List<String> concat(String name, List<String> aliases) {
        var l = new java.util.ArrayList<String>();
        l.add(name);
        l.addAll(aliases);
        return l;
    }
}
