package dev.zhibiao.extract.input;

import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed numbers and pathological lines give records or a typed error, never a crash or a hang, and every
 * record stays inside the text with a finite value.
 */
class ExtractorRobustnessTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "儿童覆盖率达到1.2.3%以上。",
            "儿童覆盖率达到９９９９９９９９９９％以上。",
            "儿童覆盖率达到99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                    + "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                    + "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                    + "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999%。",
            "儿童覆盖率达到0.00000000000000000000000000000000000001%。",
            "儿童覆盖率达到百分之九十九点九九九九九九九九九九九九九九九九九九九九九九。",
            "儿童覆盖率达到九千九百九十九万九千九百九十九亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿%。",
            "新生儿死亡率降至1..5‰、.5‰、5.‰和‰以下。",
            "入园率达到95%%%以上，巩固率达到-98%，比例为1/0。",
            "每年降低0.5到到1个百分点，降低1到0.5个百分点，降低1—个百分点。",
            "2025年年年达到95%。20252025年达到96%。",
            "覆盖率≥≥95％，≤≥≤90%，＞＜5‰",
            "儿童覆盖率达到95",
            "%",
            "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０",
    })
    void oddNumbersGiveRecordsOrATypedError(String text) {
        checkOutcome(text);
    }

    @Test
    void oneMegabyteLineIsExtracted() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1 << 20) line.append("儿童健康水平不断提高，覆盖率达到95%以上，");
        checkOutcome(line.toString());
    }

    @Test
    void oneMegabyteLineWithoutPunctuationIsExtracted() {
        checkOutcome("儿童".repeat(1 << 19) + "达到95%");
    }

    static void checkOutcome(String text) {
        checkOutcome(extractor, text, true);
    }

    /**
     * Records inside the text, or a typed error. When {@code strict}, a typed error that only wraps an internal
     * failure (an index out of bounds, a null) fails too: for these examples nothing should go wrong inside.
     */
    static void checkOutcome(Extractor extractor, String text, boolean strict) {
        Extraction x;
        try {
            x = extractor.extract(text);
        } catch (ZhibiaoException e) {
            if (strict && e.getCause() instanceof RuntimeException cause && !(cause instanceof ZhibiaoException)) {
                throw new AssertionError("extraction crashed on [" + abbreviate(text) + "]: " + cause, cause);
            }
            return;
        }
        checkRecords(text, x);
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    static void checkRecords(String text, Extraction x) {
        for (Target t : x.records()) {
            if (t.value() != null) assertTrue(Double.isFinite(t.value()), "value not finite: " + t);
            if (t.span() != null) {
                assertTrue(t.span().end() <= text.length(), "span " + t.span() + " outside text of length "
                        + text.length() + ": " + t);
            }
            if (t.quote() != null) {
                assertTrue(text.contains(t.quote()), "quote is not in the text: [" + t.quote() + "] " + t);
            }
        }
        x.sections().forEach(s -> assertTrue(s.span().end() <= text.length(),
                "section " + s.path() + " span " + s.span() + " outside text of length " + text.length()));
    }
}
