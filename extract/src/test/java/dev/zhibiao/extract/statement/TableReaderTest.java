package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableReaderTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static String show(List<Target> rs) {
        return String.join("\n", rs.stream().map(t -> t.indicator() + " " + t.valueText() + " (" + t.year() + ") "
                + t.domain() + " " + t.attribute()).toList());
    }

    @Test
    void readsRowsOfATabbedTable() {
        String text = String.join("\n",
                "专栏1 主要指标",
                "\t领域\t指标名称（单位）\t2030年\t属性",
                "\t儿童与健康\t新生儿死亡率（‰）\t＜2.5\t约束性",
                "\t\t婴儿死亡率（‰）\t≤4\t",
                "\t儿童与教育\t学前三年毛入园率（%）\t≥95\t预期性",
                "\t\t义务教育巩固率（%）\t100\t");
        assertEquals(String.join("\n",
                "新生儿死亡率 <2.5‰ (2030) 健康 约束性",
                "婴儿死亡率 <=4‰ (2030) 健康 约束性",
                "学前三年毛入园率 >=95% (2030) 教育 预期性",
                "义务教育巩固率 100% (2030) 教育 预期性"), show(EXTRACTOR.extract(text).records()));
    }

    @Test
    void readsATableFlattenedOneCellPerLineWithCategoriesCutIntoCharacters() {
        String text = String.join("\n",
                "专栏一 主要指标",
                "\t序号", "\t指标名称（单位）", "\t2030年", "", "\t属性",
                "\t儿", "", "童", "", "与", "", "安", "", "全",
                "\t1", "\t儿童伤害死亡率（1/10万）", "\t＜10", "\t预期性",
                "\t2", "\t每千人口拥有3岁以下婴幼儿托位数（个）", "\t≥4.5", "\t预期性");
        assertEquals(String.join("\n",
                "儿童伤害死亡率 <10/10万 (2030) 安全 预期性",
                "每千人口拥有3岁以下婴幼儿托位数 >=4.5个 (2030) 安全 预期性"), show(EXTRACTOR.extract(text).records()));
    }

    @Test
    void readsOneValuePerYearColumn() {
        String text = String.join("\n",
                "附表 主要指标",
                "指标\t2025年\t2030年",
                "婴儿死亡率（‰）\t≤4.5\t≤4",
                "学前教育毛入园率（%）\t90\t≥95");
        assertEquals(String.join("\n",
                "婴儿死亡率 <=4.5‰ (2025) 健康 null",
                "婴儿死亡率 <=4‰ (2030) 健康 null",
                "学前教育毛入园率 90% (2025) 教育 null",
                "学前教育毛入园率 >=95% (2030) 教育 null"), show(EXTRACTOR.extract(text).records()));
    }

    @Test
    void readsAHeaderLedTableOneCellPerLine() {
        String text = String.join("\n",
                "附表 主要指标",
                "序号", "指标名称", "单位", "2020年基期值", "2025年目标值",
                "1", "孕产妇死亡率", "/10万", "12.5", "<10",
                "2", "儿童青少年总体近视率", "%", "52.3", "每年降低0.5个百分点",
                "3", "城乡社区家长学校覆盖率", "%", "80", "—",
                "注：“—”表示未设定量化目标。");
        assertEquals(String.join("\n",
                "孕产妇死亡率 12.5/10万 (2020) actual",
                "孕产妇死亡率 <10/10万 (2025) target",
                "儿童青少年总体近视率 52.3% (2020) actual",
                "儿童青少年总体近视率 每年−0.5个百分点 (null) change",
                "城乡社区家长学校覆盖率 80% (2020) actual"),
                String.join("\n", EXTRACTOR.extract(text).records().stream()
                        .map(t -> t.indicator() + " " + t.valueText() + " (" + t.year() + ") " + t.kind().code()).toList()));
    }

    @Test
    void readsATableOfCategoriesAndSubRowsOneCellPerLine() {
        String text = String.join("\n",
                "某县教育事业发展规划", "",
                "“十四五”某县教育发展主要指标表", "",
                "指  标", "", "2020年", "", "2025年", "", "属性", "",
                "一、普及水平", "",
                "1.学前教育毛入园率(%)", "", "92%", "", "95%以上", "", "约束性", "",
                "2.劳动年龄人口平均受教育年限(年)", "", "10.8年", "", "11.5年", "", "约束性", "",
                "二、办学条件", "",
                "1.标准班额比例(%)", "", "其中:小学", "", "初中", "", "81.2%", "", "70.5%", "", "90%以上", "", "85%以上", "",
                "预期性", "",
                "2.小学教师专科及以上学历比例(%)", "", "其中:本科及以上学历比例(%)", "",
                "96.1%", "", "60.3%", "", "100%", "", "70%", "", "预期性");
        assertEquals(String.join("\n",
                "学前教育毛入园率 92% (2020) actual",
                "学前教育毛入园率 >=95% (2025) target",
                "劳动年龄人口平均受教育年限 10.8年 (2020) actual",
                "劳动年龄人口平均受教育年限 11.5年 (2025) target",
                "小学标准班额比例 81.2% (2020) actual",
                "初中标准班额比例 70.5% (2020) actual",
                "小学标准班额比例 >=90% (2025) target",
                "初中标准班额比例 >=85% (2025) target",
                "小学教师专科及以上学历比例 96.1% (2020) actual",
                "小学教师本科及以上学历比例 60.3% (2020) actual",
                "小学教师专科及以上学历比例 100% (2025) target",
                "小学教师本科及以上学历比例 70% (2025) target"),
                String.join("\n", EXTRACTOR.extract(text).records().stream()
                        .map(t -> t.indicator() + " " + t.valueText() + " (" + t.year() + ") " + t.kind().code()).toList()));
    }

    @Test
    void aHeaderWithoutValueColumnsReadsNoRows() {
        String text = String.join("\n", "附表 分工", "序号", "指标名称", "牵头单位", "1", "孕产妇死亡率", "区卫健委");
        assertEquals("", show(EXTRACTOR.extract(text).records()));
    }

    @Test
    void aRowWithoutAValueIsNoRecord() {
        String text = String.join("\n", "专栏2 重点工程", "\t儿童友好城市建设（个）", "\t区妇儿工委", "\t约束性");
        assertEquals("", show(EXTRACTOR.extract(text).records()));
    }

    @Test
    void readsAPipeDrawnTable() {
        String text = String.join("\n",
                "表1 主要指标",
                "| 序号 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 属性 |",
                "| --- | --- | --- | --- | --- | --- |",
                "| 1 | 婴儿死亡率 | ‰ | 3.05 | ≤3.0 | 约束性 |",
                "| 2 | 儿童伤害死亡率 | 1/10万 | 9.6 | 较2020年下降15% | 预期性 |",
                "| 3 | 儿童青少年总体近视率 | % | 55.8 | 每年降低0.5个百分点以上 | 约束性 |");
        assertEquals(String.join("\n",
                "婴儿死亡率 3.05‰ (2020) actual null",
                "婴儿死亡率 <=3‰ (2025) target null",
                "儿童伤害死亡率 9.6/10万 (2020) actual null",
                "儿童伤害死亡率 −15% (2025) change 2020",
                "儿童青少年总体近视率 55.8% (2020) actual null",
                "儿童青少年总体近视率 每年−>=0.5个百分点 (null) change null"),
                String.join("\n", EXTRACTOR.extract(text).records().stream()
                        .map(t -> t.indicator() + " " + t.valueText() + " (" + t.year() + ") " + t.kind().code()
                                + " " + t.baselineYear()).toList()));
    }
}
