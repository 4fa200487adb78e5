package dev.zhibiao.extract.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scans that stand in for the change reader's patterns answer as the patterns do. */
class ChangeReaderTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            高于全省平均水平
            比全国平均值高
            ，比男生高出
            比男生高出
            比上年提高
            比上一年多
            比全国平均水平高  
            低于全市均值\t
            比上年高
            覆盖率达到
            高于平均水平后达到
            ''
            """)
    void comparesAsThePatternDoes(String window) {
        String w = window == null ? "" : window;
        assertEquals(plain(w), guarded(w), () -> "guarded and plain differ on " + w);
    }

    private static boolean plain(String w) {
        return ChangeReader.COMPARED.matcher(w).find();
    }

    private static boolean guarded(String w) {
        return ChangeReader.mayCompare(w) && ChangeReader.COMPARED.matcher(w).find();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            儿童近视率下降了分别          | 儿童近视率下降
            覆盖率提高幅度达             | 覆盖率提高
            总数增加至少                | 总数增加
            比例了了达                  | 比例
            达                         | ''
            全面推进                    | 全面推进
            """)
    void takesOffTheWordsBetweenAsThePatternDoes(String window, String expected) {
        String e = expected == null ? "" : expected;
        assertEquals(e, ChangeReader.withoutTrailing(window), () -> "what is left of " + window);
        assertEquals(ChangeReader.TRAILING.matcher(window).replaceAll(""), ChangeReader.withoutTrailing(window),
                () -> "scan and pattern differ on " + window);
    }

    @Test
    void agreesWithThePatternsOnRandomWindows() {
        Random r = new Random(3);
        String[] pieces = {"了", "分别", "均", "都", "以上", "达", "幅度", "不低于", "至少", "低于", "约", "近", "不得",
                "高于", "平均水平", "平均值", "水平", "均值", "比", "全国", "高", "低", "出", "上年", "去年", "上一年", "提高",
                "率", "，", " ", "\t", "\u2028", "5"};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) sb.append(pieces[r.nextInt(pieces.length)]);
            String w = sb.toString();
            assertEquals(plain(w), guarded(w), () -> "guarded and plain differ on " + w);
            String s = w.strip();
            assertEquals(ChangeReader.TRAILING.matcher(s).replaceAll(""), ChangeReader.withoutTrailing(s),
                    () -> "scan and pattern differ on " + s);
        }
    }
}
