package dev.zhibiao.extract.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumberTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            九十五, 95
            三点五, 3.5
            十二, 12
            十, 10
            两, 2
            一百零五, 105
            一千二百, 1200
            三万五千, 35000
            二〇二五, 2025
            零点五, 0.5
            1.12, 1.12
            100.00, 100
            9999999999, 9999999999
            两千四百五, 2450
            三百五, 350
            一万二, 12000
            两千四, 2400
            一百五十, 150
            十五, 15
            肆拾肆, 44
            壹佰伍拾, 150
            贰仟零捌, 2008
            叁点伍, 3.5
            """)
    void reads(String text, double expected) {
        assertEquals(expected, ChineseNumber.parse(text), 1e-9, () -> "reading " + text);
    }

    @ParameterizedTest(name = "{0} is no number")
    @ValueSource(strings = {"", "1.2.3", "1.", ".5", "9999999999999999999", "百分", "点五", "三点", "一二x"})
    void refuses(String text) {
        assertNull(ChineseNumber.parse(text), () -> "expected no number in \"" + text + "\"");
    }
}
