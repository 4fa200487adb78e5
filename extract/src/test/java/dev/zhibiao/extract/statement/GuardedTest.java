package dev.zhibiao.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuardedTest {
    private static final Guarded GAP = Guarded.of("(?:尚差|还差|仍差)\\s*$", "差");
    private static final Guarded EACH = Guarded.of("(?<![年平人日月周])均|都|各", "均都各");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            距离目标尚差           | true
            距离目标还差           | true
            差距较大，尚未达到      | false
            目标已经实现           | false
            ''                   | false
            """)
    void findsAtTheEnd(String text, boolean expected) {
        assertEquals(expected, GAP.find(text), () -> "whether " + GAP.pattern() + " is found in " + text);
        assertEquals(GAP.pattern().matcher(text).find(), GAP.find(text), () -> "guarded and plain differ on " + text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            建卡率、建证率均为     | true
            各校                 | true
            人均                 | false
            年均增长             | false
            覆盖率达到            | false
            """)
    void findsAnywhereAsThePatternDoes(String text, boolean expected) {
        assertEquals(expected, EACH.find(text), () -> "whether " + EACH.pattern() + " is found in " + text);
        assertEquals(EACH.pattern().matcher(text).find(), EACH.find(text), () -> "guarded and plain differ on " + text);
    }
}
