package dev.zhibiao.compare;

import dev.zhibiao.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One comparison read from many threads computes once and gives every thread the same rows. */
class SharedComparisonTest {
    @Test
    void manyReadersOneResult() throws Exception {
        Comparison c = Comparison.gold(Corpus.bundled().documents()).against(Benchmarks.national()).againstOwnRegions();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Assessment>>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> {
                    c.toHtml();
                    return c.assessments();
                });
            }
            List<Future<List<Assessment>>> results = pool.invokeAll(tasks);
            List<Assessment> first = results.get(0).get();
            for (Future<List<Assessment>> f : results) assertSame(first, f.get(), "every thread sees the one result");
            assertEquals(Comparison.gold(Corpus.bundled().documents()).against(Benchmarks.national())
                    .againstOwnRegions().assessments(), first, "and it equals a fresh computation");
        } finally {
            pool.shutdownNow();
        }
    }
}
