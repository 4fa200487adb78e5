package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole statements and the records they give, one row a phenomenon: bounds and verbs read literally,
 * lists, several years, changes against a baseline, cited benchmarks, baselines and monitoring values.
 * Each record shows as {@code indicator valueText (year) [kind, scope]}; records are joined by " ; ".
 */
class StatementExamplesTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final Region DISTRICT = Region.of("某区", Level.DISTRICT, Region.of("某省", Level.PROVINCE));

    static String show(List<Target> records) {
        return String.join(" ; ", records.stream().map(t -> t.indicator() + " " + t.valueText()
                + (t.year() == null ? "" : " (" + t.year() + ")") + " [" + t.kind().code() + ", " + t.scope().code()
                + (t.baselineYear() == null ? "" : ", base " + t.baselineYear()) + "]").toList());
    }

    private static List<Target> plan(String text) {
        return EXTRACTOR.extract(new Document("t", "t", DISTRICT, new Period(2021, 2030), DocumentType.PLAN, null, text))
                .records();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率降至3‰以下。 | 新生儿死亡率 <=3‰ [target, local]
            学前教育毛入园率达到90%以上。 | 学前教育毛入园率 >=90% [target, local]
            普惠性幼儿园在园幼儿占比不低于85%。 | 普惠性幼儿园在园幼儿占比 >=85% [target, local]
            儿童伤害死亡率低于8.78/10万。 | 儿童伤害死亡率 <8.78/10万 [target, local]
            6岁儿童近视率控制在3.5%左右。 | 6岁儿童近视率 ~3.5% [target, local]
            九年义务教育巩固率保持在100%。 | 九年义务教育巩固率 100% [target, local]
            中小学生每天非学习目的使用电子屏幕产品累计不超过1小时。 | 中小学生每天非学习目的使用电子屏幕产品时间 <=1小时 [target, local]
            产科床位使用率高于85%。 | 产科床位使用率 >85% [target, local]
            孕产妇死亡率约为百分之零点一。 | 孕产妇死亡率 ~0.1% [target, local]
            婴儿死亡率降至千分之三点五以下。 | 婴儿死亡率 <=3.5‰ [target, local]
            高中阶段教育毛入学率达到九成以上。 | 高中阶段教育毛入学率 >=90% [target, local]
            新生儿、婴儿和5岁以下儿童死亡率分别降至2.0‰、3.0‰和4.0‰以下。 | 新生儿死亡率 <=2‰ [target, local] ; 婴儿死亡率 <=3‰ [target, local] ; 5岁以下儿童死亡率 <=4‰ [target, local]
            5岁以下儿童贫血率和生长迟缓率分别控制在9%和5%以下。 | 5岁以下儿童贫血率 <=9% [target, local] ; 5岁以下儿童生长迟缓率 <=5% [target, local]
            3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在90%以上。 | 3岁以下儿童系统管理率 >=90% [target, local] ; 7岁以下儿童健康管理率 >=90% [target, local]
            保证每天小学生10小时、初中生9小时、高中生8小时睡眠时间。 | 小学生每天睡眠时间 10小时 [target, local] ; 初中生每天睡眠时间 9小时 [target, local] ; 高中生每天睡眠时间 8小时 [target, local]
            学前教育毛入园率2025年达到93%，2030年达到95%以上。 | 学前教育毛入园率 93% (2025) [target, local] ; 学前教育毛入园率 >=95% (2030) [target, local]
            儿童伤害死亡率以2020年为基数下降20%。 | 儿童伤害死亡率 −20% [change, local, base 2020]
            儿童青少年总体近视率在2018年基础上每年降低1个百分点以上。 | 儿童青少年总体近视率 每年−>=1个百分点 [change, local, base 2018]
            近视率每年降低0.5到1个百分点。 | 近视率 每年−0.5–1个百分点 [change, local]
            新增3个省级标准青少年法治教育实践基地。 | 省级标准青少年法治教育实践基地 +3个 [change, local]
            建设15个儿童友好示范社区、20所儿童友好医院。 | 儿童友好示范社区数 15个 [target, local] ; 儿童友好医院数 20所 [target, local]
            每个街镇至少配备1名专职儿童社会工作者。 | 每个街镇配备专职儿童社会工作者数 >=1名 [target, local]
            90%以上的社区图书馆设立亲子阅读区。 | 社区图书馆设立亲子阅读区比例 >=90% [target, local]
            每位学生掌握1-2项运动技能。 | 每位学生掌握运动技能项数 1–2项 [target, local]
            保障学生每天校内、校外各1小时体育活动时间。 | 学生每天校内体育活动时间 1小时 [target, local] ; 学生校外体育活动时间 1小时 [target, local]
            到2025年，全州普惠性幼儿园覆盖率达到85%。 | 普惠性幼儿园覆盖率 85% (2025) [target, local]
            本省农村留守儿童关爱服务覆盖率达到百分之九十五以上。 | 农村留守儿童关爱服务覆盖率 >=95% [target, local]
            適齡兒童免疫規劃疫苗接種率以鄉鎮（街道）為單位保持在95%以上。 | 适龄儿童免疫规划疫苗接种率 >=95% [target, local]
            儿童青少年近视率每年降低0.5个百分点，“十四五”期间累计降低2.5个百分点。 | 儿童青少年近视率 每年−0.5个百分点 [change, local] ; 儿童青少年近视率 −2.5个百分点 [change, local]
            孕产妇和婴儿死亡率分别控制在10/10万和5‰以下。 | 孕产妇死亡率 <=10/10万 [target, local] ; 婴儿死亡率 <=5‰ [target, local]
            儿童超重、肥胖率增长幅度控制在年均0.5个百分点以内。 | 儿童超重、肥胖率增长幅度 每年+<=0.5个百分点 [change, local]
            每个县（区）至少有1所政府举办、标准化的妇幼保健机构。 | 每个县(区)政府举办、标准化的妇幼保健机构数 >=1所 [target, local]
            每名学生掌握1—2项运动技能和至少1项艺术特长。 | 每名学生掌握运动技能项数 1–2项 [target, local] ; 艺术特长项数 >=1项 [target, local]
            到2025年，60%的城市小学和40%的农村小学开设心理健康课程。 | 城市小学开设心理健康课程比例 60% (2025) [target, local] ; 农村小学开设心理健康课程比例 40% (2025) [target, local]
            建成10个示范社区、5所标准化的儿童医院。 | 示范社区数 10个 [target, local] ; 标准化的儿童医院数 5所 [target, local]
            3岁和6岁以下儿童健康管理率分别达到95%和93%。 | 3岁以下儿童健康管理率 95% [target, local] ; 6岁以下儿童健康管理率 93% [target, local]
            小学、初中和高中在校生中男生所占比例分别为52%、51%和49%。 | 小学在校生中男生所占比例 52% [target, local] ; 初中在校生中男生所占比例 51% [target, local] ; 高中在校生中男生所占比例 49% [target, local]
            初中毛入学率和初中巩固率分别达到98%和96%。 | 初中毛入学率 98% [target, local] ; 初中巩固率 96% [target, local]
            婴儿、5岁以下儿童死亡率分别降至4‰和6‰。 | 婴儿死亡率 4‰ [target, local] ; 5岁以下儿童死亡率 6‰ [target, local]
            人均预期寿命达到80.5岁，劳动年龄人口平均受教育年限达到11年。 | 人均预期寿命 80.5岁 [target, local] ; 劳动年龄人口平均受教育年限 11年 [target, local]
            PM2.5年均浓度下降8%。 | PM2.5年均浓度 −8% [change, local]
            确保每周小学生5课时、初中生4课时体育课。 | 小学生每周体育课 5课时 [target, local] ; 初中生每周体育课 4课时 [target, local]
            截至2020年底，婴儿死亡率下降至1.51‰。 | 婴儿死亡率 1.51‰ (2020) [actual, local]
            嬰兒死亡率降至5‰以下。 | 婴儿死亡率 <=5‰ [target, local]
            儿童龋患率上升势头得到遏制，控制在 3 0 % 以内。 | 儿童龋患率上升势头 <=30% [target, local]
            到二〇二五年，新生儿死亡率控制在千分之三以下，婴儿死亡率控制在千分之五以下；到二〇三〇年，分别控制在千分之二和千分之四以下。 | 新生儿死亡率 <=3‰ (2025) [target, local] ; 婴儿死亡率 <=5‰ (2025) [target, local] ; 新生儿死亡率 <=2‰ (2030) [target, local] ; 婴儿死亡率 <=4‰ (2030) [target, local]
            到2030年，儿童体质健康达标率达到85%—90%。 | 儿童体质健康达标率 85–90% (2030) [target, local]
            五岁以下儿童死亡率比全省平均水平低1个千分点。 | 五岁以下儿童死亡率 −1个千分点 [change, local]
            孕产妇死亡率控制在十万分之九以下。 | 孕产妇死亡率 <=9/10万 [target, local]
            每千人口拥有3岁以下婴幼儿托位数达到4.5个。 | 每千人口拥有3岁以下婴幼儿托位数 4.5个 [target, local]
            婴儿死亡率每年下降0.3个千分点。 | 婴儿死亡率 每年−0.3个千分点 [change, local]
            到2025年，儿童近视率比2020年下降5个百分点，小学生近视率降至38% | 儿童近视率 −5个百分点 (2025) [change, local, base 2020] ; 小学生近视率 38% (2025) [target, local]
            适龄儿童入学率达到98%（某市目标为98%，某省目标为97%）。 | 适龄儿童入学率 98% [target, local] ; 适龄儿童入学率 98% [target, city] ; 适龄儿童入学率 97% [target, provincial]
            适龄儿童免疫规划疫苗接种率保持在90%以上（国纲目标为“达到90%以上”，某省目标为保持在95%以上）。 | 适龄儿童免疫规划疫苗接种率 >=90% [target, local] ; 适龄儿童免疫规划疫苗接种率 >=90% [target, national] ; 适龄儿童免疫规划疫苗接种率 >=95% [target, provincial]
            """)
    void readsPlanStatements(String text, String expected) {
        assertEquals(expected, show(plan(text)), () -> "reading " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            产前筛查率达到98.62%，较2023年提高2.24个百分点。 | 产前筛查率 98.62% (2024) [actual, local] ; 产前筛查率 +2.24个百分点 (2024) [change, local, base 2023]
            5岁以下儿童贫血患病率为1.78%，较去年下降0.13个百分点，控制在3%以内。 | 5岁以下儿童贫血患病率 1.78% (2024) [actual, local] ; 5岁以下儿童贫血患病率 −0.13个百分点 (2024) [change, local, base 2023] ; 5岁以下儿童贫血患病率 <=3% [target, local]
            建卡率、建证率均为100%。 | 建卡率 100% (2024) [actual, local] ; 建证率 100% (2024) [actual, local]
            近三年共资助学生7.38万人次。 | 资助学生 7.38万人次 [actual, local]
            婴儿死亡率为2.1‰，比上年下降0.3个千分点。 | 婴儿死亡率 2.1‰ (2024) [actual, local] ; 婴儿死亡率 −0.3个千分点 (2024) [change, local, base 2023]
            全区共有幼儿园500多所，在园幼儿20万余人。 | 幼儿园 >500所 (2024) [actual, local] ; 在园幼儿 >20万人 (2024) [actual, local]
            近视率为50.3%，较规划基期（2020年）下降3.1个百分点，但距离2025年目标（≤47%）仍有差距。 | 近视率 50.3% (2024) [actual, local] ; 近视率 −3.1个百分点 (2024) [change, local, base 2020] ; 近视率 <=47% (2025) [target, local]
            每千名儿童拥有儿科医生1.08名，较2020年增加0.21名，增幅24.1%。 | 每千名儿童拥有儿科医生 1.08名 (2024) [actual, local] ; 每千名儿童拥有儿科医生 +0.21名 (2024) [change, local, base 2020] ; 每千名儿童拥有儿科医生 +24.1% (2024) [change, local, base 2020]
            托位数达到4.1个，距离2025年目标（4.5个）尚差0.4个。 | 托位数 4.1个 (2024) [actual, local] ; 托位数 4.5个 (2025) [target, local]
            幼儿园在园幼儿占比达到93.7%，提前完成规划目标（90%以上）。 | 幼儿园在园幼儿占比 93.7% (2024) [actual, local] ; 幼儿园在园幼儿占比 >=90% [target, local]
            婴儿死亡率由2020年的5.4‰下降到2023年的4.5‰。 | 婴儿死亡率 5.4‰ (2020) [actual, local] ; 婴儿死亡率 4.5‰ (2023) [actual, local]
            婴儿死亡率为4.5‰，较2023年的4.9‰下降0.4个千分点。 | 婴儿死亡率 4.5‰ (2024) [actual, local] ; 婴儿死亡率 4.9‰ (2023) [actual, local] ; 婴儿死亡率 −0.4个千分点 (2024) [change, local, base 2023]
            城市和农村社区儿童之家覆盖率分别达到95%和90%。 | 城市社区儿童之家覆盖率 95% (2024) [actual, local] ; 农村社区儿童之家覆盖率 90% (2024) [actual, local]
            小学生、初中生、高中生近视率分别为36%、71.1%和80.5%。 | 小学生近视率 36% (2024) [actual, local] ; 初中生近视率 71.1% (2024) [actual, local] ; 高中生近视率 80.5% (2024) [actual, local]
            婴儿死亡率4.5‰（2023年为4.9‰），孕产妇死亡率下降了31.2%。 | 婴儿死亡率 4.5‰ (2024) [actual, local] ; 婴儿死亡率 4.9‰ (2023) [actual, local] ; 孕产妇死亡率 −31.2% (2024) [change, local]
            学前教育毛入园率达到了92%。 | 学前教育毛入园率 92% (2024) [actual, local]
            入园率达到91%，年均降幅需达到1.6个百分点。 | 入园率 91% (2024) [actual, local] ; 入园率 每年−1.6个百分点 [change, local]
            在园幼儿数同比增长5.2%。 | 在园幼儿数 +5.2% (2024) [change, local, base 2023]
            乳腺癌死亡率是2020年的1.5倍。 | 乳腺癌死亡率 +1.5倍 (2024) [change, local, base 2020]
            低出生体重发生率为3.2/千。 | 低出生体重发生率 3.2‰ (2024) [actual, local]
            全年培训家长两千四百五人次。 | 培训家长 2450人次 (2024) [actual, local]
            拨付专项资金肆拾伍万元。 | 拨付专项资金 45万元 (2024) [actual, local]
            """)
    void readsMonitoringReports(String text, String expected) {
        Document d = new Document("r", "r", DISTRICT, new Period(2024, 2024), DocumentType.MONITORING_REPORT, null, text);
        assertEquals(expected, show(EXTRACTOR.extract(d).records()), () -> "reading " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            到2030年，全国婴儿死亡率降至5.0‰以下。 | 婴儿死亡率 <=5‰ (2030) [target, national]
            """)
    void aNationalDocumentsFiguresAreNational(String text, String expected) {
        Document d = new Document("n", "n", Region.NATIONAL, new Period(2021, 2030), DocumentType.PLAN, null, text);
        assertEquals(expected, show(EXTRACTOR.extract(d).records()), () -> "reading " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022年，婴儿死亡率为4.9‰，比2021年下降0.1个千分点。 | 婴儿死亡率 4.9‰ (2022) [actual, national] ; 婴儿死亡率 −0.1个千分点 (2022) [change, national, base 2021]
            普惠性幼儿园覆盖率和在园幼儿占比较2021年均提高0.2个百分点。 | 普惠性幼儿园覆盖率 +0.2个百分点 (2022) [change, national, base 2021] ; 在园幼儿占比 +0.2个百分点 (2022) [change, national, base 2021]
            学前教育毛入园率达到89.7%，比上年提高1.6个百分点。 | 学前教育毛入园率 89.7% (2022) [actual, national] ; 学前教育毛入园率 +1.6个百分点 (2022) [change, national, base 2021]
            义务教育巩固率达到95.5%，高于全国平均水平3.2个百分点。 | 义务教育巩固率 95.5% (2022) [actual, national] ; 义务教育巩固率 +3.2个百分点 (2022) [change, national]
            """)
    void readsANationalStatisticsReport(String text, String expected) {
        Document d = new Document("s", "s", Region.NATIONAL, new Period(2022, 2022), DocumentType.MONITORING_REPORT,
                null, text);
        assertEquals(expected, show(EXTRACTOR.extract(d).records()), () -> "reading " + text);
    }

    @ParameterizedTest(name = "{0} gives nothing")
    @ValueSource(strings = {
            "《某区儿童发展规划（2021—2030年）》已经区政府第30次常务会议审议通过。",
            "某府发〔2023〕7号",
            "本规划所称儿童是指未满十八周岁的未成年人。",
            "加强0—6岁儿童健康管理，推进5岁以下儿童营养改善。",
            "各部门要在规划颁布后1个月内报送实施方案。",
            "各单位应在收到通知后15天内提交整改报告。",
            "市妇儿工委办公室于评估结束后30日内向社会公布结果。",
            "深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神。",
            "“十四五”时期是儿童事业发展的关键时期。",
            "一是加强组织领导，二是强化统筹协调。",
            "6个月内婴儿纯母乳喂养。",
            "监测的20项指标中，已达到终期目标值的有12项。",
            "形成1个中心+N个站点的服务网络。"})
    void leavesOutWhatIsNotARecord(String text) {
        List<Target> r = plan(text);
        assertTrue(r.isEmpty(), () -> "expected no records in " + text + ", got " + show(r));
    }
}
