package dev.zhibiao.corpus;

import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusTest {
    final Corpus corpus = Corpus.bundled();

    @Test
    void bundlesFiveDocumentsWithTheirRegionChains() {
        assertEquals(5, corpus.documents().size());
        assertEquals(4, corpus.plans().size());
        assertEquals(1, corpus.reports().size());
        assertEquals("河南省平顶山市新华区", corpus.document("新华区").region().fullName());
        assertEquals("浙江省温州市鹿城区", corpus.document("鹿城区").region().fullName());
        assertEquals(Level.CITY, corpus.document("东莞市").region().level());
        assertEquals("广东省", corpus.document("东莞市").region().parent().name());
        assertEquals("重庆市", corpus.document("大渡口区").region().ancestor(Level.PROVINCE).name());
        assertEquals(DocumentType.MONITORING_REPORT, corpus.document("密云区").type());
        assertEquals(2025, corpus.document("鹿城区").endYear());
        assertSame(corpus, Corpus.bundled());
    }

    @Test
    void findsDocumentsByIdAndFileName() {
        Document d = corpus.document("003_591f6bf66b9c718f");
        assertSame(d, corpus.document("003_591f6bf66b9c718f.txt"));
        assertThrows(IllegalArgumentException.class, () -> corpus.document("海淀区"));
    }

    @Test
    void everyDocumentHasGoldAndTheGoldParses() {
        for (Document d : corpus.documents()) {
            Gold g = corpus.gold(d);
            assertNotNull(g, "gold for " + d.id());
            assertEquals(d.fileName(), g.document());
            assertTrue(g.records().size() > 40, d.id() + " has " + g.records().size() + " gold records");
        }
    }

    @Test
    void benchmarksLoadWithRegions() {
        assertEquals(Level.NATIONAL, corpus.nationalBenchmark().region().level());
        assertTrue(corpus.nationalBenchmark().records().size() >= 19);
        assertEquals(2030, corpus.nationalBenchmark().endYear());
        Document xinhua = corpus.document("新华区");
        assertTrue(corpus.benchmarkRecords(xinhua.region()).stream().anyMatch(t -> t.scope().code().equals("provincial")));
        assertTrue(corpus.toString().contains("河南省平顶山市新华区"));
    }

    /**
     * Each benchmark figure names where it is stated: a web page, or a bundled document by its title and file name.
     * A path on the machine the facts were gathered on means nothing to a reader of the report.
     */
    @Test
    void benchmarkSourcesAreWebPagesOrBundledDocumentsNeverLocalPaths() {
        for (BenchmarkFacts b : corpus.benchmarks()) {
            for (dev.zhibiao.model.Target t : b.records()) {
                String s = t.source();
                assertNotNull(s, b.name() + ": " + t + " has no source");
                boolean absolute = s.startsWith("/") || s.startsWith("\\") || s.matches("^[A-Za-z]:[\\\\/].*")
                        || s.startsWith("file:");
                assertTrue(!absolute, b.name() + ": " + t.indicator() + " has an absolute path as its source: " + s);
                boolean web = s.startsWith("http://") || s.startsWith("https://");
                boolean bundled = corpus.documents().stream()
                        .anyMatch(d -> s.contains(d.fileName()) && s.contains(d.title()));
                assertTrue(web || bundled, b.name() + ": " + t.indicator()
                        + ": expected a web address or a bundled document's title and file name, got " + s);
            }
        }
    }

    /** The bundled texts are the seeds, unchanged (checked where the shared seeds are beside the project). */
    @Test
    void bundledTextsAreTheSeedsUnchanged() throws Exception {
        Path seeds = Path.of(System.getProperty("zhibiao.shared", "../../shared"), "seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "no shared seeds at " + seeds.toAbsolutePath());
        for (Document d : corpus.documents()) {
            assertEquals(Files.readString(seeds.resolve(d.fileName())), d.text(), d.fileName());
        }
    }
}
