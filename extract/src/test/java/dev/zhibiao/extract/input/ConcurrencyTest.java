package dev.zhibiao.extract.input;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One extractor shared by eight threads gives, every time, what it gives on one thread; so do the readers. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    @Test
    void inputsReadEveryFormatTheSameFromEightThreads() throws Exception {
        String plan = Fixtures.planText();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plan.txt", plan.getBytes(java.nio.charset.Charset.forName("GB18030")));
        files.put("plan.html", Fixtures.html(plan, "utf-8").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("plan.docx", Fixtures.docx(plan));
        files.put("plan.pdf", Fixtures.pdf(Fixtures.paragraphsOnly(plan)));
        Map<String, String> single = new LinkedHashMap<>();
        files.forEach((name, bytes) -> single.put(name, Inputs.text(name, bytes, InputLimits.DEFAULT)));
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                int n = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        assertEquals(single.get(f.getKey()), Inputs.text(f.getKey(), f.getValue(), InputLimits.DEFAULT),
                                f.getKey() + " read differently on another thread");
                        n++;
                    }
                }
                return n;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int checked = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) checked += f.get();
            assertEquals(THREADS * ROUNDS * files.size(), checked, "every read should be compared");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightThreadsAgreeWithOneOverTheCorpus() throws Exception {
        Extractor extractor = Extractor.create();
        List<Document> docs = Corpus.bundled().documents();
        assertFalse(docs.isEmpty(), "the bundled corpus should hold documents");
        Map<String, Extraction> single = new LinkedHashMap<>();
        for (Document d : docs) single.put(d.id(), extractor.extract(d));

        List<Callable<List<Extraction>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            tasks.add(() -> {
                List<Extraction> out = new ArrayList<>();
                Random random = new Random(seed);
                for (int r = 0; r < ROUNDS; r++) {
                    List<Document> order = new ArrayList<>(docs);
                    Collections.shuffle(order, random);
                    for (Document d : order) out.add(extractor.extract(d));
                }
                return out;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int checked = 0;
            for (Future<List<Extraction>> f : pool.invokeAll(tasks)) {
                for (Extraction x : f.get()) {
                    Extraction expected = single.get(x.document().id());
                    assertEquals(expected.records(), x.records(), x.document().id() + ": records differ between threads");
                    assertEquals(expected.root(), x.root(), x.document().id() + ": sections differ between threads");
                    checked++;
                }
            }
            assertEquals(THREADS * ROUNDS * docs.size(), checked, "every run should be compared");
        } finally {
            pool.shutdownNow();
        }
    }
}
