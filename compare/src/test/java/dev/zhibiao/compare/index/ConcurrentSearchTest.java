package dev.zhibiao.compare.index;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One index shared by eight threads answers every query as it does on one thread. */
class ConcurrentSearchTest {
    static final List<String> QUERIES = List.of("近视 防控", "托育", "防溺水", "家庭教育", "心理健康", "儿童之家",
            "出生缺陷", "校园欺凌", "未成年人保护", "母乳喂养", "体育锻炼", "留守儿童");
    static MeasureIndex index;

    @BeforeAll
    static void build() {
        index = MeasureIndex.inMemory(Corpus.bundled(), Extractor.create());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** What a search returns, reduced to what must not differ between threads: ranked items and counts. */
    static String answer(String q) {
        SearchHits h = index.search(q).limit(10).run();
        StringBuilder sb = new StringBuilder(q).append(' ').append(h.total());
        for (SearchHit hit : h.hits()) sb.append('|').append(hit.measure().documentId()).append(':')
                .append(hit.measure().text().hashCode());
        return sb.toString();
    }

    @Test
    void eightThreadsAgreeWithOne() throws Exception {
        List<String> expected = QUERIES.stream().map(ConcurrentSearchTest::answer).toList();
        assertTrue(expected.stream().anyMatch(a -> a.contains("|")), "some query finds measures: " + expected);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (String q : QUERIES) got.add(answer(q));
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : runs) {
                List<String> got = f.get(5, TimeUnit.MINUTES);
                for (int i = 0; i < got.size(); i++) {
                    assertEquals(expected.get(i % QUERIES.size()), got.get(i), "query " + QUERIES.get(i % QUERIES.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
