package dev.zhibiao.extract;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.corpus.Gold;
import dev.zhibiao.corpus.score.DocumentScore;
import dev.zhibiao.corpus.score.Scorer;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the bundled documents as a stranger's files: text and file name only, no manifest, as
 * {@code zhibiao extract FILE} reads them. Type, period and region then come from the text itself, and the
 * figures must hold as they do with the manifest (the bar: F1 ≥ 0.97, field accuracy ≥ 0.95).
 */
class BareFileGoldTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final double F1_FLOOR = 0.97;
    private static final double FIELD_FLOOR = 0.95;

    static Stream<Document> documents() {
        Corpus c = Corpus.bundled();
        return c.documents().stream().filter(d -> c.gold(d) != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void scoresAboveTheFloorWithoutTheManifest(Document doc) {
        Gold gold = Corpus.bundled().gold(doc);
        Extraction x = EXTRACTOR.extract(Document.of(doc.fileName(), doc.text()));
        assertEquals(doc.type(), x.document().type(), "type read from the title");
        assertEquals(doc.period(), x.document().period(), "period read from the title");
        assertEquals(doc.region().level(), x.document().region().level(), "level read from the title");
        DocumentScore score = Scorer.score(gold, x.records());
        System.out.println("bare " + (System.getProperty("verbose") != null ? score.details() : score.line()));
        assertTrue(score.f1() >= F1_FLOOR, () -> doc.id() + ": F1 " + score.f1() + " fell below " + F1_FLOOR);
        assertTrue(score.fieldAccuracy() >= FIELD_FLOOR,
                () -> doc.id() + ": field accuracy " + score.fieldAccuracy() + " fell below " + FIELD_FLOOR);
    }
}
