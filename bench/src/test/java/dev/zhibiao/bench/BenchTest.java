package dev.zhibiao.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchTest {
    @Test
    void scaleRunOfFiftyDocumentsReportsItsCounts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BenchReport r = Bench.create().times(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(500))
                .scale(50, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(50, r.figure("scale: documents").value(), "documents run: " + r);
        assertTrue(r.figure("scale: records extracted").value() >= 0, "records: " + r);
        assertTrue(r.figure("scale: end to end").value() > 0, "documents/s: " + r);
        assertTrue(r.figure("index build, plans, beside extraction").value() > 0, "index documents/s: " + r);
        assertTrue(r.figure("query latency p99").value() >= r.figure("query latency p50").value(),
                "p99 below p50: " + r);
        assertTrue(r.figure("query latency p99, with counts per region and domain").value()
                >= r.figure("query latency p50, with counts per region and domain").value(), "p99 below p50: " + r);
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("50/50"), "expected the progress bar to reach 50/50, got: " + progress);
    }

    @Test
    void indexBenchBuildsFromExtractedPlansAndReportsItsGoal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BenchReport r = Bench.create().times(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(500))
                .index(30, new PrintStream(err, true, StandardCharsets.UTF_8), null);
        assertEquals(30, r.figure("index: documents").value(), "documents indexed: " + r);
        Figure build = r.figure("index build, plans");
        assertTrue(build.value() > 0 && build.goal() != null, "index documents/s with its goal: " + r);
        assertTrue(r.figure("index build, index entries (measure items and targets)").value() > build.value(),
                "a plan makes many entries: " + r);
        assertNotNull(r.figure("query latency p50").goal(), "query p50 holds the goal: " + r);
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("extract") && progress.contains("warm-up 1") && progress.contains("index")
                && progress.contains("30/30"), "expected the progress bars to reach 30/30, got: " + progress);
    }

    @Test
    void reportPrintsAndWritesItsFigures() {
        BenchReport r = new BenchReport("t", java.util.List.of(Figure.of("a", 4.2, "MB/s").atLeast(3),
                Figure.of("b", 2.5, "ms").below(2)), java.util.List.of("note"));
        assertFalse(r.allGoalsMet(), "b misses its goal");
        String table = r.toString();
        assertTrue(table.contains("4.20") && table.contains("≥ 3") && table.contains("NO"), "table: " + table);
        assertEquals(2, r.toJson().path("figures").size(), "figures in " + r.toJson());
        assertEquals(false, r.toJson().path("figures").get(1).path("met").asBoolean(true), "b's met in JSON");
        assertNotNull(r.figure("a"), "figure a by name");
    }

    @Test
    void figureGoalsCompareTheRightWay() {
        assertTrue(Figure.of("x", 3, "x").atLeast(3).met(), "3 ≥ 3");
        assertFalse(Figure.of("x", 2.9, "x").atLeast(3).met(), "2.9 ≥ 3");
        assertTrue(Figure.of("x", 999, "ms").below(1000).met(), "999 < 1000");
        assertFalse(Figure.of("x", 1000, "ms").below(1000).met(), "1000 < 1000");
    }
}
