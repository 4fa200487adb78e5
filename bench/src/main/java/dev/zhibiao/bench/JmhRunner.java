package dev.zhibiao.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs the JMH benchmarks of this package and turns their scores into the figures of {@link Bench}: extraction
 * and HanLP segmentation in MB/s on one thread and on all cores, with their ratio; index build and query latency.
 *
 * <pre>{@code
 * JmhRunner.all();    // forks JVMs; takes some minutes
 * }</pre>
 *
 * From the command line: {@code zhibiao bench jmh}, or {@code java -cp zhibiao.jar org.openjdk.jmh.Main} for
 * JMH's own options.
 */
public final class JmhRunner {
    private JmhRunner() {
    }

    /** Runs {@link ExtractionBenchmark} on one thread and on all cores, then {@link IndexBenchmark}. */
    public static BenchReport all() {
        long bytes = ExtractionBenchmark.corpusBytes();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Figure> figures = new ArrayList<>();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            String on = threads == 1 ? "1 thread" : threads + " threads";
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(ExtractionBenchmark.class.getName() + "\\.")
                    .threads(threads)
                    .shouldFailOnError(true);
            double ours = Double.NaN, peer = Double.NaN;
            for (RunResult r : run(options)) {
                double mbPerS = r.getPrimaryResult().getScore() * bytes / 1e6;
                String method = r.getParams().getBenchmark();
                if (method.endsWith(".extract")) ours = mbPerS;
                else if (method.endsWith(".hanlpSegment")) peer = mbPerS;
            }
            figures.add(Figure.of("JMH extraction, " + on, ours, "MB/s"));
            figures.add(Figure.of("JMH HanLP standard segmentation, " + on, peer, "MB/s"));
            Figure ratio = Figure.of("JMH extraction ÷ HanLP, " + on, ours / peer, "x");
            figures.add(threads == 1 ? ratio.atLeast(Bench.THROUGHPUT_RATIO_GOAL) : ratio);
        }
        figures.addAll(index());
        return new BenchReport("JMH", figures, List.of(String.format(Locale.ROOT,
                "JMH: extraction and HanLP, one operation = one pass over the bundled corpus (%.3f MB); %d cores; "
                        + "index build, one operation = %d plans into a new in-memory index; queries over %s "
                        + "generated plans", bytes / 1e6, cores, IndexBenchmark.BATCH, IndexBenchmark.DOCS)));
    }

    /** Runs {@link IndexBenchmark}: plans indexed per second, and query latency percentiles. */
    public static List<Figure> index() {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(IndexBenchmark.class.getName() + "\\.")
                .shouldFailOnError(true);
        List<Figure> figures = new ArrayList<>();
        for (RunResult r : run(options)) {
            String method = r.getParams().getBenchmark();
            var score = r.getPrimaryResult();
            if (method.endsWith(".build")) {
                figures.add(Figure.of("JMH index build", score.getScore() * IndexBenchmark.BATCH, "docs/s")
                        .atLeast(Bench.INDEX_GOAL_DOCS_PER_S));
            } else if (method.endsWith(".query")) {
                var stats = score.getStatistics();
                figures.add(Figure.of("JMH query latency p50", stats.getPercentile(50), "ms")
                        .below(Bench.QUERY_P50_GOAL_MS));
                figures.add(Figure.of("JMH query latency p99", stats.getPercentile(99), "ms"));
            }
        }
        return figures;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) {
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }
}
