package dev.zhibiao.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A part of the plan after a count is looked for only where a part can open, as the pattern finds it. */
class PlanPartTest {
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            个领域提出要求          | 1 | true
            项主要目标             | 1 | true
            大方面                | 0 | true
            类的指标               | 0 | true
            个，覆盖全区            | 1 | false
            个儿童之家             | 1 | false
            个领域                 | 3 | false
            """)
    void findsAsThePatternDoes(String text, int from, boolean expected) {
        int to = text.length();
        boolean plain = from < to && SkipRules.PLAN_PART_WORDS.matcher(text).region(from, to).lookingAt();
        assertEquals(expected, SkipRules.planPartAt(text, from, to), () -> "whether a plan part opens " + text.substring(from));
        assertEquals(plain, SkipRules.planPartAt(text, from, to), () -> "guarded and plain differ on " + text.substring(from));
    }
}
