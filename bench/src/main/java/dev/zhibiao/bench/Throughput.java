package dev.zhibiao.bench;

import dev.zhibiao.model.Document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Throughput of a function over documents: each thread works through the documents round and round for a given
 * time. A quick in-process counterpart of the JMH benchmarks, for {@code zhibiao bench}; {@link #compare} runs two
 * functions in alternating rounds so that a machine whose load changes meanwhile slows both alike.
 */
final class Throughput {
    /** Keeps the results alive so that the JIT cannot drop the work. */
    private static volatile long sink;

    private final List<Document> docs;
    private final long[] bytes;

    Throughput(List<Document> docs) {
        if (docs.isEmpty()) throw new IllegalArgumentException("no documents to measure over");
        this.docs = List.copyOf(docs);
        this.bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    long totalBytes() {
        long sum = 0;
        for (long b : bytes) sum += b;
        return sum;
    }

    /**
     * Warm rates of {@code a} and {@code b} on {@code threads} threads: both warm up (discarded, so the JIT has
     * compiled their hot paths), then they take turns for {@code rounds} rounds, each turn a share of
     * {@code measured}. Returns the two rates, {@code a}'s first.
     */
    Rate[] compare(ToIntFunction<Document> a, ToIntFunction<Document> b, int threads, Duration warmup,
                   Duration measured, int rounds) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhibiao-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            run(pool, a, threads, warmup);
            run(pool, b, threads, warmup);
            Duration turn = measured.dividedBy(rounds);
            Rate ra = null, rb = null;
            for (int i = 0; i < rounds; i++) {
                Rate x = run(pool, a, threads, turn), y = run(pool, b, threads, turn);
                ra = ra == null ? x : ra.then(x);
                rb = rb == null ? y : rb.then(y);
            }
            return new Rate[] {ra, rb};
        } finally {
            pool.shutdownNow();
        }
    }

    private Rate run(ExecutorService pool, ToIntFunction<Document> work, int threads, Duration time) {
        List<Future<Rate>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> loop(work, first, time)));
        }
        Rate total = null;
        try {
            for (Future<Rate> f : parts) total = total == null ? f.get() : total.alongside(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the measured work failed: " + e.getCause(), e.getCause());
        }
        return total;
    }

    /** One thread's share; threads start at different documents so that they do not work in step. */
    private Rate loop(ToIntFunction<Document> work, int first, Duration time) {
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        long done = 0, n = 0, keep = 0;
        int i = first % docs.size();
        do {
            keep += work.applyAsInt(docs.get(i));
            done += bytes[i];
            n++;
            i = (i + 1) % docs.size();
        } while (System.nanoTime() < deadline);
        sink += keep;
        return new Rate(done, n, (System.nanoTime() - start) / 1e9);
    }
}
