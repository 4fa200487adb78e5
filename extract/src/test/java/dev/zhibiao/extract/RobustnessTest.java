package dev.zhibiao.extract;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd input never breaks the extractor, and whatever it finds still points into the text. */
class RobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final String ALPHABET = "0123456789０１９.．%％‰、，。；：（）()“”《》\n\t 一二两三十百千万亿点成个名所次"
            + "年岁月日第每以上下内约近超低于高达到降至提高下降较为基数率儿童健康与主要目标策略措施专栏〔〕-—~/";

    static Stream<String> noise() {
        Random r = new Random(20240601L);
        return IntStream.range(0, 150).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(i < 100 ? 200 : 3000);
            for (int k = 0; k < n; k++) sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            return sb.toString();
        });
    }

    @ParameterizedTest(name = "noise {index}")
    @MethodSource("noise")
    void survivesNoise(String text) {
        check(text, EXTRACTOR.extract(text));
    }

    @ParameterizedTest(name = "fragment {index}")
    @ValueSource(strings = {"", " ", "\n\n\n", "。", "%", "‰‰‰", "一", "100", "９９９９９９９９９９％", "1.2.3%",
            "新生儿死亡率降至", "降至3‰以", "（国纲目标为“", "专栏", "专栏1\n\t", "\t（%）\n\t＜", "[bookmark: _Toc1",
            "二〇二五年达到百分之", "十万分之", "1/10万", "分别降至2‰、、和"})
    void survivesFragments(String text) {
        check(text, EXTRACTOR.extract(text));
    }

    @ParameterizedTest(name = "cut {index}")
    @MethodSource("cuts")
    void survivesDocumentsCutAnywhere(String text) {
        check(text, EXTRACTOR.extract(text));
    }

    static Stream<String> cuts() {
        Random r = new Random(7L);
        return Corpus.bundled().documents().stream().flatMap(d -> IntStream.range(0, 4).mapToObj(i -> {
            int a = r.nextInt(d.text().length()), b = r.nextInt(d.text().length());
            return d.text().substring(Math.min(a, b), Math.max(a, b));
        }));
    }

    private static void check(String text, Extraction x) {
        for (Target t : x.records()) {
            assertTrue(text.contains(t.quote()), () -> t + ": quote not in the text");
            assertTrue(t.span().end() <= text.length(), () -> t + ": span " + t.span() + " outside the text");
        }
    }
}
