package dev.zhibiao.extract.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EndingGuardTest {
    private static final EndingGuard GAP = EndingGuard.of("(?:尚差|还差|仍差)\\s*$", "差");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            距离目标尚差           | true
            距离目标还差\t\t       | true
            尚差3个百分点          | false
            差距较大              | false
            ''                   | false
            """)
    void findsAsThePatternDoes(String text, boolean expected) {
        assertEquals(expected, GAP.find(text), () -> "whether " + GAP.pattern() + " is found in " + text);
        assertEquals(GAP.pattern().matcher(text).find(), GAP.find(text), () -> "guarded and plain differ on " + text);
    }

    @Test
    void agreesWithThePatternOnRandomTextsAndRegions() {
        Random r = new Random(5);
        // spaces the pattern takes, line separators its $ allows before the end, and one it does not (\u3000)
        String alphabet = "尚还仍差目标 \t\n\r\u2028\u2029\u0085\u3000";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(GAP.pattern().matcher(text).find(), GAP.find(text), () -> "guarded and plain differ on " + escaped(text));
            int from = text.isEmpty() ? 0 : r.nextInt(text.length()), to = from + r.nextInt(text.length() - from + 1);
            if (GAP.pattern().matcher(text).region(from, to).find()) {
                assertEquals(true, GAP.mayEnd(text, from, to), () -> "a match passed over in " + escaped(text) + " [" + from + ", " + to + ")");
            }
        }
    }

    @Test
    void refusesAPatternThatDoesNotEndTheText() {
        assertThrows(IllegalArgumentException.class, () -> EndingGuard.of("尚差", "差"));
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c < 0x80 && c >= 0x20 || c > 0x3000 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }
}
