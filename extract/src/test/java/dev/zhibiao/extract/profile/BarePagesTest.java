package dev.zhibiao.extract.profile;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Short pages read bare, as {@code zhibiao extract page.txt} reads them: nothing is told, so what the page is,
 * whose its figures are and when they are for come from its own words. One row a phenomenon of time and
 * scope; each record shows as {@code indicator value (year) [kind, scope, base year]}.
 */
class BarePagesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static String show(List<Target> records) {
        return String.join(" ; ", records.stream().map(t -> t.indicator() + " " + t.valueText()
                + (t.year() == null ? "" : " (" + t.year() + ")") + " [" + t.kind().code() + ", " + t.scope().code()
                + (t.baselineYear() == null ? "" : ", base " + t.baselineYear()) + "]").toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a paragraph's opening year dates its clauses | 某省学前教育成绩单\\n2023-05-10 来源：某报\\n记者从湖南省统计局获悉：\\n2022年，全省学前教育毛入园率为91.5%、比上年提高1.2个百分点。普惠性幼儿园覆盖率达到88%。 | 学前教育毛入园率 91.5% (2022) [actual, local] ; 学前教育毛入园率 +1.2个百分点 (2022) [change, local, base 2021] ; 普惠性幼儿园覆盖率 88% (2022) [actual, local]
            a report's year dates a paragraph without one | 某省学前教育成绩单\\n2023-05-10 来源：某报\\n记者从湖南省统计局获悉，2022年全省在园幼儿230万人。\\n义务教育巩固率保持在97%以上。 | 在园幼儿 230万人 (2022) [actual, local] ; 义务教育巩固率 >=97% (2022) [actual, local]
            a year is not carried into the next paragraph | 某市儿童发展规划（2021—2025年）\\n到2025年，儿童医院床位达到500张。\\n婴儿死亡率控制在4‰以下。 | 儿童医院床位数 500张 (2025) [target, local] ; 婴儿死亡率 <=4‰ [target, local]
            the end of a from–to takes the sentence's year | 某市儿童发展规划（2021—2030年）\\n截至2020年，全市婴儿死亡率由2015年的6.2‰下降到3.9‰。 | 婴儿死亡率 6.2‰ (2015) [actual, local] ; 婴儿死亡率 3.9‰ (2020) [actual, local]
            去年 is the year before the dateline | 儿童近视调查结果发布\\n2021年7月1日 08:00\\n据介绍，去年我国儿童青少年总体近视率为52.1%。 | 儿童青少年总体近视率 52.1% (2020) [actual, national]
            the number right after 较上年 is last year's | 某省妇幼健康指标持续向好\\n2020-06-01 来源：某报\\n记者获悉，2019年全省婴儿死亡率为4.1‰，较上年4.4‰下降了6.8%。 | 婴儿死亡率 4.1‰ (2019) [actual, local] ; 婴儿死亡率 4.4‰ (2018) [actual, local] ; 婴儿死亡率 −6.8% (2019) [change, local, base 2018]
            the end of a five-year plan is a year | 某省儿童发展规划（2021—2025年）\\n一、发展现状\\n十三五末，全省孕产妇死亡率降至10.2/10万。 | 孕产妇死亡率 10.2/10万 (2020) [actual, local]
            a national office's figures are national | 国家统计局发布监测报告\\n2022年12月30日\\n国家统计局发布报告显示，2021年全国新生儿死亡率为3.1‰。 | 新生儿死亡率 3.1‰ (2021) [actual, national]
            从某年以来 is a change's baseline | 某省学前教育发展综述\\n2019-06-04 来源：某报\\n记者从某省统计局获悉，2018年全省学前三年毛入园率从2010年以来提高了30.2个百分点。 | 学前三年毛入园率 +30.2个百分点 (2018) [change, local, base 2010]
            a from–to ending in 缩小为 takes the sentence's year | 某省妇女发展纲要监测报告\\n2022-11-02 来源：某报\\n据省统计局发布的报告，2021年全省孕产妇死亡率城乡差距由2015年的3.2/10万缩小为0.9/10万。 | 孕产妇死亡率城乡差距 3.2/10万 (2015) [actual, local] ; 孕产妇死亡率城乡差距 0.9/10万 (2021) [actual, local]
            a goal cited from an outline is named by the clause before | 某省妇女发展纲要监测报告\\n2021-10-12 来源：某报\\n据省统计局发布的报告，2020年全省女性就业人员占就业人员的比重为44.1%，实现《纲要》“保持在40%以上”的目标。 | 女性就业人员占就业人员的比重 44.1% (2020) [actual, local] ; 女性就业人员占就业人员的比重 >=40% [target, local]
            a site's keyword line is not read | 某市儿童发展规划（2021—2030年）\\n热门_视频123_在线观看45人_免费下载_图片大全_手机版\\n\\n婴儿死亡率控制在4‰以下。 | 婴儿死亡率 <=4‰ [target, local]
            a count of plans describes the news, not children | 某市出台两个规划\\n2022-10-20 来源：某报\\n日前，市政府印发了妇女和儿童发展规划，这两个规划提出婴儿死亡率控制在4‰以下。 | 婴儿死亡率 <=4‰ [target, local]
            """)
    void readsABarePage(String phenomenon, String page, String expected) {
        String text = page.replace("\\n", "\n");
        var x = EXTRACTOR.extract(text);
        assertEquals(expected, show(x.records()), () -> phenomenon + "; profile " + x.profile().evidence());
    }
}
