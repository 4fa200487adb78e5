package dev.zhibiao.extract.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cell or paragraph becomes one line; breaks and spaces survive only between Latin words or digits. */
class CellsTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = ';', value = {
            "'责任\n单位';                    责任单位",
            "'指标名称\n（单位）';            指标名称（单位）",
            "'≥ 95';                          ≥95",
            "'　　儿童健康水平不断提高。';     儿童健康水平不断提高。",
            "'2025 年';                       2025年",
            "'1 2';                           1 2",
            "'Apgar  score';                  Apgar score",
            "'\u00A0达到\u00A090%\u00A0';      达到90%",
            "'  ';                            ''",
    })
    void clean(String raw, String expected) {
        assertEquals(expected, Cells.clean(raw), "cleaning [" + raw + "]");
    }
}
