package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.zhibiao.compare.Targets.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One plan target against one benchmark target: polarity, bounds, units, kinds and horizons. */
class JudgeTest {
    private static final Benchmark OUTLINE = new Benchmark("outline", Region.NATIONAL, 2030, Benchmark.Origin.BUNDLED, List.of());

    private static Assessment judge(Polarity pol, String plan, String ref) {
        Indicator ind = new Indicator("x", "指标", List.of(), Unit.NONE, pol, Domain.HEALTH, null);
        return Judge.judge("某区", ind, t("指标", plan), 2030, OUTLINE, t("指标", ref), null);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            LOWER_IS_BETTER  | <=2‰     | <=3‰     | STRICTER
            LOWER_IS_BETTER  | <=3‰     | <=3‰     | SAME
            LOWER_IS_BETTER  | <3‰      | <=3‰     | SAME
            LOWER_IS_BETTER  | 3‰       | <=3‰     | SAME
            LOWER_IS_BETTER  | <=4‰     | <=3‰     | LOOSER
            LOWER_IS_BETTER  | 3.5%     | <=10%    | STRICTER
            HIGHER_IS_BETTER | >=95%    | >=90%    | STRICTER
            HIGHER_IS_BETTER | >=90%    | >90%     | SAME
            HIGHER_IS_BETTER | 85%      | >=90%    | LOOSER
            HIGHER_IS_BETTER | 1-2项    | >=1项    | SAME
            HIGHER_IS_BETTER | 1-2项    | >=2项    | LOOSER
            NEITHER          | <=2‰     | <=3‰     | STRICTER
            NEITHER          | >=95%    | >=90%    | STRICTER
            NEITHER          | 95%      | 90%      | NOT_COMPARABLE
            LOWER_IS_BETTER  | <=3‰     | <=30/10万 | NOT_COMPARABLE
            LOWER_IS_BETTER  | <=3%     | dec 20%  | NOT_COMPARABLE
            LOWER_IS_BETTER  | dec 25%  | dec 20%  | STRICTER
            LOWER_IS_BETTER  | dec 14%  | dec 20%  | LOOSER
            LOWER_IS_BETTER  | dec 20%  | dec 20%  | SAME
            HIGHER_IS_BETTER | inc 5个百分点 | inc 3个百分点 | STRICTER
            LOWER_IS_BETTER  | inc 1%   | dec 1%   | NOT_COMPARABLE
            LOWER_IS_BETTER  | dec/y 1个百分点 | dec 5个百分点 | NOT_COMPARABLE
            LOWER_IS_BETTER  | dec 20@2015% | dec 20@2020% | NOT_COMPARABLE
            """)
    void verdicts(Polarity pol, String plan, String ref, Verdict expected) {
        Assessment a = judge(pol, plan, ref);
        assertEquals(expected, a.verdict(), "verdict of " + a);
        assertTrue(!a.reason().isBlank(), "a reason in words");
    }

    @ParameterizedTest(name = "{0} vs {1}: horizon stated = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025:<=3‰ | <=3‰      | true
            <=3‰      | <=3‰      | false
            2025:<=2‰ | 2025:<=3‰ | false
            2030:<=2‰ | 2025:<=3‰ | true
            """)
    void horizonsAreShownNotHidden(String plan, String ref, boolean differs) {
        Assessment a = judge(Polarity.LOWER_IS_BETTER, plan, ref);
        assertEquals(differs, a.horizonDiffers(), "horizon of " + a);
        assertEquals(differs, a.reason().contains("horizon"), "reason mentions the horizon only when it differs: " + a.reason());
    }

    @ParameterizedTest(name = "{0} meets {1} ({2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1.78 | <=3%   | LOWER_IS_BETTER  | true
            3    | <3%    | LOWER_IS_BETTER  | false
            3    | <=3%   | LOWER_IS_BETTER  | true
            89   | >=90%  | HIGHER_IS_BETTER | false
            90   | 90%    | HIGHER_IS_BETTER | true
            2.5  | 2‰     | LOWER_IS_BETTER  | false
            50   | 40%    | NEITHER          | null
            5    | dec 20% | LOWER_IS_BETTER | null
            """)
    void meets(double value, String target, Polarity pol, Boolean expected) {
        assertEquals(expected, Judge.meets(value, t("指标", target), pol), value + " against " + target);
    }
}
