package dev.zhibiao.compare;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-checked verdicts again, end to end: the bundled documents through the extractor, not gold. */
class ExtractedVerdictTest {
    static Comparison cmp;

    @BeforeAll
    static void compare() {
        cmp = Comparison.of(Corpus.bundled().documents(), Extractor.create()).against(Benchmarks.national());
    }

    @ParameterizedTest(name = "{0} {1} {2} vs 全国 → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            东莞市   | 新生儿死亡率                                   | <=2‰  | STRICTER
            鹿城区   | 新生儿死亡率                                   | <=3‰  | ON_TRACK
            大渡口区 | 适龄儿童免疫规划疫苗接种率                     | >=95% | STRICTER
            """)
    void verdictAgainstNational(String district, String indicator, String plan, Verdict expected) {
        List<Assessment> rows = cmp.assessments().stream()
                .filter(a -> a.district().equals(district) && a.benchmark().level() == Level.NATIONAL
                        && a.plan() != null && a.plan().indicator().contains(indicator)
                        && a.plan().valueText().equals(plan))
                .toList();
        assertFalse(rows.isEmpty(), "no row for " + district + " " + indicator + " " + plan + " among "
                + cmp.byIndicator().get(indicator));
        assertTrue(rows.stream().allMatch(a -> a.verdict() == expected), "expected " + expected + ": " + rows);
    }

    @Test
    void interimTargetsAreNotLooserThanTheGoalTheyLeadTo() {
        List<Assessment> looser = cmp.verdicts(Verdict.LOOSER).stream()
                .filter(a -> a.year() != null && a.benchmarkYear() != null && a.year() < a.benchmarkYear()).toList();
        assertTrue(looser.isEmpty(), "2025 targets called looser than 2030 goals: " + looser);
        assertTrue(cmp.assessments().stream().anyMatch(a -> a.district().equals("新华区")
                        && a.plan() != null && a.plan().indicator().contains("伤害死亡率") && a.verdict() == Verdict.AHEAD),
                "新华区's −14% by 2025 is ahead of 国纲's path to −20% by 2030: "
                        + cmp.byIndicator().get("儿童伤害死亡率"));
    }

    @Test
    void laterTargetLooserIsWarned() {
        assertTrue(cmp.consistency().stream().anyMatch(w -> w.district().equals("新华区")
                        && w.type() == Warning.Type.LATER_TARGET_LOOSER && w.record().scope() == Scope.LOCAL
                        && w.record().indicator().equals("新生儿死亡率")),
                "新华区's 2030 3‰ after 2025 2‰; got " + cmp.consistency());
    }

    @Test
    void monitoringValueMeetsItsTargets() {
        List<ProgressRow> rows = cmp.progress().rows().stream()
                .filter(r -> r.district().equals("密云区") && r.reported().indicator().contains("贫血")
                        && r.reported().kind() == Kind.ACTUAL && r.reported().value() == 1.78)
                .toList();
        assertFalse(rows.isEmpty(), "密云区's 1.78% anaemia value; progress: " + cmp.progress());
        assertTrue(rows.stream().allMatch(r -> r.status() == ProgressRow.Status.MET), "met: " + rows);
    }
}
