package dev.zhibiao.extract;

import com.hankcs.hanlp.HanLP;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every record points into the original text, and the same text gives the same records however it is read. */
class ProvenanceTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static Stream<Document> documents() {
        return Corpus.bundled().documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void spansAndQuotesAreInTheOriginal(Document doc) {
        Extraction x = EXTRACTOR.extract(doc);
        for (Target t : x.records()) {
            assertTrue(doc.text().contains(t.quote()), () -> t + ": quote not in the text: " + t.quote());
            String at = t.span().in(doc.text());
            assertTrue(at.chars().anyMatch(c -> Character.isDigit(c) || "一二两三四五六七八九十百千".indexOf(c) >= 0),
                    () -> t + ": its span holds no number: " + at);
            assertEquals(x.root().at(t.span().start()).path(), t.sectionPath(),
                    () -> t + ": section path differs from the section at its span");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void traditionalCharactersReadLikeSimplified(Document doc) {
        Document traditional = doc.withText(HanLP.convertToTraditionalChinese(doc.text()));
        List<String> simple = values(EXTRACTOR.extract(doc));
        List<String> trad = values(EXTRACTOR.extract(traditional));
        long same = trad.stream().filter(simple::contains).count();
        assertTrue(same >= simple.size() * 0.95,
                () -> doc.id() + ": traditional text gave " + same + " of " + simple.size() + " values");
        for (Target t : EXTRACTOR.extract(traditional).records()) {
            assertTrue(traditional.text().contains(t.quote()), () -> t + ": quote not in the traditional text");
        }
    }

    private static List<String> values(Extraction x) {
        return x.records().stream().map(t -> t.valueText() + "|" + t.year() + "|" + t.kind()).toList();
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<Document> docs = Corpus.bundled().documents();
        Map<String, List<Target>> sequential = docs.stream()
                .collect(Collectors.toMap(Document::id, d -> EXTRACTOR.extract(d).records()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = Stream.of(docs, docs, docs).flatMap(List::stream)
                    .map(d -> pool.submit(() -> EXTRACTOR.extract(d))).toList();
            for (Future<Extraction> f : futures) {
                Extraction x = f.get();
                assertEquals(sequential.get(x.document().id()), x.records(),
                        () -> x.document().id() + ": concurrent extraction differs from sequential");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
