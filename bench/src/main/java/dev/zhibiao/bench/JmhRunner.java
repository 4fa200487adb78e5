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
 * and HanLP segmentation in MB/s on one thread and on all cores, with their ratio.
 *
 * <pre>{@code
 * JmhRunner.throughput();    // forks JVMs; takes about a minute per benchmark and thread count
 * }</pre>
 *
 * From the command line: {@code zhibiao bench jmh}, or {@code java -cp zhibiao.jar org.openjdk.jmh.Main} for
 * JMH's own options.
 */
public final class JmhRunner {
    private JmhRunner() {
    }

    /** Runs {@link ExtractionBenchmark} on one thread and on all cores. */
    public static BenchReport throughput() {
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
        return new BenchReport("JMH throughput", figures, List.of(String.format(Locale.ROOT,
                "JMH: one operation = one pass over the bundled corpus (%.3f MB); %d cores", bytes / 1e6, cores)));
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) {
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }
}
