package dev.zhibiao.cli;

import dev.zhibiao.bench.Bench;
import dev.zhibiao.bench.BenchReport;
import dev.zhibiao.bench.JmhRunner;
import dev.zhibiao.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao bench [WHAT] [--docs N] [--json]}: measures zhibiao on this machine and holds each figure
 * against its goal.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure zhibiao on this machine; each figure is printed with its goal.",
                "throughput: extraction MB/s beside HanLP standard segmentation of the same text (1 thread, all cores)",
                "startup: fresh JVM to the first document's records",
                "heap: heap after extracting the bundled corpus, in a JVM limited to 128 MB",
                "index: index build alone (documents/s, the plans extracted beforehand and held in memory) and query "
                        + "latency (p50, p99) over N generated documents (default 2000)",
                "compare: the bundled comparison end to end (extract, compare, HTML report)",
                "scale: N generated documents (default 10000) extracted and indexed end to end, streamed, with a "
                        + "progress bar; then query latency over that index",
                "jmh: the JMH benchmarks (forks JVMs; slower, more rigorous)",
                "all: everything but jmh (index over 2000 documents, scale over N)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (goals missed are shown in the table, not as an exit code)",
                "1:a measurement failed", "2:usage error"})
public final class BenchCommand implements Callable<Integer> {
    enum What { throughput, startup, heap, index, compare, scale, jmh, all }

    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", defaultValue = "all",
            description = "one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    What what = What.all;

    /** Documents of the scale run when --docs is not given: the scale. */
    static final int SCALE_DOCS = 10_000;
    /** Documents of the index bench when --docs is not given: it holds their extractions in memory. */
    static final int INDEX_DOCS = 2_000;

    @Option(names = "--docs", paramLabel = "N",
            description = "generated documents for scale (default " + SCALE_DOCS + ") and index (default "
                    + INDEX_DOCS + ")")
    Integer docs;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "measured seconds per throughput figure, after half as long to warm up; index warms up for "
                    + "twice as long (default: ${DEFAULT-VALUE})")
    int seconds = 10;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "fresh JVMs started for the start-up figure (default: ${DEFAULT-VALUE})")
    int runs = 5;

    @Option(names = "--index", paramLabel = "DIR",
            description = "scale and index: build the index in DIR and keep it there, to search afterwards")
    Path indexDir;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "throughput: measure over the documents in DIR (text, html, docx, pdf) instead of the bundled corpus")
    Path texts;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The documents of a folder, read as extract reads them. */
    private static java.util.List<dev.zhibiao.model.Document> documents(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).sorted()
                    .map(dev.zhibiao.extract.input.Inputs::read).toList();
        } catch (java.io.IOException e) {
            throw new dev.zhibiao.error.InputException(dir.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((docs != null && docs < 1) || seconds < 1 || runs < 1) {
            spec.commandLine().getErr().println("zhibiao: --docs, --seconds and --runs must be at least 1");
            return 2;
        }
        Bench bench = Bench.create().times(Duration.ofSeconds(Math.max(1, seconds / 2)), Duration.ofSeconds(seconds))
                .startupRuns(runs);
        PrintWriter progress = spec.commandLine().getErr();
        BenchReport report = switch (what) {
            case throughput -> texts == null ? bench.throughput() : bench.throughput(documents(texts), texts.toString());
            case startup -> bench.startup();
            case heap -> bench.heap();
            case index -> bench.index(docs != null ? docs : INDEX_DOCS, progress, indexDir);
            case compare -> bench.compare();
            case scale -> bench.scale(docs != null ? docs : SCALE_DOCS, progress, indexDir);
            case jmh -> JmhRunner.all();
            case all -> bench.throughput().plus(bench.startup()).plus(bench.heap()).plus(bench.compare())
                    .plus(bench.index(INDEX_DOCS, progress, null))
                    .plus(bench.scale(docs != null ? docs : SCALE_DOCS, progress, indexDir));
        };
        out.println(json ? Json.write(report.toJson()) : report.toString());
        out.flush();
        return 0;
    }
}
