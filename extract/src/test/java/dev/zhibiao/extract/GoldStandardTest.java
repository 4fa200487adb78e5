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
 * Scores the extraction of every bundled document that has gold records. The floors are a ratchet: they sit
 * at what the pipeline reaches now and only ever go up. Run with {@code -Dverbose} to see each miss, false
 * alarm and field disagreement.
 */
class GoldStandardTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    /** Lowest value-level F1 any document may score. */
    private static final double F1_FLOOR = 0.99;
    /** Lowest share of hits whose comparator, kind and scope agree. */
    private static final double FIELD_FLOOR = 0.99;

    static Stream<Document> documents() {
        Corpus c = Corpus.bundled();
        return c.documents().stream().filter(d -> c.gold(d) != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void scoresAboveTheFloor(Document doc) {
        Gold gold = Corpus.bundled().gold(doc);
        Extraction x = EXTRACTOR.extract(doc);
        DocumentScore score = Scorer.score(gold, x.records());
        System.out.println(System.getProperty("verbose") != null ? score.details() : score.line());
        assertTrue(score.f1() >= F1_FLOOR, () -> doc.id() + ": F1 " + score.f1() + " fell below " + F1_FLOOR);
        assertTrue(score.fieldAccuracy() >= FIELD_FLOOR,
                () -> doc.id() + ": field accuracy " + score.fieldAccuracy() + " fell below " + FIELD_FLOOR);
    }

    /** The bar for a stranger's file: value-level F1 and field accuracy. */
    private static final double BARE_F1_FLOOR = 0.97;
    private static final double BARE_FIELD_FLOOR = 0.95;

    /**
     * The same documents as a stranger's files: text and file name only, no manifest, as
     * {@code zhibiao extract FILE} reads them. Type, period and region then come from the text itself.
     */
    @ParameterizedTest(name = "{0} as a bare file")
    @MethodSource("documents")
    void scoresAboveTheFloorWithoutTheManifest(Document doc) {
        Gold gold = Corpus.bundled().gold(doc);
        Extraction x = EXTRACTOR.extract(Document.of(doc.fileName(), doc.text()));
        assertEquals(doc.type(), x.document().type(), "type read from the title");
        assertEquals(doc.period(), x.document().period(), "period read from the title");
        assertEquals(doc.region().level(), x.document().region().level(), "level read from the title");
        DocumentScore score = Scorer.score(gold, x.records());
        System.out.println("bare " + (System.getProperty("verbose") != null ? score.details() : score.line()));
        assertTrue(score.f1() >= BARE_F1_FLOOR, () -> doc.id() + ": F1 " + score.f1() + " fell below " + BARE_F1_FLOOR);
        assertTrue(score.fieldAccuracy() >= BARE_FIELD_FLOOR,
                () -> doc.id() + ": field accuracy " + score.fieldAccuracy() + " fell below " + BARE_FIELD_FLOOR);
    }
}
