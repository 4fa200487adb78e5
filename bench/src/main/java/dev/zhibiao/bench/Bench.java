package dev.zhibiao.bench;

import dev.zhibiao.compare.Benchmarks;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The performance figures of zhibiao, each held against its goal: extraction throughput beside HanLP's standard
 * segmentation of the same text, start-up of a fresh JVM, heap after extracting the bundled corpus, index build
 * and query latency, the bundled comparison end to end, and the scale run over generated documents.
 *
 * <pre>{@code
 * var bench = Bench.create();
 * bench.throughput();          // MB/s, one thread and all cores, with the ratio to HanLP
 * bench.scale(1000, System.err);
 * }</pre>
 *
 * The in-process figures are quick warm measurements; the JMH benchmarks in this package
 * ({@link JmhRunner}) give the same figures with JMH's rigour.
 */
public final class Bench {
    /** Goal: extraction at least this many times HanLP's segmentation of the same text, one thread. */
    public static final double THROUGHPUT_RATIO_GOAL = 3.0;
    /** Goal: a fresh JVM prints the first document's records within this many milliseconds. */
    public static final double STARTUP_GOAL_MS = 1000;
    /** Goal: heap, in MB, for extracting the bundled corpus (the child JVM runs with this as -Xmx). */
    public static final int HEAP_GOAL_MB = 128;
    /** Goal: documents indexed per second. */
    public static final double INDEX_GOAL_DOCS_PER_S = 500;
    /** Goal: median query latency in milliseconds over the scale-run index. */
    public static final double QUERY_P50_GOAL_MS = 2;
    /** Goal: the scale run of 10,000 documents within this many seconds. */
    public static final double SCALE_GOAL_SECONDS = 180;
    /** Goal: live heap at the end of the scale run within this many MB of the live heap at a tenth of it. */
    public static final double SCALE_FLAT_GOAL_MB = 32;

    private static final int COMPARE_RUNS = 6;
    /** Turns taken in alternation by extraction and HanLP, so that changing load weighs on both alike. */
    private static final int ROUNDS = 5;

    private final Corpus corpus;
    private final Duration warmup;
    private final Duration measured;
    private final int startupRuns;
    private volatile Extractor extractor;

    private Bench(Corpus corpus, Duration warmup, Duration measured, int startupRuns) {
        this.corpus = corpus;
        this.warmup = warmup;
        this.measured = measured;
        this.startupRuns = startupRuns;
    }

    /** A bench over the bundled corpus: 5 s warm-up and 10 s measured per throughput figure, 5 start-ups. */
    public static Bench create() {
        return new Bench(Corpus.bundled(), Duration.ofSeconds(5), Duration.ofSeconds(10), 5);
    }

    /** The same bench with other warm-up and measured times for each throughput figure. */
    public Bench times(Duration newWarmup, Duration newMeasured) {
        return new Bench(corpus, newWarmup, newMeasured, startupRuns);
    }

    /** The same bench starting a fresh JVM {@code runs} times for the start-up figure. */
    public Bench startupRuns(int runs) {
        if (runs < 1) throw new IllegalArgumentException("start-up runs must be at least 1: " + runs);
        return new Bench(corpus, warmup, measured, runs);
    }

    private Extractor extractor() {
        Extractor x = extractor;
        if (x == null) {
            synchronized (this) {
                if (extractor == null) extractor = Extractor.create();
                x = extractor;
            }
        }
        return x;
    }

    /**
     * Warm throughput in MB/s of UTF-8 text over the bundled corpus: extraction and HanLP's standard
     * segmentation, on one thread and on all cores, with their ratio.
     */
    public BenchReport throughput() {
        return throughput(corpus.documents(), "the bundled corpus");
    }

    /**
     * Warm throughput over other documents (a folder of real pages, say), as {@link #throughput()} measures the
     * bundled corpus: {@code bench.throughput(docs, "pages/")}.
     */
    public BenchReport throughput(List<Document> documents, String what) {
        Throughput t = new Throughput(documents);
        Extractor x = extractor();
        List<Figure> figures = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            String on = threads == 1 ? "1 thread" : threads + " threads";
            Rate[] rates = t.compare(d -> x.extract(d).records().size(), d -> PeerSegmenter.segment(d.text()),
                    threads, warmup, measured, ROUNDS);
            Rate ours = rates[0], peer = rates[1];
            figures.add(Figure.of("extraction, " + on, ours.megabytesPerSecond(), "MB/s"));
            figures.add(Figure.of("HanLP standard segmentation, " + on, peer.megabytesPerSecond(), "MB/s"));
            Figure ratio = Figure.of("extraction ÷ HanLP, " + on,
                    ours.megabytesPerSecond() / peer.megabytesPerSecond(), "x");
            figures.add(threads == 1 ? ratio.atLeast(THROUGHPUT_RATIO_GOAL) : ratio);
        }
        return new BenchReport("throughput", figures, List.of(
                String.format(Locale.ROOT, "corpus: %s, %d documents, %.3f MB of UTF-8 text", what, documents.size(),
                        t.totalBytes() / 1e6),
                cores + " cores; warm-up " + warmup.toSeconds() + " s, then " + ROUNDS + " alternating turns of "
                        + "extraction and HanLP, " + measured.toSeconds() + " s in all for each"));
    }

    /**
     * Start-up: a fresh JVM on this class path reads the first bundled document from a file, creates an
     * extractor and prints the records; timed from process start to the records, median and best of the runs.
     */
    public BenchReport startup() {
        Document first = corpus.documents().get(0);
        Path file;
        try {
            file = Files.createTempFile("zhibiao-startup-", ".txt");
            Files.writeString(file, first.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the start-up document to a temporary file", e);
        }
        double[] millis = new double[startupRuns];
        try {
            for (int i = 0; i < startupRuns; i++) {
                ChildJvm.Outcome o = ChildJvm.run(List.of(), FirstRecords.class, List.of(file.toString()), "records=", 120);
                if (o.exitCode() != 0 || Double.isNaN(o.secondsToLine())) {
                    throw new IllegalStateException("the start-up probe failed (exit " + o.exitCode() + "): " + o.lines());
                }
                millis[i] = o.secondsToLine() * 1000;
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
        Arrays.sort(millis);
        return new BenchReport("start-up", List.of(
                Figure.of("fresh JVM to first records, median", millis[millis.length / 2], "ms").below(STARTUP_GOAL_MS),
                Figure.of("fresh JVM to first records, best", millis[0], "ms")),
                List.of("start-up: " + startupRuns + " fresh JVMs, each extracting " + first.id() + " ("
                        + first.text().length() + " chars) from a file"));
    }

    /**
     * Heap after extracting the bundled corpus and keeping every extraction, measured in a child JVM limited to
     * {@value #HEAP_GOAL_MB} MB: that it finishes at all shows the corpus fits.
     */
    public BenchReport heap() {
        ChildJvm.Outcome o = ChildJvm.run(List.of("-Xmx" + HEAP_GOAL_MB + "m"), HeapProbe.class, List.of(),
                "documents=", 600);
        boolean fits = o.exitCode() == 0 && o.value("used") != null;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("bundled corpus extracted within -Xmx" + HEAP_GOAL_MB + "m", fits ? 1 : 0, "yes=1",
                "= 1", fits));
        if (fits) {
            figures.add(Figure.of("heap after extracting the bundled corpus (after GC)",
                    Long.parseLong(o.value("used")) / 1048576.0, "MB").below(HEAP_GOAL_MB));
            figures.add(Figure.of("heap peak while extracting (sum of pool peaks)",
                    Long.parseLong(o.value("peak")) / 1048576.0, "MB"));
        }
        return new BenchReport("heap", figures, List.of("heap: child JVM -Xmx" + HEAP_GOAL_MB + "m, "
                + corpus.documents().size() + " documents extracted and kept"
                + (fits ? ", " + o.value("records") + " records" : ", exit code " + o.exitCode())));
    }

    /**
     * The scale run: {@code docs} generated documents extracted on all cores and streamed into a measure index on
     * disk, with a progress bar on {@code progress} ({@code System.err}, a {@code PrintWriter}; null for none);
     * then query latency over that index. The index lives in a temporary folder removed afterwards.
     */
    public BenchReport scale(int docs, Appendable progress) {
        return scale(docs, progress, null);
    }

    /**
     * As {@link #scale(int, Appendable)}, building the index in {@code indexDir} and keeping it there (replacing
     * any index in it), so that it can be searched afterwards; null for a temporary folder.
     */
    public BenchReport scale(int docs, Appendable progress, Path indexDir) {
        if (docs < 1) throw new IllegalArgumentException("the scale run needs at least one document: " + docs);
        int cores = Runtime.getRuntime().availableProcessors();
        DocumentGenerator generator = DocumentGenerator.of(corpus);
        Extractor x = extractor();
        Path dir = indexDir != null ? indexDir : temporaryFolder("zhibiao-scale-");
        ScaleRun.Result r;
        Searched searched;
        try {
            try (MeasureIndex index = MeasureIndex.create(dir)) {
                r = ScaleRun.run(generator, x, docs, cores, new IndexSink(index),
                        new ProgressBar(progress, "scale", docs));
            }
            searched = searched(dir);
        } finally {
            if (indexDir == null) TemporaryFolders.delete(dir);
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("scale: documents", r.docs(), "docs"));
        figures.add(Figure.of("scale: records extracted", r.records(), "records"));
        Figure total = Figure.of("scale: wall time", r.seconds(), "s");
        figures.add(docs >= 10_000 ? total.below(SCALE_GOAL_SECONDS * docs / 10_000.0) : total);
        figures.add(Figure.of("scale: end to end", r.docsPerSecond(), "docs/s"));
        figures.add(Figure.of("scale: CPU time of the JVM", r.cpuSeconds(), "s"));
        figures.add(Figure.of("scale: cores kept busy (CPU time ÷ wall time)", r.cpuSeconds() / r.seconds(), "cores"));
        figures.add(Figure.of("scale: text extracted", r.bytes() / 1e6 / r.seconds(), "MB/s"));
        figures.add(Figure.of("index build, plans, beside extraction", r.docs() / r.indexSeconds(), "docs/s")
                .atLeast(INDEX_GOAL_DOCS_PER_S));
        figures.add(Figure.of("index build, index entries (measure items and targets)", searched.entries() / r.indexSeconds(),
                "entries/s"));
        figures.addAll(queryFigures(searched));
        figures.add(Figure.of("scale: index on disk", searched.bytes() / 1048576.0, "MB"));
        figures.add(Figure.of("scale: peak heap (sampled)", r.peakHeap() / 1048576.0, "MB"));
        figures.add(Figure.of("scale: live heap at 10%", r.liveEarly() / 1048576.0, "MB"));
        figures.add(Figure.of("scale: live heap at end", r.liveEnd() / 1048576.0, "MB"));
        figures.add(Figure.of("scale: live heap growth 10% → end", (r.liveEnd() - r.liveEarly()) / 1048576.0, "MB")
                .below(SCALE_FLAT_GOAL_MB));
        return new BenchReport("scale " + docs + " documents", figures, List.of(
                String.format(Locale.ROOT, "scale: %d generated documents, %.1f MB of text, %d extraction threads, "
                        + "index on disk in batches of %d, max heap %d MB", r.docs(), r.bytes() / 1e6, cores,
                        IndexSink.BATCH, Runtime.getRuntime().maxMemory() >> 20)
                        + (indexDir == null ? "" : ", index kept in " + indexDir),
                "index build beside extraction: wall time in MeasureIndex.addAll while the extraction threads go on",
                queryNote(searched.plain())));
    }

    /** Indexes the plans into a new index in {@code dir} in batches; returns the seconds spent in the index. */
    private static double indexAll(Path dir, List<Extraction> plans, ProgressBar bar) {
        try (MeasureIndex index = MeasureIndex.create(dir)) {
            IndexSink sink = new IndexSink(index);
            for (Extraction e : plans) {
                sink.accept(e);
                bar.update(sink.documents());
            }
            sink.flush();
            bar.finish(plans.size());
            return sink.seconds();
        }
    }

    /** What searching a finished index measured, and its size. */
    private record Searched(int entries, QueryLatency.Result plain, QueryLatency.Result counted, long bytes) {
    }

    /**
     * Query latency over the index in {@code dir}, closed by its writer (so its merges are done) and opened as a
     * user opens it to search.
     */
    private Searched searched(Path dir) {
        try (MeasureIndex index = MeasureIndex.openReadOnly(dir)) {
            return new Searched(index.size(), QueryLatency.measure(index, false, warmup),
                    QueryLatency.measure(index, true, warmup), TemporaryFolders.size(dir));
        }
    }

    private static List<Figure> queryFigures(Searched searched) {
        QueryLatency.Result q = searched.plain();
        QueryLatency.Result counted = searched.counted();
        return List.of(
                Figure.of("query latency p50", q.p50Ms(), "ms").below(QUERY_P50_GOAL_MS),
                Figure.of("query latency p99", q.p99Ms(), "ms"),
                Figure.of("query latency p50, with counts per region and domain", counted.p50Ms(), "ms"),
                Figure.of("query latency p99, with counts per region and domain", counted.p99Ms(), "ms"));
    }

    private static String queryNote(QueryLatency.Result q) {
        return "queries: " + q.queries() + " timed searches of the top 10 with snippets (" + q.hits() + " hits), "
                + "then as many with every match counted per region and domain";
    }

    /**
     * Index build alone: {@code docs} generated plans are extracted first and kept, indexed for twice the measured time of a
     * throughput figure to warm up (20 s by default), then
     * indexed into a new index on disk in batches of {@value IndexSink#BATCH}, timed; then query latency over that
     * index. The extractions are
     * held in memory (about 0.1 MB a plan), so this is for a few thousand plans; the scale run streams any number.
     */
    public BenchReport index(int docs, Appendable progress, Path indexDir) {
        if (docs < 1) throw new IllegalArgumentException("the index bench needs at least one document: " + docs);
        DocumentGenerator generator = DocumentGenerator.of(corpus);
        Extractor x = extractor();
        ProgressBar extracting = new ProgressBar(progress, "extract", docs);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Extraction> plans = java.util.stream.IntStream.range(0, docs).parallel()
                .mapToObj(i -> {
                    Extraction e = x.extract(generator.document(i));
                    extracting.update(done.incrementAndGet());
                    return e;
                }).toList();
        extracting.finish(docs);
        // Indexing warms up slowly (the JIT compiles Lucene's indexing chain over the first thousands of plans),
        // so the plans are indexed untimed, again and again for a while, as JMH warms up before it measures.
        long warmUntil = System.nanoTime() + measured.multipliedBy(2).toNanos();
        int passes = 0;
        do {
            Path warm = temporaryFolder("zhibiao-index-warm-");
            try {
                indexAll(warm, plans, new ProgressBar(progress, "warm-up " + (++passes), docs));
            } finally {
                TemporaryFolders.delete(warm);
            }
        } while (System.nanoTime() < warmUntil);
        Path dir = indexDir != null ? indexDir : temporaryFolder("zhibiao-index-");
        double seconds;
        Searched searched;
        try {
            seconds = indexAll(dir, plans, new ProgressBar(progress, "index", docs));
            searched = searched(dir);
        } finally {
            if (indexDir == null) TemporaryFolders.delete(dir);
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("index: documents", docs, "docs"));
        figures.add(Figure.of("index build, plans", docs / seconds, "docs/s").atLeast(INDEX_GOAL_DOCS_PER_S));
        figures.add(Figure.of("index build, index entries (measure items and targets)", searched.entries() / seconds,
                "entries/s"));
        figures.add(Figure.of("index build, wall time", seconds, "s"));
        figures.addAll(queryFigures(searched));
        figures.add(Figure.of("index on disk", searched.bytes() / 1048576.0, "MB"));
        return new BenchReport("index over " + docs + " documents", figures, List.of(
                String.format(Locale.ROOT, "index: %d generated plans extracted beforehand, indexed %d times to warm up, "
                        + "then on disk in batches of %d on %d cores, %d entries", docs, passes, IndexSink.BATCH,
                        Runtime.getRuntime().availableProcessors(), searched.entries())
                        + (indexDir == null ? "" : ", index kept in " + indexDir),
                queryNote(searched.plain())));
    }

    /**
     * The bundled comparison end to end, as {@code zhibiao compare} runs it: extract every bundled document,
     * compare against the national outline and each plan's own regions, write the HTML report. The first run is
     * cold (in this JVM); the median of the next ones warm.
     */
    public BenchReport compare() {
        Extractor x = extractor();
        double[] millis = new double[COMPARE_RUNS];
        int chars = 0;
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            Comparison cmp = Comparison.of(corpus.documents(), x).against(Benchmarks.national()).againstOwnRegions();
            chars = cmp.toHtml().length();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        double cold = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        return new BenchReport("compare", List.of(
                Figure.of("compare bundled corpus end to end, first run", cold, "ms"),
                Figure.of("compare bundled corpus end to end, warm median", warm[warm.length / 2], "ms")),
                List.of("compare: " + corpus.documents().size() + " documents extracted, compared against the "
                        + "national outline and own regions, HTML report of " + chars + " chars; "
                        + COMPARE_RUNS + " runs"));
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the index", e);
        }
    }
}
