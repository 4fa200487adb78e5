package dev.zhibiao.extract.normalize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplifiedFormsTest {
    private static final SimplifiedForms FORMS = SimplifiedForms.hanlp();

    @Test
    void readsHanlpsOwnTable() {
        assertTrue(FORMS.local(), () -> "expected HanLP's table to be read and confirmed, got " + FORMS);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"嬰兒死亡率降至5‰以下", "提高3個百分點", "學前教育毛入園率", "一目瞭然的規劃", "孕產婦系統管理率",
            "新生儿死亡率", "", "2025年 ９０％", "乾隆年間的乾燥天氣",
            // first characters that open many words, which are looked up by their second: at the end, before an
            // unknown second character, and before a known one
            "覆", "反覆", "覆蓋率達到95%", "於是於", "藉口藉", "乾乾淨淨", "覆x", "瞭"})
    void convertsAsHanlpDoes(String text) {
        assertEquals(HanLP.convertToSimplifiedChinese(text), FORMS.convert(text), () -> "conversion of " + text);
    }

    @Test
    void convertsEveryWordOfTheTableAndItsNeighboursAsHanlpDoes() throws Exception {
        List<String> words = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                IOUtil.newInputStream(HanLP.Config.tcDictionaryRoot + "t2s.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq > 0) words.add(line.substring(0, eq));
            }
        }
        assertTrue(words.size() > 1000, () -> "expected HanLP's table, got " + words.size() + " words");
        for (String w : words) {
            assertEquals(HanLP.convertToSimplifiedChinese(w), FORMS.convert(w), () -> "conversion of " + w);
        }
        // words run together overlap and nest, as in running text: the longest at each position must win
        Random random = new Random(3);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                String w = words.get(random.nextInt(words.size()));
                sb.append(random.nextBoolean() ? w : w.substring(random.nextInt(w.length())));
                if (random.nextInt(4) == 0) sb.append("儿童");
            }
            String text = sb.toString();
            assertEquals(HanLP.convertToSimplifiedChinese(text), FORMS.convert(text), () -> "conversion of " + text);
        }
    }
}
