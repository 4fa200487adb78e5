package dev.zhibiao.compare.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall at 10 over the bundled plans, against judgments written by reading them
 * ({@code index/relevance.json}): each names a measure by its document and a passage of its text.
 */
class RelevanceTest {
    static final double MIN_RECALL = 0.9;
    static MeasureIndex index;
    static List<Extraction> extractions;

    @BeforeAll
    static void build() {
        extractions = Extractor.create().extractAll(Corpus.bundled().documents());
        index = MeasureIndex.inMemory(extractions);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static JsonNode judgments() throws Exception {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/index/relevance.json")) {
            return Json.mapper().readTree(in).path("judgments");
        }
    }

    @Test
    void everyPlanHasMeasuresAndReIndexingKeepsTheCounts() {
        Map<String, Integer> before = new TreeMap<>();
        for (String id : index.documentIds()) before.put(id, index.size(id));
        for (var plan : Corpus.bundled().plans()) {
            long measures = index.measures(plan.id()).stream().filter(m -> m.type() == Measure.Type.MEASURE).count();
            assertTrue(measures >= 20, plan.label() + " should have its measure items indexed, has " + measures);
        }
        index.addAll(extractions);
        index.add(extractions.get(1));
        Map<String, Integer> after = new TreeMap<>();
        for (String id : index.documentIds()) after.put(id, index.size(id));
        assertEquals(before, after, "entries per document after indexing every document again");
        assertEquals(Corpus.bundled().documents().size(), index.documentCount());
    }

    @Test
    void judgmentsCoverAtLeastFifteenQueries() throws Exception {
        assertTrue(judgments().size() >= 15, "expected at least 15 judged queries, found " + judgments().size());
    }

    @Test
    void everyJudgedPassageIsAnIndexedMeasure() throws Exception {
        List<String> missing = new ArrayList<>();
        for (JsonNode j : judgments()) {
            for (JsonNode r : j.path("relevant")) {
                String doc = r.path("document").asText();
                String passage = r.path("contains").asText();
                long n = index.measures(doc).stream()
                        .filter(m -> m.type() == Measure.Type.MEASURE && m.text().contains(passage)).count();
                if (n != 1) missing.add(doc + " «" + passage + "» in " + n + " measures");
            }
        }
        assertEquals(List.of(), missing, "each judged passage should lie in exactly one measure");
    }

    @Test
    void recallAtTenIsAtLeastNinetyPercent() throws Exception {
        int relevant = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode j : judgments()) {
            String query = j.path("query").asText();
            List<Measure> top = index.search(query).domain(j.path("domain").asText(null))
                    .region(j.path("region").asText(null)).level(j.path("level").asText(null))
                    .limit(10).run().measures();
            for (JsonNode r : j.path("relevant")) {
                relevant++;
                String doc = r.path("document").asText();
                String passage = r.path("contains").asText();
                if (top.stream().anyMatch(m -> m.documentId().equals(doc) && m.text().contains(passage))) found++;
                else misses.add(query + " → " + doc + " «" + passage + "»");
            }
        }
        double recall = found / (double) relevant;
        assertTrue(recall >= MIN_RECALL, String.format("expected recall@10 ≥ %.2f, got %.3f (%d of %d); missed:%n%s",
                MIN_RECALL, recall, found, relevant, String.join("\n", misses)));
    }
}
