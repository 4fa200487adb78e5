package dev.zhibiao.extract.profile;

import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentProfile;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import org.junit.jupiter.api.Test;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentProfilerTest {
    static final DocumentProfiler PROFILER = new DocumentProfiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023年某某区儿童发展规划统计监测报告\\n为贯彻…                          | MONITORING_REPORT | 2023      | 某某区            | DISTRICT",
            "安阳市文峰区儿童发展规划\\n(2021-2030年)\\n征求意见稿                   | PLAN              | 2021-2030 | 安阳市文峰区      | DISTRICT",
            "嘉兴市儿童发展规划（2021—2025年）\\n来源:本网 日期:2022-01-05        | PLAN              | 2021-2025 | 嘉兴市            | CITY",
            "瑞安市儿童发展“十四五”规划\\n（征求意见稿）                          | PLAN              | 2021-2025 | 瑞安市            | CITY",
            "湖北省儿童发展规划（2021—2030年）                                   | PLAN              | 2021-2030 | 湖北省            | PROVINCE",
            "上海市静安区儿童发展规划（2021-2025年）                              | PLAN              | 2021-2025 | 上海市静安区      | DISTRICT",
            "宜府发〔2022〕3号\\n关于印发宜都县儿童发展规划\\n（2021—2030年）的通知 | PLAN              | 2021-2030 | 宜都县            | COUNTY",
            "2022年《中国儿童发展纲要（2021—2030年）》统计监测报告\\n国家统计局   | MONITORING_REPORT | 2022      | 全国              | NATIONAL",
            "中国儿童发展纲要（2021—2030年）                                     | PLAN              | 2021-2030 | 全国              | NATIONAL",
            "廣東省兒童發展規劃（2021—2030年）                                   | -                 | -         | -                 | -",
            "2022年《中国儿童发展纲要（2021—2030年）》统计监测报告\\n\\n国家统计局\\n\\n2022年是实施《纲要》的第二年 | MONITORING_REPORT | 2022 | 全国 | NATIONAL",
            "某某市儿童发展“十四五”规划中期评估报告\\n按照部署，于2023年10月至12月组织开展中期评估。 | EVALUATION | 2023 | 某某市 | CITY",
            "首页 > 政务公开\\n通知公告\\n没有标题的一段文字，说的是别的事情。       | -                 | -         | -                 | -"})
    void readsTheTitle(String head, String type, String period, String region, String level) {
        DocumentProfile p = PROFILER.profile(head.replace("\\n", "\n"));
        assertEquals(type == null ? DocumentType.PLAN : DocumentType.valueOf(type), p.type(), "type");
        assertEquals(period == null ? null : Period.parse(period), p.period(), "period");
        if (region == null) {
            assertNull(p.region(), "region");
        } else {
            assertEquals(region, p.region().fullName(), "region");
            assertEquals(Level.valueOf(level), p.region().level(), "level");
        }
    }

    @Test
    void keepsWhatTheCallerSaid() {
        var hints = ProfileHints.none().region(Region.of("某区", Level.DISTRICT)).period(new Period(2021, 2025));
        DocumentProfile p = PROFILER.profile("湖北省儿童发展规划（2021—2030年）", UnaryOperator.identity(),
                "湖北省儿童发展规划（2021—2030年）", hints);
        assertEquals("某区", p.region().name());
        assertEquals(new Period(2021, 2025), p.period());
        assertEquals(DocumentType.PLAN, p.type(), "the type not given is read");
        DocumentProfile news = PROFILER.profile("2024年某某区儿童发展规划统计监测报告\n正文", UnaryOperator.identity(),
                "2024年某某区儿童发展规划统计监测报告\n正文", ProfileHints.none().type(DocumentType.NEWS));
        assertEquals(DocumentType.NEWS, news.type());
        assertEquals(2024, news.period().end(), "the period not given is read");
        assertTrue(news.evidence().stream().anyMatch(e -> e.field().equals("type") && e.words().equals("(given)")));
    }

    @Test
    void aTraditionalTitleReadsOnceItsLinesAreNormalised() {
        var extractor = dev.zhibiao.extract.Extractor.create();
        var x = extractor.extract(Document.of("gd.txt", "廣東省兒童發展規劃（２０２１—２０３０年）\n\n一、總體目標\n"));
        assertEquals(Level.PROVINCE, x.document().region().level());
        assertEquals(new Period(2021, 2030), x.document().period());
    }
}
