package dev.zhibiao.extract.statement;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The time and base words are taken off a subject only where their characters stand, as the plain patterns do. */
class IndicatorNamerOpeningTest {
    private static final List<String> PIECES = List.of("到", "2025年", "截至", "2020年底", "近三年来", "以来", "较", "上年",
            "同比", "比全省平均水平高", "在此基础上", "以2020年为基数", "儿童", "覆盖率", "达到", " ", "\u3000", "“十四五”期末",
            "与", "（2020年）", "相比", "超过", "全国", "水平", "1", "9", "1-3月份", "12月", "6月龄", "一季度", "上半年", "全年",
            "期末", "规划期末", "是上年的", "为去年的", "继2019年首次", "远高于规划“", "高于城市", "比城市高", "较“十二五”",
            "以学校为单位", "目标值", "低于", "五");

    @Test
    void takesOffWhatThePlainPatternsTakeOff() {
        Random r = new Random(23);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(9); i > 0; i--) sb.append(PIECES.get(r.nextInt(PIECES.size())));
            String s = sb.toString();
            assertEquals(IndicatorNamer.BASE.matcher(s).replaceAll(""), IndicatorNamer.withoutBase(s), () -> "base words of " + s);
            assertEquals(IndicatorNamer.TIME.matcher(s).replaceAll(""), IndicatorNamer.withoutTime(s), () -> "time words of " + s);
        }
    }

    @Test
    void leavesTextWithoutThemAlone() {
        assertEquals("儿童之家覆盖率", IndicatorNamer.withoutTime(IndicatorNamer.withoutBase("儿童之家覆盖率")));
        assertEquals("儿童之家覆盖率", IndicatorNamer.withoutTime(IndicatorNamer.withoutBase("到2025年儿童之家覆盖率较上年")));
    }
}
