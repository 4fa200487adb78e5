package dev.zhibiao.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The arithmetic of the straight path from a benchmark's baseline to its goal. */
class GoalPathTest {
    private static final GoalPath OUTLINE = new GoalPath(2020, 2030);

    @ParameterizedTest(name = "share of the way by {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021 | 0.1
            2025 | 0.5
            2028 | 0.8
            2030 | 1.0
            """)
    void shareGrowsWithTheYears(int year, double share) {
        assertEquals(share, OUTLINE.share(year), 1e-12, "share due by " + year);
    }

    @ParameterizedTest(name = "{0} → {1} ({2}), read in {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            85.2 | 90  | false | 2025 | 87.6
            85.2 | 90  | false | 2022 | 86.16
            95.2 | 96  | false | 2025 | 95.6
            5.4  | 5   | true  | 2025 | 5.2
            7.5  | 6   | true  | 2025 | 6.75
            7.5  | 6   | true  | 2028 | 6.3
            2.5  | 3   | true  | 2025 | 3
            99   | 90  | false | 2025 | 90
            90   | 90  | false | 2025 | 90
            """)
    void levelOnTheLineFromBaselineToGoalHoldingAGoalAlreadyMet(double base, double goal, boolean lowerIsBetter,
                                                                int year, double expected) {
        assertEquals(expected, OUTLINE.level(base, goal, year, lowerIsBetter), 1e-9,
                "path from " + base + " (2020) to " + goal + " (2030) in " + year);
    }

    @ParameterizedTest(name = "{0} by 2030, read in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            20 | 2025 | 10
            20 | 2023 | 6
            14 | 2030 | 14
            5  | 2025 | 2.5
            """)
    void changeDueInProportionToTheYearsGone(double change, int year, double expected) {
        assertEquals(expected, OUTLINE.change(change, year), 1e-9, "part of " + change + " due by " + year);
    }

    @Test
    void aPathCoversOnlyTheYearsBetweenItsEnds() {
        assertEquals(false, OUTLINE.covers(2020), "the base year has no path point of its own");
        assertEquals(true, OUTLINE.covers(2021), "2021");
        assertEquals(true, OUTLINE.covers(2029), "2029");
        assertEquals(false, OUTLINE.covers(2030), "the goal's year is judged against the goal");
        assertThrows(IllegalArgumentException.class, () -> new GoalPath(2030, 2030), "a path needs two years");
        assertThrows(IllegalArgumentException.class, () -> new GoalPath(2030, 2020), "and runs forward");
    }
}
