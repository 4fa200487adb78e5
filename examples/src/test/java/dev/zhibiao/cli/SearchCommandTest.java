package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new SearchCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsRankedMeasuresWithCountsPerRegionAndDomain() {
        Run r = run("防溺水", "--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("「防溺水」"), r.out());
        assertTrue(r.out().contains("溺水】"), "snippets should mark the words: " + r.out());
        assertTrue(r.out().contains("by region: ") && r.out().contains("by domain: "), r.out());
    }

    @Test
    void withoutFacetsPrintsTheHitsAlone() throws Exception {
        Run r = run("防溺水", "--limit", "3", "--no-facets");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("溺水】") && !r.out().contains("by region: "), r.out());
        JsonNode n = Json.mapper().readTree(run("防溺水", "--no-facets", "--json").out());
        assertTrue(n.path("totalExact").asBoolean() && !n.has("facets"), n.toString());
        JsonNode counted = Json.mapper().readTree(run("防溺水", "--json").out());
        assertTrue(counted.path("facets").path("region").size() >= 2, counted.toString());
    }

    @Test
    void writesJsonWithTheRegionFilterApplied() throws Exception {
        Run r = run("托育", "--region", "东莞", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        assertEquals("托育", n.path("query").asText());
        assertTrue(n.path("hits").size() > 0, r.out());
        for (JsonNode h : n.path("hits")) {
            assertEquals("东莞市", h.path("region").get(h.path("region").size() - 1).asText(), h.toString());
            assertTrue(h.path("snippet").asText().contains("【托育"), h.toString());
        }
    }

    @Test
    void anUnknownDomainIsAUsageError() {
        Run r = run("近视", "--domain", "体育");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown domain: 体育"), r.err());
    }

    @Test
    void searchesAnIndexOnDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var corpus = dev.zhibiao.corpus.Corpus.bundled();
        try (var index = dev.zhibiao.compare.index.MeasureIndex.create(dir)) {
            index.add(dev.zhibiao.extract.Extractor.create().extract(corpus.document("东莞市")));
        }
        Run r = run("托育", "--index", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("by region: 广东省东莞市 "), r.out());
        assertTrue(!r.out().contains("河南省"), "only the indexed plan: " + r.out());
    }

    @Test
    void anIndexDirectoryWithoutAnIndexIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run r = run("近视", "--index", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("holds no measure index"), r.err());
    }
}
