package dev.zhibiao.compare.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresenceQueryTest {
    static Directory dir;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.BIGRAMS))) {
            for (String text : List.of("预防儿童溺水", "儿童溺水溺水溺水隐患", "加强托育服务", "溺水")) {
                Document d = new Document();
                d.add(new TextField(IndexAnalyzers.BIGRAM, text, Field.Store.YES));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        dir.close();
    }

    static Map<Integer, Float> scores(Query q) throws Exception {
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) out.put(sd.doc, sd.score);
        return out;
    }

    @Test
    void everyMatchScoresThePresenceAboveTheQuerysOwnScore() throws Exception {
        Query drowning = new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水"));
        Map<Integer, Float> plain = scores(drowning);
        Map<Integer, Float> found = scores(new PresenceQuery(drowning, 7f));
        assertEquals(plain.keySet(), found.keySet(), "the same entries match");
        assertEquals(3, found.size());
        plain.forEach((doc, s) -> assertEquals(s + 7f, found.get(doc), 1e-4, "entry " + doc));
    }

    @Test
    void anOuterBoostScalesThePresenceWithTheScore() throws Exception {
        Query drowning = new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水"));
        Map<Integer, Float> plain = scores(drowning);
        Map<Integer, Float> boosted = scores(new BoostQuery(new PresenceQuery(drowning, 7f), 2f));
        plain.forEach((doc, s) -> assertEquals(2 * (s + 7f), boosted.get(doc), 1e-4, "entry " + doc));
    }

    @Test
    void theBestHitsAreTheSameWhetherLuceneSkipsOrScoresEveryEntry() throws Exception {
        Query q = new BooleanQuery.Builder()
                .add(new PresenceQuery(new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水")), 3f), Occur.SHOULD)
                .add(new PresenceQuery(new TermQuery(new Term(IndexAnalyzers.BIGRAM, "儿童")), 1f), Occur.SHOULD)
                .build();
        TopDocs skipping = searcher.search(q, 2);
        TopDocs all = searcher.search(q, 10);
        assertEquals(all.scoreDocs[0].doc, skipping.scoreDocs[0].doc);
        assertEquals(all.scoreDocs[1].doc, skipping.scoreDocs[1].doc);
        assertTrue(all.scoreDocs[0].score > 4f, "found both words: " + all.scoreDocs[0].score);
    }

    @Test
    void explainsTheScoreItGives() throws Exception {
        Query q = new PresenceQuery(new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水")), 5f);
        for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
            var e = searcher.explain(q, sd.doc);
            assertEquals(sd.score, e.getValue().floatValue(), 1e-4, e.toString());
        }
        assertTrue(!searcher.explain(q, 2).isMatch(), "托育 holds no 溺水");
    }

    @Test
    void countsTheSameMatchesAsTheQuery() throws Exception {
        Query drowning = new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水"));
        assertEquals(searcher.count(drowning), searcher.count(new PresenceQuery(drowning, 2f)));
    }

    @Test
    void refusesANegativeOrEndlessPresence() {
        Query q = new TermQuery(new Term(IndexAnalyzers.BIGRAM, "溺水"));
        assertThrows(IllegalArgumentException.class, () -> new PresenceQuery(q, -1f));
        assertThrows(IllegalArgumentException.class, () -> new PresenceQuery(q, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PresenceQuery(q, Float.POSITIVE_INFINITY));
    }
}
