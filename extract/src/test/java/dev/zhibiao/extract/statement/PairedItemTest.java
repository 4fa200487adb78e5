package dev.zhibiao.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A population before its value is looked for only where the window ends in one, as the pattern finds it. */
class PairedItemTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            每天小学生                 | true
            、初中生                   | true
            和高中生\t                 | true
            睡眠时间达到               | false
            学生人数为                 | false
            ''                        | false
            """)
    void looksWhereThePatternFinds(String window, boolean expected) {
        String w = window == null ? "" : window;
        String text = "某某" + w + "10小时";
        int from = 2, to = 2 + w.length();
        boolean plain = StatementReader.PAIRED_ITEM.pattern().matcher(text).region(from, to).find();
        boolean guarded = StatementReader.PAIRED_ITEM.mayEnd(text, from, to)
                && StatementReader.PAIRED_ITEM.pattern().matcher(text).region(from, to).find();
        assertEquals(expected, plain, () -> "whether a population ends " + w);
        assertEquals(plain, guarded, () -> "guarded and plain differ on " + w);
    }
}
