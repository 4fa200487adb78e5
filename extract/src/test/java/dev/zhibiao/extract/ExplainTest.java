package dev.zhibiao.extract;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.statement.StatementRules;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every record says which readings made it, and every number left out says which reading left it out. */
class ExplainTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    @Test
    void everyRecordOfTheBundledAndComposedDocumentsNamesItsRules() throws IOException {
        List<Document> docs = new ArrayList<>(Corpus.bundled().documents());
        try (Stream<Path> files = Files.list(Path.of("../corpus/composed/documents"))) {
            for (Path f : files.sorted().toList()) {
                docs.add(Document.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        int records = 0;
        for (Document d : docs) {
            for (Target t : EXTRACTOR.extract(d).records()) {
                records++;
                assertTrue(!t.rules().isEmpty() && t.rules().stream().noneMatch(String::isBlank),
                        () -> d.id() + ": expected the rules that made " + t + ", got " + t.rules());
                for (String code : t.rules()) {
                    assertTrue(StatementRules.byCode(code) != null,
                            () -> d.id() + ": " + code + " in the rules of " + t + " is no declared rule");
                }
            }
        }
        assertTrue(records > 500, "expected the documents' records, got " + records);
    }

    @Test
    void aRecordListsItsReadingsInOrder() {
        Extraction x = EXTRACTOR.extract("某市儿童发展规划（2021—2030年）\n到2025年，普惠性幼儿园覆盖率不低于90%。\n"
                + "规划围绕七个领域提出目标。");
        Target t = x.records().get(0);
        assertEquals(List.of("number:percent", "name:subject", "bound:before", "time:sentence-year", "kind:goal",
                "scope:own", "area:of-indicator"), t.rules(), () -> "rules of " + t);
        assertEquals(1, x.skipped().size(), () -> "skipped: " + x.skipped());
        assertEquals("skip:plan-part", x.skipped().get(0).rule());
        assertTrue(x.explain().contains("skip:plan-part") && x.explain().contains("bound:before"), x::explain);
    }
}
