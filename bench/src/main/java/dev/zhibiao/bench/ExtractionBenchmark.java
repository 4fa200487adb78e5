package dev.zhibiao.bench;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction of the whole bundled corpus, and HanLP's standard segmentation of the same texts as the peer
 * baseline. One operation is one pass over the corpus, so MB/s is the score times {@link #corpusBytes()}
 * ({@link JmhRunner} prints it so).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
public class ExtractionBenchmark {
    private Extractor extractor;
    private List<Document> documents;

    @Setup
    public void load() {
        extractor = Extractor.create();
        documents = Corpus.bundled().documents();
    }

    @Benchmark
    public int extract() {
        int records = 0;
        for (Document d : documents) records += extractor.extract(d).records().size();
        return records;
    }

    @Benchmark
    public int hanlpSegment() {
        int terms = 0;
        for (Document d : documents) terms += PeerSegmenter.segment(d.text());
        return terms;
    }

    /** UTF-8 bytes of one operation's texts. */
    public static long corpusBytes() {
        return new Throughput(Corpus.bundled().documents()).totalBytes();
    }
}
