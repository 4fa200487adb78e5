package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.zhibiao.compare.Targets.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's target for a year before the benchmark's goal, judged on the straight path from the benchmark's
 * baseline to its goal: ahead, on track or behind; interim (not comparable) where there is no baseline to draw
 * the path from, unless the plan already reaches the goal.
 */
class InterimVerdictTest {
    private static Assessment judge(Polarity pol, String plan, String goal, String baseline, Integer baseYear) {
        Indicator ind = new Indicator("x", "指标", List.of(), Unit.NONE, pol, Domain.HEALTH, null);
        Benchmark outline = new Benchmark("outline", Region.NATIONAL, baseYear, 2030, Benchmark.Origin.BUNDLED, List.of());
        return Judge.judge("某区", ind, t("指标", plan), 2030, outline, t("指标", goal),
                baseline == null ? null : t("指标", baseline, Kind.ACTUAL, Scope.NATIONAL));
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} from {3} → {4} (path {5})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            HIGHER_IS_BETTER | 2025:93%      | >=90%  | 2020:85.2% | AHEAD    | 87.6
            HIGHER_IS_BETTER | 2025:>=87.6%  | >=90%  | 2020:85.2% | ON_TRACK | 87.6
            HIGHER_IS_BETTER | 2025:>=87.6%  | >90%   | 2020:85.2% | ON_TRACK | 87.6
            HIGHER_IS_BETTER | 2025:86%      | >=90%  | 2020:85.2% | BEHIND   | 87.6
            HIGHER_IS_BETTER | 2025:86-90%   | >=90%  | 2020:85.2% | BEHIND   | 87.6
            HIGHER_IS_BETTER | 2022:86.5%    | >=90%  | 2020:85.2% | AHEAD    | 86.16
            HIGHER_IS_BETTER | 2025:>=92%    | >=92%  | 2020:91.2% | AHEAD    | 91.6
            HIGHER_IS_BETTER | 2025:>=90%    | >=90%  | 2020:99%   | ON_TRACK | 90
            HIGHER_IS_BETTER | 2025:>=89%    | >=90%  | 2020:99%   | BEHIND   | 90
            LOWER_IS_BETTER  | 2025:<=5.2‰   | <=5‰   | 2020:5.4‰  | ON_TRACK | 5.2
            LOWER_IS_BETTER  | 2025:<=5‰     | <=5‰   | 2020:5.4‰  | AHEAD    | 5.2
            LOWER_IS_BETTER  | 2025:4‰       | <=5‰   | 2020:5.4‰  | AHEAD    | 5.2
            LOWER_IS_BETTER  | 2025:<=5.3‰   | <=5‰   | 2020:5.4‰  | BEHIND   | 5.2
            LOWER_IS_BETTER  | 2025:<=6‰     | <=6‰   | 2020:7.5‰  | AHEAD    | 6.75
            LOWER_IS_BETTER  | 2025:<=7‰     | <=6‰   | 2020:7.5‰  | BEHIND   | 6.75
            LOWER_IS_BETTER  | 2025:<=3.5‰   | <=3‰   | 2020:2.5‰  | BEHIND   | 3
            """)
    void levelsOnThePathFromTheBaseline(Polarity pol, String plan, String goal, String baseline, Verdict expected,
                                        double path) {
        Assessment a = judge(pol, plan, goal, baseline, 2020);
        assertEquals(expected, a.verdict(), "verdict of " + a);
        assertEquals(path, a.path(), 1e-9, "path point of " + a);
        assertTrue(a.reason().contains("path"), "the reason names the path: " + a.reason());
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} → {3} (path {4})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            LOWER_IS_BETTER  | 2025:dec 14@2020%     | dec 20@2020%     | 2020 | AHEAD    | 10
            LOWER_IS_BETTER  | 2025:dec 14%          | dec 20@2020%     | 2020 | AHEAD    | 10
            LOWER_IS_BETTER  | 2025:dec 14%          | dec 20%          | 2020 | AHEAD    | 10
            LOWER_IS_BETTER  | 2025:dec 10@2020%     | dec 20@2020%     | 2020 | ON_TRACK | 10
            LOWER_IS_BETTER  | 2025:dec 8@2020%      | dec 20@2020%     | 2020 | BEHIND   | 10
            LOWER_IS_BETTER  | 2028:dec 14@2020%     | dec 20@2020%     | 2020 | BEHIND   | 16
            LOWER_IS_BETTER  | 2025:dec 14@2020%     | dec 20@2020%     | null | AHEAD    | 10
            HIGHER_IS_BETTER | 2025:inc 3个百分点    | inc 5@2020个百分点 | 2020 | AHEAD  | 2.5
            HIGHER_IS_BETTER | 2025:inc 2个百分点    | inc 5@2020个百分点 | 2020 | BEHIND | 2.5
            LOWER_IS_BETTER  | 2025:inc 5@2020%      | inc 10@2020%     | 2020 | ON_TRACK | 5
            LOWER_IS_BETTER  | 2025:inc 8@2020%      | inc 10@2020%     | 2020 | BEHIND   | 5
            LOWER_IS_BETTER  | 2025:inc 2@2020%      | inc 10@2020%     | 2020 | AHEAD    | 5
            """)
    void changesOnThePathInProportionToTheYears(Polarity pol, String plan, String goal, Integer baseYear,
                                                Verdict expected, double path) {
        Assessment a = judge(pol, plan, goal, null, baseYear);
        assertEquals(expected, a.verdict(), "verdict of " + a);
        assertEquals(path, a.path(), 1e-9, "part of the change due by the plan's year: " + a);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} without a baseline → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | 2025:90%           | 95%          | INTERIM
            HIGHER_IS_BETTER | 2025:80%           | 85%          | INTERIM
            HIGHER_IS_BETTER | 2025:95%           | 95%          | ON_TRACK
            HIGHER_IS_BETTER | 2025:96%           | 95%          | AHEAD
            LOWER_IS_BETTER  | 2025:4‰            | <=3‰         | INTERIM
            LOWER_IS_BETTER  | 2025:<=3‰          | <=3‰         | ON_TRACK
            LOWER_IS_BETTER  | 2025:2‰            | <=3‰         | AHEAD
            LOWER_IS_BETTER  | 2025:dec 14%       | dec 20%      | INTERIM
            LOWER_IS_BETTER  | 2025:dec 20%       | dec 20%      | AHEAD
            LOWER_IS_BETTER  | 2025:dec 25%       | dec 20%      | AHEAD
            LOWER_IS_BETTER  | 2025:inc 2%        | inc 10%      | INTERIM
            """)
    void withoutABaselineOnlyReachingTheGoalSaysAnything(Polarity pol, String plan, String goal, Verdict expected) {
        Assessment a = judge(pol, plan, goal, null, null);
        assertEquals(expected, a.verdict(), "verdict of " + a);
        assertNull(a.path(), "no path without a baseline: " + a);
        if (expected == Verdict.INTERIM) assertNull(a.difference(), "no difference to state: " + a);
    }

    @Test
    void aBaselineOfAnotherYearOrUnitIsNoBaseline() {
        Assessment stated = judge(Polarity.HIGHER_IS_BETTER, "2025:90%", "95%", null, 2020);
        assertEquals(Verdict.INTERIM, stated.verdict(), "the outline states no 2020 value: " + stated);
        assertTrue(stated.reason().contains("2020"), "the reason names the missing base year: " + stated.reason());
    }

    @Test
    void interimTargetsNeverGetTheVerdictsOfAGoal() {
        for (String plan : List.of("2025:4‰", "2025:<=3‰", "2025:2‰", "2025:dec 14%")) {
            String goal = plan.contains("dec") ? "dec 20@2020%" : "<=3‰";
            Verdict v = judge(Polarity.LOWER_IS_BETTER, plan, goal, null, 2020).verdict();
            assertTrue(v.onPath(), plan + " against " + goal + " by 2030 is judged on the path, got " + v);
        }
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2035:<=4‰         | <=3‰              | LOOSER
            2030:<=4‰         | <=3‰              | LOOSER
            2020:<=4‰         | <=3‰              | INTERIM
            2025:dec/y 1个百分点 | dec/y 1个百分点 | SAME
            2025:<=3%         | dec 20%           | NOT_COMPARABLE
            2025:<=3‰         | <=30/10万         | NOT_COMPARABLE
            2025:dec 14@2015% | dec 20@2020%      | NOT_COMPARABLE
            """)
    void pathsOnlyForEarlierYearsOfComparableTargets(String plan, String goal, Verdict expected) {
        Assessment a = judge(Polarity.LOWER_IS_BETTER, plan, goal, "2020:3.4‰", 2020);
        assertEquals(expected, a.verdict(), "verdict of " + a);
    }

    @Test
    void unknownPolarityStaysNotComparableOnAPathToo() {
        Assessment a = judge(Polarity.NEITHER, "2025:92%", "95%", "2020:85%", 2020);
        assertEquals(Verdict.NOT_COMPARABLE, a.verdict(), "which way is better is not known: " + a);
    }

    @Test
    void theReasonIsInEitherLanguage() {
        Assessment a = judge(Polarity.LOWER_IS_BETTER, "2025:dec 14@2020%", "dec 20@2020%", null, 2020);
        String zh = a.reason(ReportLanguage.ZH), en = a.reason(ReportLanguage.EN);
        assertTrue(zh.contains("路径") && zh.contains("−10%") && zh.contains("2025"), "Chinese reason: " + zh);
        assertTrue(en.contains("path") && en.contains("−10%") && en.contains("2025"), "English reason: " + en);
        assertEquals(en, a.reason(), "reason() is the English one");
    }
}
