package dev.zhibiao.extract.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpeningGuardTest {
    private static final OpeningGuard TO_COME = OpeningGuard.of("到\\s*(?:19|20)\\d\\d\\s*年", "将(?:达到|实现)", "力争", "目标");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            到2035年，覆盖率将达到95%   | true
            力争提前完成               | true
            全年完成率为98%            | false
            到 年底                   | false
            ''                       | false
            """)
    void findsAsThePatternDoes(String text, boolean expected) {
        assertEquals(expected, TO_COME.find(text), () -> "whether " + TO_COME + " is found in " + text);
        assertEquals(TO_COME.pattern().matcher(text).find(), TO_COME.find(text), () -> "guarded and plain differ on " + text);
    }

    @Test
    void agreesWithThePatternOnRandomTexts() {
        Random r = new Random(11);
        String alphabet = "到将达实现力争目标20年 1。";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(25); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(TO_COME.pattern().matcher(text).find(), TO_COME.find(text), () -> "guarded and plain differ on " + text);
        }
    }

    @Test
    void readsItsCharactersFromTheAlternatives() {
        assertEquals("到将力目", TO_COME.openingChars(), "the characters the alternatives open with");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[到至]2025年", "(?:到|至)", "到?2025年", "\\d+%", "力争|目标", ".年"})
    void refusesAnAlternativeWithoutAPlainOpening(String alternative) {
        var e = assertThrows(IllegalArgumentException.class, () -> OpeningGuard.of("力争", alternative),
                () -> "expected " + alternative + " to be refused");
        assertEquals(true, e.getMessage().contains(alternative), () -> "message names the alternative, got " + e.getMessage());
    }
}
