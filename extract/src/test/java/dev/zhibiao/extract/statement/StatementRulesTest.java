package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.specs.RecordSpecReader;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.SkippedNumber;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every declared rule decides its example and not its counter-example, read through the whole extractor. */
class StatementRulesTest {

    /** The codes of the rules that made the records of a text, and that left its numbers out. */
    private static List<String> codes(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Target t : x.records()) out.addAll(t.rules());
        for (SkippedNumber s : x.skipped()) out.add(s.rule());
        return out;
    }

    private static String shown(Extraction x) {
        StringBuilder sb = new StringBuilder();
        for (Target t : x.records()) sb.append("\n  ").append(t.indicator()).append(' ').append(t.valueText()).append(' ').append(t.rules());
        for (SkippedNumber s : x.skipped()) sb.append("\n  skipped ").append(s.text()).append(' ').append(s.rule());
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExample() {
        return StatementRules.all().stream().map(r -> DynamicTest.dynamicTest(r.code() + " decides: " + r.example(), () -> {
            Extraction x = RecordSpecReader.extract(r.context(), r.example());
            assertTrue(codes(x).contains(r.code()),
                    () -> "expected " + r.code() + " to decide «" + r.example() + "» (" + r.context() + "), got" + shown(x));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noRuleDecidesItsCounterExample() {
        return StatementRules.all().stream().map(r -> DynamicTest.dynamicTest(r.code() + " leaves: " + r.counterExample(), () -> {
            Extraction x = RecordSpecReader.extract(r.context(), r.counterExample());
            assertFalse(codes(x).contains(r.code()),
                    () -> "expected " + r.code() + " not to decide «" + r.counterExample() + "» (" + r.context() + "), got" + shown(x));
            assertFalse(x.records().isEmpty() && x.skipped().isEmpty(),
                    () -> "a counter-example must still read a number: «" + r.counterExample() + "»");
        }));
    }

    @Test
    void rulesHaveOneCodeEachAndAreListedStageByStage() {
        Set<String> seen = new HashSet<>();
        Stage last = Stage.values()[0];
        for (Rule r : StatementRules.all()) {
            assertTrue(seen.add(r.code()), () -> "two rules have the code " + r.code());
            assertTrue(r.stage().compareTo(last) >= 0, () -> r.code() + " is listed after a later stage's rule");
            last = r.stage();
            assertNotNull(StatementRules.byCode(r.code()));
        }
        for (Stage s : Stage.values()) {
            assertTrue(StatementRules.all().stream().anyMatch(r -> r.stage() == s), () -> "stage " + s + " declares no rule");
        }
        assertEquals(null, StatementRules.byCode("name:no-such-rule"));
    }
}
