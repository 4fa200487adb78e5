package dev.zhibiao.compare.index;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynonymsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "儿童青少年总体近视率, 近视",
            "视力不良检出率, 视力不良",
            "小学生近视率, 近视",
            "5岁以下儿童贫血患病率, 贫血",
            "0-6个月婴儿纯母乳喂养率, 婴儿纯母乳喂养",
            "中小学生体质健康标准达标优良率, 体质健康标准达标",
            "新生儿死亡率, 新生儿死亡",
            "儿童溺水死亡率, 溺水死亡",
            "学前教育毛入园率, 学前教育毛入园",
            "3岁以下儿童系统管理率, 系统管理",
            "儿童之家覆盖率, 儿童之家",
            // counter-examples: nothing to strip, or stripping would leave too little
            "龋齿, 龋齿",
            "率, 率",
            "儿童, 儿童",
            "托育, 托育",
    })
    void theCoreOfAnIndicatorNameLeavesOutPopulationAgeAndMeasureWords(String name, String core) {
        assertEquals(core, Synonyms.core(name));
    }

    @Test
    void aQueryHoldingOneNameOfAnIndicatorIsWidenedByItsOthers() {
        Synonyms s = Synonyms.ofNames(List.of(List.of("儿童近视率", "视力不良检出率"), List.of("儿童溺水死亡率")));
        assertEquals(List.of("视力不良"), s.expand("近视"));
        assertEquals(List.of("近视"), s.expand("视力不良"));
        assertEquals(List.of("视力不良"), s.expand("儿童近视率"), "a name of the indicator itself");
        assertEquals(List.of(), s.expand("近视防控"), "近视防控 is another word than 近视");
        assertEquals(List.of(), s.expand("预防近视"));
        assertEquals(List.of(), s.expand("溺水"), "an indicator with one name widens nothing");
        assertEquals(List.of(), s.expand("托育"));
        assertEquals(List.of(), Synonyms.none().expand("近视"));
    }

    @Test
    void aCoreSharedByManyIndicatorsWidensNothing() {
        Synonyms s = Synonyms.ofNames(List.of(
                List.of("小学生近视率", "小学生视力不良率"), List.of("初中生近视率", "初中生视力低下率"),
                List.of("高中生近视率", "高中生视力减退率"), List.of("大学生近视率", "大学生屈光不正率")));
        assertEquals(List.of(), s.expand("近视"), "近视 names four indicators here");
        assertEquals(List.of("近视"), s.expand("视力不良"));
    }

    @Test
    void nearsightednessFindsPoorEyesightOnlyWhenTheCatalogSaysTheyAreOne() {
        var plan = Plans.plan("p", Plans.HONGQI).area("（一）儿童与健康", Domain.HEALTH,
                "控制儿童视力不良发生率。开展视力筛查，建立视力健康档案，改善教室照明条件。").build();
        IndicatorCatalog same = catalog(new Indicator("health.myopia", "儿童青少年总体近视率",
                List.of("视力不良检出率"), Unit.PERCENT, Polarity.LOWER_IS_BETTER, Domain.HEALTH, null));
        IndicatorCatalog apart = catalog(
                new Indicator("health.myopia", "儿童青少年总体近视率", List.of(), Unit.PERCENT,
                        Polarity.LOWER_IS_BETTER, Domain.HEALTH, null),
                new Indicator("health.poor_eyesight", "视力不良检出率", List.of(), Unit.PERCENT,
                        Polarity.LOWER_IS_BETTER, Domain.HEALTH, null));
        try (MeasureIndex with = MeasureIndex.inMemory(List.of(plan), Synonyms.of(same));
             MeasureIndex without = MeasureIndex.inMemory(List.of(plan), Synonyms.of(apart))) {
            SearchHits found = with.search("近视").run();
            assertEquals(1, found.total(), found.toString());
            assertEquals(List.of("视力不良"), found.synonyms());
            assertEquals(true, found.get(0).snippet().contains("【视力不良】"), found.get(0).snippet());
            assertEquals(0, without.search("近视").run().total(), "two indicators apart: no widening");
        }
    }

    static IndicatorCatalog catalog(Indicator... entries) {
        return IndicatorCatalog.of(List.of(entries));
    }

    @Test
    void theBundledCatalogGivesGroupsOfNamesOfOneIndicator() {
        Synonyms bundled = Synonyms.bundled();
        assertTrue(bundled.groups().size() > 10, "groups from the bundled catalog: " + bundled);
        assertTrue(bundled.groups().stream().allMatch(g -> g.size() > 1), "a group has two cores or more");
        assertSame(bundled, Synonyms.bundled(), "built once");
    }
}
