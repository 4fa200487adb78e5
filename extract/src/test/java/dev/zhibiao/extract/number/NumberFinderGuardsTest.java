package dev.zhibiao.extract.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bound after a number and the sign before it are looked for only where their characters stand, as the patterns find them. */
class NumberFinderGuardsTest {
    private static final NumberFinder FINDER = NumberFinder.standard();

    @ParameterizedTest
    @ValueSource(strings = {"以上", " 及以上的", "\t左右", "以", "上下文", "，以上", "之内", "或", "", "  "})
    void findsABoundAfterAsThePatternDoes(String after) {
        String text = "达到90%" + after;
        int from = 5, to = text.length();
        boolean plain = FINDER.suffix.matcher(text).region(from, to).find();
        boolean guarded = FINDER.suffixMayFollow(text, from, to) && FINDER.suffix.matcher(text).region(from, to).find();
        assertEquals(plain, guarded, () -> "guarded and plain differ after the number in " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥", "率>=", "≤ ", "为=", "率为", "<", "≈", "", "a>b"})
    void findsASignBeforeAsThePatternDoes(String before) {
        boolean plain = NumberFinder.SIGN.matcher(before).find();
        boolean guarded = NumberFinder.signMayPrecede(before, 0, before.length()) && NumberFinder.SIGN.matcher(before).find();
        assertEquals(plain, guarded, () -> "guarded and plain differ on " + before);
    }
}
