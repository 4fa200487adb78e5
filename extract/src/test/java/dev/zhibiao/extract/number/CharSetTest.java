package dev.zhibiao.extract.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharSetTest {
    private static final CharSet SET = CharSet.of("0九十百千\uFFFF");

    @ParameterizedTest(name = "{0} in the set: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0       | true
            九      | true
            百      | true
            \uFFFF  | true
            1       | false
            /       | false
            八      | false
            万      | false
            \uFFFE  | false
            """)
    void holdsExactlyItsCharacters(char c, boolean expected) {
        assertEquals(expected, SET.contains(c),
                () -> "whether " + c + " (U+" + Integer.toHexString(c) + ") is in the set");
    }
}
