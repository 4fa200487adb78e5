package dev.zhibiao.extract.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The citation markers found from where a citation word opens are the ones the pattern finds at every position. */
class ScopeReaderTest {
    private static final ScopeReader READER = new ScopeReader();

    @ParameterizedTest
    @ValueSource(strings = {"（国纲目标为95%，某某省目标为96%）", "全市目标：90%", "国家2030年目标为3‰", "市级目标值为8个",
            "省“十四五”目标是", "某某市目标为", "覆盖率达到95%", "国家规划的目标", ""})
    void findsAsThePatternDoes(String text) {
        check(text, 0, text.length());
        if (text.length() > 4) check(text, 2, text.length() - 1);
    }

    @Test
    void agreesWithThePatternOnRandomLines() {
        Random r = new Random(19);
        String[] pieces = {"国纲", "国家", "全国", "纲要", "省", "市", "级", "规划", "目标", "值", "为", "是", "：", "的", "某",
                "河南", "全", "本", "2030年", "“十四五”", "（", "）", "95%", "，", " "};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) sb.append(pieces[r.nextInt(pieces.length)]);
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length()), to = from + r.nextInt(text.length() - from + 1);
            check(text, from, to);
        }
    }

    private static void check(String text, int from, int to) {
        List<String> plain = new ArrayList<>();
        Matcher m = READER.marker().matcher(text).region(from, to);
        while (m.find()) plain.add(shown(m));
        List<String> scanned = READER.markers(text, from, to).stream().map(ScopeReaderTest::shown).toList();
        assertEquals(plain, scanned, () -> "markers of " + text + " [" + from + ", " + to + ")");
    }

    private static String shown(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group(1) + "@" + m.start(1);
    }
}
