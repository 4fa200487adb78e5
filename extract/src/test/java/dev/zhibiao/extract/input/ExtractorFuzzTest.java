package dev.zhibiao.extract.input;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.List;

/**
 * Random and mutated plan text yields only what the extractor documents: records inside the text with finite
 * values and quotes taken from it, or a typed {@link dev.zhibiao.error.ZhibiaoException}.
 */
class ExtractorFuzzTest {
    /** Characters plan text is made of, weighted towards numbers and the words around them. */
    private static final String ALPHABET = "0123456789０１２３４５６７８９.．%％‰‱,，、。；：（）()—-~～≥≤＞＜/ \n\t\u3000"
            + "一二三四五六七八九十百千万亿零〇两点成倍个百分千分之以上下内不低于超过达到降至提高降低每年到2025年儿童率人所";
    private static final List<String> WORDS = List.of("以上", "以下", "不低于", "不超过", "达到", "降至", "控制在",
            "分别", "百分之", "个百分点", "个千分点", "/10万", "每年", "到2025年", "较2020年", "基础上", "（国纲",
            "）", "专栏一", "\t≥95\n", "\t约束性\n", "一、", "（一）主要目标", "1．", "新生儿死亡率", "覆盖率");

    private static Extractor extractor;
    private static List<String> documents;

    @BeforeContainer
    static void load() {
        extractor = Extractor.create();
        documents = Corpus.bundled().documents().stream().map(Document::text).toList();
    }

    @Property(tries = 300)
    void randomPlanText(@ForAll("planLike") String text) {
        ExtractorRobustnessTest.checkOutcome(extractor, text, false);
    }

    @Property(tries = 150)
    void mutatedPlans(@ForAll("mutated") String text) {
        ExtractorRobustnessTest.checkOutcome(extractor, text, false);
    }

    @Provide
    Arbitrary<String> planLike() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> words = Arbitraries.of(WORDS);
        return Arbitraries.oneOf(chars, words).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Integer> doc = Arbitraries.integers().between(0, Math.max(0, documents.size() - 1));
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 3000);
        Arbitrary<String> insert = planLike();
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 3);
        return Combinators.combine(doc, where, length, insert, op, where).as((d, w, len, ins, o, w2) -> {
            String text = documents.get(d);
            int start = (int) (w * Math.max(0, text.length() - 1));
            String window = text.substring(start, Math.min(text.length(), start + len));
            int at = (int) (w2 * window.length());
            return switch (o) {
                case 0 -> window.substring(0, at) + ins + window.substring(at);      // insert noise
                case 1 -> window.substring(0, at / 2) + window.substring(at);        // cut a piece out
                case 2 -> window.substring(at) + window.substring(0, at);            // rotate: cut mid-sentence
                default -> window.substring(0, at) + window.substring(at / 2);        // repeat a piece
            };
        });
    }
}
