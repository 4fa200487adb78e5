package dev.zhibiao.extract.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year reader searches a sentence for an expression only when it holds the characters every match of it holds;
 * the patterns themselves show no match is passed over.
 */
class YearReaderTest {
    @ParameterizedTest
    @ValueSource(strings = {"2021—2030年", "2016年至2020年", "以2020年为基数", "较2023年", "在2018年基础上",
            "较规划基期（2020年）相比", "与(2019年)", "2025年底达到", "较去年下降", "同比增长", "比上一年", "较上年", "2020 年"})
    void holdsWhatEachMatchHolds(String text) {
        check(text);
    }

    @Test
    void holdsWhatEachMatchHoldsOnRandomTexts() {
        Random r = new Random(13);
        String[] pieces = {"2020", "19", "20", "1", "年", "底", "—", "-", "至", "到", "以", "较", "比", "在", "与", "同",
                "（", "(", "）", ")", "基期", "基础上", "为基数", "相比", "去", "上", "一", "前", " ", "，", "率", "5"};
        for (int n = 0; n < 10000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(10); i > 0; i--) sb.append(pieces[r.nextInt(pieces.length)]);
            check(sb.toString());
        }
    }

    private static void check(String t) {
        int marks = YearReader.marks(t, 0, t.length());
        boolean year = (marks & YearReader.YEAR_MARK) != 0, range = (marks & YearReader.RANGE_MARK) != 0;
        boolean opener = (marks & YearReader.OPENER_MARK) != 0, bracket = (marks & YearReader.BRACKET_MARK) != 0;
        if (YearReader.PERIOD.matcher(t).find()) assertTrue(range, () -> "a period without a range mark in " + t);
        if (YearReader.BASELINE.matcher(t).find()) assertTrue(year && opener, () -> "a baseline passed over in " + t);
        if (YearReader.NAMED_BASELINE.matcher(t).find()) {
            assertTrue(year && opener && bracket, () -> "a named baseline passed over in " + t);
        }
        if (YearReader.YEAR.matcher(t).find()) assertTrue(year, () -> "a year passed over in " + t);
        if (YearReader.RELATIVE.matcher(t).find()) {
            assertTrue(YearReader.mayHoldRelative(t, 0, t.length()), () -> "a relative baseline passed over in " + t);
        }
    }
}
