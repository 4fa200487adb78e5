package dev.zhibiao.bench;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The measure index: building it from extracted plans (one operation indexes {@link #BATCH} plans into a new
 * in-memory index, so documents/s is the score times {@value #BATCH}) and searching it (latency percentiles over
 * the bundled queries, on an index of {@code docs} generated plans).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
public class IndexBenchmark {
    /** Plans indexed per build operation: one batch, as a bulk load commits them. */
    public static final int BATCH = IndexSink.BATCH;
    /** Plans in the index searched by the query benchmark. */
    public static final String DOCS = "2000";

    @Param(DOCS)
    public int docs;

    private List<Extraction> batch;
    private MeasureIndex index;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        Extractor extractor = Extractor.create();
        DocumentGenerator generator = DocumentGenerator.of(Corpus.bundled());
        batch = generator.stream(BATCH).map(extractor::extract).toList();
        index = MeasureIndex.inMemory(List.of());
        for (int from = 0; from < docs; from += IndexSink.BATCH) {
            index.addAll(generator.stream(Math.min(docs, from + IndexSink.BATCH)).skip(from).map(extractor::extract).toList());
        }
        queries = QueryLatency.queries();
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int build() {
        try (MeasureIndex fresh = MeasureIndex.inMemory(batch)) {
            return fresh.size();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int query() {
        String q = queries.get(next++ % queries.size());
        return index.search(q).limit(10).run().size();
    }
}
