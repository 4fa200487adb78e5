package dev.zhibiao.compare;

import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.zhibiao.compare.Targets.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks a plan gets on its own, each with counter-examples that must stay silent. */
class ConsistencyTest {
    private static List<Warning> warnings(Target... records) {
        return Comparison.of(Plans.plan("东湖区", 2021, 2030, records)).withResolver(IndicatorResolver.byName())
                .consistency();
    }

    private static long count(List<Warning> ws, Warning.Type type) {
        return ws.stream().filter(w -> w.type() == type).count();
    }

    @ParameterizedTest(name = "{0}: {1} then {2} → {3} warnings")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率     | 2025:2‰     | 2030:3‰     | 1
            新生儿死亡率     | 2025:3‰     | 2030:2‰     | 0
            新生儿死亡率     | 2025:<=3‰   | 2030:<=3‰   | 0
            学前教育毛入园率 | 2025:93%    | 2030:>=90%  | 1
            学前教育毛入园率 | 2025:90%    | 2030:>=93%  | 0
            学前教育毛入园率 | 2025:90%    | 2030:>=93个 | 0
            """)
    void laterTargetLooser(String indicator, String first, String second, int expected) {
        List<Warning> ws = warnings(t(indicator, first), t(indicator, second));
        assertEquals(expected, count(ws, Warning.Type.LATER_TARGET_LOOSER), "warnings: " + ws);
    }

    @ParameterizedTest(name = "{0}: baseline {1} against {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率     | 2020:1.21‰ | 2030:<1.3‰  | 1
            新生儿死亡率     | 2020:1.5‰  | 2030:<1.3‰  | 0
            学前教育毛入园率 | 2020:99%   | 2030:>=93%  | 1
            学前教育毛入园率 | 2020:85%   | 2030:>=93%  | 0
            学前教育毛入园率 | 2020:99个  | 2030:>=93%  | 0
            学前教育毛入园率 | 2031:99%   | 2030:>=93%  | 0
            """)
    void baselineAlreadyMet(String indicator, String baseline, String goal, int expected) {
        List<Warning> ws = warnings(t(indicator, baseline, Kind.ACTUAL, Scope.LOCAL), t(indicator, goal));
        assertEquals(expected, count(ws, Warning.Type.BASELINE_ALREADY_MET), "warnings: " + ws);
    }

    @ParameterizedTest(name = "cites the outline''s {0} as {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率 | <=3‰ | 0
            新生儿死亡率 | 3‰   | 1
            新生儿死亡率 | <=4‰ | 1
            婴儿死亡率   | <=5‰ | 0
            儿童肥胖率   | <=9% | 0
            """)
    void citationDiffersFromTheBundledOutline(String indicator, String cited, int expected) {
        List<Warning> ws = warnings(t(indicator, cited, Kind.TARGET, Scope.NATIONAL));
        assertEquals(expected, count(ws, Warning.Type.CITATION_DIFFERS), "warnings: " + ws);
    }
}
