package dev.zhibiao.extract.profile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scans that stand in for patterns answer as the patterns do. */
class ReportYearTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全区共有学校12所             | true
            覆盖率为 95.5 %              | true
            新建场馆3.2万平方米           | true
            1998年出生                   | false
            第3批名单                    | false
            共7\t个                      | true
            数值2.                       | false
            ''                          | false
            """)
    void findsAFigureAsThePatternDoes(String text, boolean expected) {
        assertEquals(expected, ReportYear.hasFigure(text), () -> "whether a figure is in " + text);
        assertEquals(ReportYear.FIGURE.matcher(text).find(), ReportYear.hasFigure(text), () -> "scan and pattern differ on " + text);
    }

    @Test
    void agreesWithThePatternsOnRandomTexts() {
        Random r = new Random(11);
        String alphabet = "0123.5 \t\n%‰/万亿岁个所人次平方米年至到-—~比为，。";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(24); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(ReportYear.FIGURE.matcher(text).find(), ReportYear.hasFigure(text), () -> "scan and pattern differ on " + text);
            if (ReportYear.PERIOD.matcher(text).find()) assertEquals(true, ReportYear.mayHoldPeriod(text), () -> "a period passed over in " + text);
        }
        // periods, which random characters seldom make
        for (String p : new String[] {"2021—2030年", "2021-2025", "2016年至2020年", "2021 ~ 2025"}) {
            assertEquals(true, ReportYear.PERIOD.matcher(p).find() && ReportYear.mayHoldPeriod(p), () -> "a period passed over in " + p);
        }
    }
}
