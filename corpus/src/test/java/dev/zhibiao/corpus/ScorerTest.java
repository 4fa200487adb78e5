package dev.zhibiao.corpus;

import dev.zhibiao.corpus.score.DocumentScore;
import dev.zhibiao.corpus.score.Scorer;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {
    final Corpus corpus = Corpus.bundled();

    @Test
    void goldScoresPerfectlyAgainstItself() {
        for (Document d : corpus.documents()) {
            Gold g = corpus.gold(d);
            DocumentScore s = Scorer.score(g, g.records().stream().map(GoldRecord::target).toList());
            assertEquals(1.0, s.recall(), s.details());
            assertEquals(1.0, s.precision(), s.details());
            assertEquals(1.0, s.fieldAccuracy(), s.details());
        }
    }

    @Test
    void namesAlikeByContainmentOrBigrams() {
        assertEquals(1.0, Scorer.alike("5岁以下儿童贫血率", "贫血率"));
        assertTrue(Scorer.alike("学前三年毛入园率", "学前教育毛入园率") >= 0.5);
        assertTrue(Scorer.alike("新生儿死亡率", "高中阶段毛入学率") < 0.5);
        assertEquals(0.0, Scorer.alike("", "x"));
    }

    /** Perturbed predictions: every kind of mismatch the rule knows, in a deterministic pattern. */
    static List<Target> perturb(List<GoldRecord> gold, Integer endYear) {
        List<Target> out = new ArrayList<>();
        int i = 0;
        for (GoldRecord g : gold) {
            Target t = g.target();
            switch (i++ % 7) {
                case 0 -> { } // dropped: a miss
                case 1 -> out.add(t.toBuilder().value(t.value() == null ? null : t.value() + 1).build());
                case 2 -> out.add(t.toBuilder().comparator(dev.zhibiao.model.Bound.APPROX).build());
                case 3 -> out.add(t.toBuilder().year(t.year() == null ? endYear : t.year() + 1).build());
                case 4 -> out.add(t.toBuilder().indicator("完全无关的名称").build());
                default -> out.add(t);
            }
        }
        return out;
    }

    /** The Java scorer agrees with the reference scorer, where the shared tools are beside the project. */
    @Test
    void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path shared = Path.of(System.getProperty("zhibiao.shared", "../../shared"));
        Path script = shared.resolve("tools/score.py");
        Assumptions.assumeTrue(Files.exists(script), "no reference scorer at " + script.toAbsolutePath());
        Path goldDir = dir.resolve("gold"), predDir = dir.resolve("pred");
        Files.createDirectories(goldDir);
        Files.createDirectories(predDir);
        DocumentScore total = DocumentScore.empty("total");
        List<String> expected = new ArrayList<>();
        for (Document d : corpus.documents()) {
            Gold g = corpus.gold(d);
            Files.copy(shared.resolve("gold").resolve(d.id() + ".json"), goldDir.resolve(d.id() + ".json"));
            List<Target> preds = perturb(g.records(), g.endYear());
            Files.writeString(predDir.resolve(d.id() + ".json"), Json.write(Json.document(d.fileName(), preds)),
                    StandardCharsets.UTF_8);
            DocumentScore s = Scorer.score(g, preds);
            expected.add(s.line().replaceFirst("^[^:]+", d.id() + ".json"));
            total = total.plus(s);
        }
        expected.add(String.format(Locale.ROOT, "total P=%.3f R=%.3f F1=%.3f field=%.3f (%d/%d, %d preds)",
                total.precision(), total.recall(), total.f1(), total.fieldAccuracy(), total.hits(), total.gold(),
                total.predictions()));
        Process p = new ProcessBuilder("python3", script.toString(), goldDir.toString(), predDir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(String.join("\n", expected), out.strip(), "Java scorer vs score.py");
    }
}
