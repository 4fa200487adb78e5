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
            "安阳市文峰区儿童发展规划\\n(2021-2030年)\\n征求意见稿                   | PLAN              | 2021-2030 | 河南省安阳市文峰区 | DISTRICT",
            "嘉兴市儿童发展规划（2021—2025年）\\n来源:本网 日期:2022-01-05        | PLAN              | 2021-2025 | 浙江省嘉兴市      | CITY",
            "瑞安市儿童发展“十四五”规划\\n（征求意见稿）                          | PLAN              | 2021-2025 | 浙江省温州市瑞安市 | COUNTY",
            "湖北省儿童发展规划（2021—2030年）                                   | PLAN              | 2021-2030 | 湖北省            | PROVINCE",
            "上海市静安区儿童发展规划（2021-2025年）                              | PLAN              | 2021-2025 | 上海市静安区      | DISTRICT",
            "宜府发〔2022〕3号\\n关于印发宜都县儿童发展规划\\n（2021—2030年）的通知 | PLAN              | 2021-2030 | 宜都县            | COUNTY",
            "2022年《中国儿童发展纲要（2021—2030年）》统计监测报告\\n国家统计局   | MONITORING_REPORT | 2022      | 全国              | NATIONAL",
            "中国儿童发展纲要（2021—2030年）                                     | PLAN              | 2021-2030 | 全国              | NATIONAL",
            "廣東省兒童發展規劃（2021—2030年）                                   | -                 | -         | -                 | -",
            "2022年《中国儿童发展纲要（2021—2030年）》统计监测报告\\n\\n国家统计局\\n\\n2022年是实施《纲要》的第二年 | MONITORING_REPORT | 2022 | 全国 | NATIONAL",
            "某某市儿童发展“十四五”规划中期评估报告\\n按照部署，于2023年10月至12月组织开展中期评估。 | EVALUATION | 2023 | 某某市 | CITY",
            // a year's account of how work went (工作情况) reports its figures
            "2023年某某市妇幼健康工作情况\\n全市孕产妇死亡率为7.9/10万，婴儿死亡率为2.6‰。 | MONITORING_REPORT | 2023 | 某某市 | CITY",
            // a goal's year to come (到2030年) is no year of a report whose title names its own
            "2023年某某区儿童发展规划统计监测报告\\n到2030年，某某区儿童之家覆盖率达到95%以上。 | MONITORING_REPORT | 2023 | 某某区 | DISTRICT",
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

    /** Pages as they are found: a site's furniture, a headline, a dateline, a lead that says what is reported. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // news about a province's statistics: the dateline's year is not the figures' year
            "首页 > 新闻\\n某某省儿童健康水平稳步提升\\n2024-05-20 09:30 来源：某某日报\\n日前，记者从湖南省统计局获悉，2023年全省婴儿死亡率为3.1‰，比上年下降0.2个千分点。"
                    + " | NEWS | MONITORING_REPORT | 湖南省 | PROVINCE | 2023",
            // news about a city's new plan: the cited plan gives the period, the headline's short name the region
            "绍兴出台儿童发展新规划\\n发布时间：2022年3月1日\\n近日，市政府印发《绍兴市儿童发展规划（2021—2030年）》，提出到2030年婴儿死亡率控制在3‰以下。"
                    + " | NEWS | PLAN | 浙江省绍兴市 | CITY | 2021-2030",
            // a national office's figures, read from the issuer and the cited outline
            "国家统计局发布监测报告\\n2023/12/29\\n国家统计局29日发布《中国儿童发展纲要（2021—2030年）》2022年统计监测报告，全国孕产妇死亡率为15.7/10万。"
                    + " | NEWS | MONITORING_REPORT | 全国 | NATIONAL | 2022",
            // 去年 in a dated item is the year before the dateline
            "儿童近视率有所下降\\n2023年7月2日 08:00\\n据介绍，去年我国儿童青少年总体近视率为51.9%，较前一年下降0.8个百分点。"
                    + " | NEWS | MONITORING_REPORT | 全国 | NATIONAL | 2022",
            // a national plan cited by its era alone, with no region in its title
            "11日印发的《“十四五”托育服务发展规划》明确，到2025年，每千人口拥有托位数达到4.5个。"
                    + " | NEWS | PLAN | 全国 | NATIONAL | 2021-2025",
            // a district's government issues a plan following its city's: the issuer's division, below the cited one
            "绵阳市涪城区人民政府\\n关于推进儿童友好城区建设的实施意见（2023—2025年）\\n根据《绵阳市人民政府关于推进儿童友好城市建设的实施意见》，结合本区实际，提出如下意见。\\n到2025年，全区儿童之家覆盖率达到95%。"
                    + " | PLAN | PLAN | 四川省绵阳市涪城区 | DISTRICT | 2023-2025",
            // a list of provinces in a site's menu names no page's region
            "城市：北京 天津 河北 山西 辽宁 吉林 江苏\\n宜昌市儿童发展规划（2021—2030年）\\n一、指导思想"
                    + " | PLAN | PLAN | 湖北省宜昌市 | CITY | 2021-2030"})
    void readsAPage(String page, String type, String about, String region, String level, String period) {
        String text = page.replace("\\n", "\n");
        DocumentProfile p = PROFILER.profile(text);
        assertEquals(DocumentType.valueOf(type), p.type(), () -> "type; evidence " + p.evidence());
        assertEquals(DocumentType.valueOf(about), p.about(), () -> "about; evidence " + p.evidence());
        assertEquals(region, p.region() == null ? null : p.region().fullName(), () -> "region; evidence " + p.evidence());
        assertEquals(Level.valueOf(level), p.level(), "level");
        assertEquals(Period.parse(period), p.period(), () -> "period; evidence " + p.evidence());
        assertTrue(p.evidence().stream().anyMatch(e -> e.field().equals("region") && !e.words().isEmpty()),
                () -> "the region's evidence: " + p.evidence());
    }

    /** A site's stamp of the day it is read (…日 星期六) gives way to the page's own date. */
    @Test
    void aCalendarStampIsNotTheDateline() {
        DocumentProfile p = PROFILER.profile("2024年06月29日 星期六\n某市儿童工作取得成效\n发布时间:2016-03-02 来源:某日报\n2015年，全市婴儿死亡率为3.1‰。");
        assertEquals(java.time.LocalDate.of(2016, 3, 2), p.dateline());
        DocumentProfile only = PROFILER.profile("2024年06月29日 星期六\n某市儿童工作取得成效\n2023年，全市婴儿死亡率为3.1‰。");
        assertEquals(java.time.LocalDate.of(2024, 6, 29), only.dateline());
    }

    /** A place's name inside a word (示范县 holds 范县) or in an aside that leaves it out (（不含…）) is no place of the page. */
    @Test
    void namesThatAreNoMentionOfThePage() {
        DocumentProfile model = PROFILER.profile("我县成功创建省级婴幼儿照护服务示范县\n全县每千人口托位数达到3.5个。");
        assertTrue(model.region() == null || !model.region().fullName().endsWith("范县"), String.valueOf(model.region()));
        DocumentProfile aside = PROFILER.profile("湖南省教育扶贫成效显著\n全省51个贫困县（不含长沙市芙蓉区）义务教育巩固率达到95%。");
        assertEquals("湖南省", aside.region().fullName());
    }

    /**
     * A news item dated after the plan it speaks of has ended tells how the plan went: it reports figures of the
     * plan's last year. One that names a year or an era to come may set goals, and stays about a plan.
     */
    @Test
    void newsDatedAfterItsPlanEndedReportsHowItWent() {
        DocumentProfile p = PROFILER.profile("欢迎访问某市妇女网\n发布日期:2021-05-10\n2020年是实施《某市儿童发展纲要(2011—2020年)》的收官之年。"
                + "\n全市出台儿童权益保障政策12件，可量化的儿童工作15项指标全面达标。");
        assertEquals(DocumentType.MONITORING_REPORT, p.about(), () -> "evidence " + p.evidence());
        assertEquals(2020, p.reportYear(), () -> "evidence " + p.evidence());
        DocumentProfile ahead = PROFILER.profile("欢迎访问某市妇女网\n发布日期:2021-05-10\n2020年是实施《某市儿童发展纲要(2011—2020年)》的收官之年。"
                + "\n全市出台儿童权益保障政策12件。“十四五”期间，全市将印发新一轮儿童发展规划。");
        assertEquals(DocumentType.PLAN, ahead.about(), () -> "evidence " + ahead.evidence());
    }

    /**
     * An address opens with its salutation and delegation (各位执委，同志们：, 受…委托): the year its first paragraph of
     * content opens with is the year it reports. A line of content closing with a colon is no salutation.
     */
    @Test
    void anAddressReportsTheYearItsContentOpensWith() {
        DocumentProfile p = PROFILER.profile("某县妇联工作报告\n各位执委，同志们：\n现在，我受县妇联常委会委托，向各位执委作工作报告。"
                + "\n2019年，全县各级妇女组织服务大局，取得新成效。\n一是新建村级妇女之家25个，组建率达到92.3%。");
        assertEquals(2019, p.reportYear(), () -> "evidence " + p.evidence());
        DocumentProfile listed = PROFILER.profile("某县妇联工作报告\n2019年，全县主要工作情况如下：\n一是新建村级妇女之家25个，组建率达到92.3%。");
        assertEquals(2019, listed.reportYear(), () -> "evidence " + listed.evidence());
    }

    /** A report whose lead names the year whose state it analyses (…2021年的实施情况进行了综合分析) reports that year. */
    @Test
    void aLeadNamingTheYearAnalysedDatesTheReport() {
        DocumentProfile p = PROFILER.profile("某省儿童发展纲要统计监测报告\n省统计局对纲要在七个领域2021年的实施情况进行了综合分析。"
                + "\n（一）儿童与健康。住院分娩率为99.6%，比上年提高0.2个百分点。");
        assertEquals(2021, p.reportYear(), () -> "evidence " + p.evidence());
    }

    /** A lead telling the meeting its news was learnt at (记者从2024年全市…会议上获悉) dates the news: 去年 is the year before. */
    @Test
    void aLeadTellingTheMeetingDatesTheNews() {
        DocumentProfile p = PROFILER.profile("某市卫生健康工作会议召开\n近日，记者从2024年全市卫生健康工作会议上获悉，去年全市婴儿死亡率降至2.1‰。");
        assertEquals(2024, p.writtenYear(), () -> "evidence " + p.evidence());
        DocumentProfile told = PROFILER.profile("某市卫生健康工作会议召开\n近日，记者了解到，2024年全市婴儿死亡率降至2.1‰。");
        assertNull(told.writtenYear(), () -> "evidence " + told.evidence());
    }

    @Test
    void aPlanPageWithASourceLineIsStillAPlan() {
        DocumentProfile p = PROFILER.profile("某某省儿童发展规划（2021—2030年）\n2022-04-14 14:19:50 来源：某某省人民政府办公厅\n序 言\n儿童是国家的未来。");
        assertEquals(DocumentType.PLAN, p.type(), () -> "evidence " + p.evidence());
        assertEquals(java.time.LocalDate.of(2022, 4, 14), p.dateline());
    }

    @Test
    void aDateTheTextTellsOfIsNoDateline() {
        DocumentProfile p = PROFILER.profile("某区新增公办幼儿园学位\n某报讯 近日，副区长调研计划于2025年9月1日投入使用的幼儿园。"
                + "今年新增学位1200个。");
        assertNull(p.dateline(), () -> "a date the lead tells of: " + p.evidence());
        DocumentProfile related = PROFILER.profile("某省妇女儿童发展规划终期评估发布\n某网1月5日讯 截至2020年底，全省孕产妇死亡率为15.1/10万。"
                + "\n相关新闻\n- 2011-09-27《某省妇女儿童发展规划》发布");
        assertNull(related.dateline(), () -> "the date of a related page: " + related.evidence());
        DocumentProfile posted = PROFILER.profile("某区新增公办幼儿园学位\n发表于 2024-6-2 11:50\n今年新增学位1200个。");
        assertEquals(java.time.LocalDate.of(2024, 6, 2), posted.dateline(), () -> "evidence " + posted.evidence());
    }

    @Test
    void aKindOfAreaInATitleIsNoPlace() {
        DocumentProfile p = PROFILER.profile("发布时间:2024-03-02 08:31\n昨日，省政府办公厅下发《关于提高边远地区儿童发展整体水平的意见》，"
                + "提出到2025年，儿童健康管理率达到90%。");
        assertNull(p.region(), () -> "边远地区 names a kind of area: " + p.evidence());
        DocumentProfile known = PROFILER.profile("阿里地区儿童发展规划（2021—2030年）\n序言");
        assertEquals("阿里地区", known.region().name(), () -> "a prefecture the gazetteer knows: " + known.evidence());
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
