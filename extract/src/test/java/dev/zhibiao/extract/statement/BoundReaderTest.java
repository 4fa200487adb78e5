package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.model.Bound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bound word read back from a number is the one the plain reading, word by word, takes. */
class BoundReaderTest {
    private static final BoundReader READER = new BoundReader();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            覆盖率不低于              | >=
            覆盖率不得低于            | >=
            至少达到                 | >=
            超重率的控制目标是保持在     | -
            约                      | ~
            约为                     | ~
            履约率为                  | -
            接近                     | ~
            近视率达到                | -
            低于全国，高于            | >
            ''                      | -
            """)
    void readsTheNearestWord(String window, String expected) {
        String w = window == null ? "" : window;
        assertEquals(expected == null ? null : Bound.of(expected), READER.prefix(w), () -> "the bound before " + w);
        assertEquals(plain(w), READER.prefix(w), () -> "the scan and the plain reading differ on " + w);
    }

    @Test
    void agreesWithThePlainReadingOnRandomWindows() {
        Random r = new Random(17);
        List<String> pieces = new ArrayList<>(Vocabulary.bounds().words());
        pieces.addAll(List.of("不", "得", "低", "于", "覆盖率", "达到", "控制在", "，", "视", " ", "5%"));
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) sb.append(pieces.get(r.nextInt(pieces.size())));
            String w = sb.toString();
            assertEquals(plain(w), READER.prefix(w), () -> "the scan and the plain reading differ on " + w);
        }
    }

    /** Each word's last place in the window; the word ending nearest the number wins, the longer on a tie. */
    private static Bound plain(String window) {
        List<String> byLength = new ArrayList<>(Vocabulary.bounds().words());
        byLength.sort(java.util.Comparator.comparingInt(String::length).reversed());
        int bestAt = -1;
        String best = null;
        for (String w : byLength) {
            int at = window.lastIndexOf(w);
            if (at < 0 || w.length() == 1 && window.length() - at > 8) continue;
            int end = at + w.length();
            if (best == null || end > bestAt + best.length() || end == bestAt + best.length() && w.length() > best.length()) {
                best = w;
                bestAt = at;
            }
        }
        if (best == null || best.equals("近") && bestAt + 1 < window.length()) return null;
        // a single character followed by anything but a verb of level is inside a word (履约率为)
        int end = bestAt + best.length();
        if (best.length() == 1 && end < window.length() && "为达在是有占计合".indexOf(window.charAt(end)) < 0
                && !Character.isWhitespace(window.charAt(end))) {
            return null;
        }
        return Bound.of(Vocabulary.bounds().value(best));
    }
}
