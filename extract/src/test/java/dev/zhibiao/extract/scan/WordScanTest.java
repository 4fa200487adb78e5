package dev.zhibiao.extract.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WordScanTest {
    /** Listed with a shorter word before a longer one of the same opening, as an alternation may be. */
    private static final List<String> WORDS = List.of("全省", "我省", "全省妇联", "省统计局", "统计", "统计局", ">");
    private static final WordScan SCAN = WordScan.of(WORDS);
    private static final Pattern PLAIN = Pattern.compile(String.join("|", WORDS.stream().map(Pattern::quote).toList()));

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全省妇联召开会议              | 全省
            据省统计局消息，全省…          | 省统计局,全省
            统计局发布                   | 统计
            首页 > 新闻 > 全省要闻         | >,>,全省
            某县儿童发展规划              | ''
            ''                          | ''
            """)
    void findsWhatTheAlternationFinds(String text, String expected) {
        List<String> got = SCAN.findAll(text).stream().map(WordScan.Hit::word).toList();
        assertEquals(expected, String.join(",", got), () -> "words found in " + text);
        assertEquals(plain(text), SCAN.findAll(text), () -> "scan and pattern differ on " + text);
    }

    @Test
    void agreesWithTheAlternationOnRandomTexts() {
        Random r = new Random(7);
        String alphabet = "全省我统计局妇联>市县，。 ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(plain(text), SCAN.findAll(text), () -> "scan and pattern differ on " + text);
            assertEquals(PLAIN.matcher(text).find(), SCAN.in(text), () -> "in() and find() differ on " + text);
        }
    }

    @Test
    void refusesAnEmptyWord() {
        var e = assertThrows(IllegalArgumentException.class, () -> WordScan.of("全省", ""));
        assertEquals(true, e.getMessage().contains("empty"), () -> "message names the empty word, got " + e.getMessage());
    }

    private static List<WordScan.Hit> plain(String text) {
        List<WordScan.Hit> out = new ArrayList<>();
        Matcher m = PLAIN.matcher(text);
        while (m.find()) out.add(new WordScan.Hit(m.start(), m.end(), m.group()));
        return out;
    }
}
