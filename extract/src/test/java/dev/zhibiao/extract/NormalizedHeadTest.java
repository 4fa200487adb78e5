package dev.zhibiao.extract;

import dev.zhibiao.extract.normalize.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page's head taken from the line-by-line normalised text reads as the head normalised anew: the same lines,
 * once stripped and blank ones left out, whatever the page holds (glosses, traditional characters, full-width
 * digits, blank lines, a line cut short, a carriage return).
 */
class NormalizedHeadTest {
    /** The head as the profiler takes it: the first lines, stripped, blank ones left out, each at most {@code cut}. */
    private static String head(String text, int lines, int cut) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            if (out.size() == lines) break;
            if (!l.isBlank()) out.add(l.strip().length() > cut ? l.strip().substring(0, cut) : l.strip());
        }
        return String.join("\n", out);
    }

    private static List<String> lines(String s) {
        return Arrays.stream(s.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "某縣兒童發展規劃\n\n  第一章　總則  \n到２０２５年，嬰兒死亡率降至５‰以下。\n",
            "標(biāo)題\r\n正文一行，覆蓋率達到 90 %。\r\n\r\n第二行",
            "只有一行",
            "\n\n\n开头是空行\n　\n然后一行\n最后一行没有换行",
            "一行很长很长的正文，其中写到入园率达到百分之九十以上，巩固率也有提高，然后还有很多字\n下一行",
    })
    void theHeadFromTheNormalisedLinesReadsAsTheHeadNormalisedAnew(String page) {
        String normalizedLines = Normalizer.lineByLine().normalize(page).text();
        for (int cut : new int[] {800, 20}) {
            for (int n : new int[] {1, 2, 40}) {
                String head = head(page, n, cut);
                String anew = Normalizer.lineByLine().normalize(head).text();
                assertEquals(lines(anew), lines(Extractor.normalizedHead(head, page, normalizedLines)),
                        "head of " + n + " lines cut at " + cut);
            }
        }
    }
}
