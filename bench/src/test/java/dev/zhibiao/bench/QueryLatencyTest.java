package dev.zhibiao.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryLatencyTest {
    private static final double[] ONE_TO_HUNDRED = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

    @ParameterizedTest(name = "p{0} of 1..100 is {1}")
    @CsvSource({"0.50, 50", "0.99, 99", "1.00, 100", "0.01, 1", "0.0, 1"})
    void nearestRankPercentile(double p, double expected) {
        assertEquals(expected, QueryLatency.percentile(ONE_TO_HUNDRED, p), "percentile " + p + " of 1..100");
    }

    @Test
    void singleValueIsEveryPercentile() {
        assertEquals(7.0, QueryLatency.percentile(new double[] {7}, 0.99), "p99 of [7]");
    }

    @Test
    void bundledQueriesAreThere() {
        var queries = QueryLatency.queries();
        assertTrue(queries.size() >= 20, "expected at least 20 bundled queries, got " + queries.size());
        assertTrue(queries.stream().noneMatch(q -> q.startsWith("#") || q.isBlank()), "comments or blanks: " + queries);
    }
}
