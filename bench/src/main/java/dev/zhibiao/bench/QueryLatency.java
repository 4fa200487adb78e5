package dev.zhibiao.bench;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.compare.index.MeasureQuery;
import dev.zhibiao.error.DataException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of searches over a measure index: the bundled queries run a few rounds to warm up, then each is timed
 * over several rounds, top ten hits with their snippets, as a service asks ({@link MeasureIndex#search}); or with
 * the counts per region and domain as well, as {@code zhibiao search} asks by default.
 */
final class QueryLatency {
    /**
     * Percentiles of the timed searches.
     *
     * @param queries searches timed
     * @param p50Ms   median latency, milliseconds
     * @param p99Ms   99th percentile latency, milliseconds
     * @param hits    hits returned over all timed searches (so that the work is not skipped)
     */
    record Result(int queries, double p50Ms, double p99Ms, long hits) {
    }

    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 20;

    private QueryLatency() {
    }

    /** Searches for the top ten hits with their snippets, after the least warm-up. */
    static Result measure(MeasureIndex index) {
        return measure(index, false, Duration.ZERO);
    }

    /**
     * The same, counting every match per region and domain when {@code facets}. The queries run round and round
     * for {@code warmup} (and at least {@value #WARMUP_ROUNDS} rounds) before any is timed: the JIT takes some
     * thousand searches to settle.
     */
    static Result measure(MeasureIndex index, boolean facets, Duration warmup) {
        List<String> queries = queries();
        long until = System.nanoTime() + warmup.toNanos();
        for (int r = 0; r < WARMUP_ROUNDS || System.nanoTime() < until; r++) {
            for (String q : queries) search(index, q, facets);
        }
        double[] millis = new double[queries.size() * TIMED_ROUNDS];
        long hits = 0;
        int k = 0;
        for (int r = 0; r < TIMED_ROUNDS; r++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                hits += search(index, q, facets);
                millis[k++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Result(millis.length, percentile(millis, 0.50), percentile(millis, 0.99), hits);
    }

    private static int search(MeasureIndex index, String q, boolean facets) {
        MeasureQuery query = index.search(q).limit(10);
        return (facets ? query.facets() : query).run().size();
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static List<String> queries() {
        String resource = "queries.txt";
        try (InputStream in = QueryLatency.class.getResourceAsStream(resource)) {
            if (in == null) throw new DataException(resource, "not on the class path beside QueryLatency");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new DataException(resource, "cannot be read: " + e.getMessage(), e);
        }
    }
}
