package dev.zhibiao.extract.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pipe-drawn tables read as tab-separated cells; pipes in running text stay. {@code \n} marks a line break. */
class PipeTablesTest {
    private final Normalizer normalizer = Normalizer.standard();

    private static String lines(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            | 1 | 婴儿死亡率 | ‰ | 3.05 | ≤3.0 | => 1\\t婴儿死亡率\\t‰\\t3.05\\t≤3.0
            | 指标 | 2025年 |\\n| --- | --- |\\n| 婴儿死亡率 | 5 | => 指标\\t2025年\\n婴儿死亡率\\t5
            | 指标 | 2025年 |\\n|:---:|---:|\\n| 入园率 | 90% | => 指标\\t2025年\\n入园率\\t90%
            ｜ 婴儿死亡率 ｜ ５ ｜ => 婴儿死亡率\\t5
            """)
    void readsPipeRowsAsTabbedCells(String input, String expected) {
        String text = normalizer.normalize(lines(input)).text();
        assertEquals(lines(expected).replace(" ", ""), text.replace(" ", ""), () -> "normalising " + input);
    }

    @ParameterizedTest(name = "{0} stays")
    @ValueSource(strings = {"甲|乙", "| 只有一格 |", "指标 | 2025年 | 2030年", "|---| 的说明"})
    void leavesPipesInTextAlone(String input) {
        assertEquals(input, normalizer.normalize(input).text(), () -> "expected no change to " + input);
    }
}
