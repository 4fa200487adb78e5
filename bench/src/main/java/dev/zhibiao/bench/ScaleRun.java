package dev.zhibiao.bench;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generated documents streamed through extraction into a measure index: workers make and extract documents
 * while the calling thread hands each extraction to the index in document order. At most a few documents per
 * worker are in flight, so memory stays flat however many documents run.
 */
final class ScaleRun {
    /**
     * What a run did.
     *
     * @param docs        documents extracted and indexed
     * @param records     target records extracted
     * @param bytes       UTF-8 bytes of the generated texts
     * @param seconds     wall-clock seconds from the first document made to the last one indexed
     * @param indexSeconds seconds the calling thread spent indexing
     * @param cpuSeconds  CPU seconds the whole JVM used during the run (all threads, GC and merges included)
     * @param peakHeap    highest heap in use sampled during the run, bytes
     * @param liveEarly   heap in use after a full collection once a tenth of the documents were done, bytes
     * @param liveEnd     heap in use after a full collection at the end, bytes
     */
    record Result(int docs, long records, long bytes, double seconds, double indexSeconds,
                  double cpuSeconds, long peakHeap,
                  long liveEarly, long liveEnd) {
        double docsPerSecond() {
            return docs / seconds;
        }
    }

    private ScaleRun() {
    }

    static Result run(DocumentGenerator generator, Extractor extractor, int n, int threads,
                      IndexSink sink, ProgressBar bar) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhibiao-scale");
            t.setDaemon(true);
            return t;
        });
        int window = 2 * threads;
        Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
        long records = 0, bytes = 0, liveEarly = -1;
        int submitted = 0, done = 0;
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (HeapSampler heap = new HeapSampler(50)) {
            while (done < n) {
                while (submitted < n && inFlight.size() < window) {
                    int index = submitted++;
                    inFlight.add(pool.submit(() -> extractor.extract(generator.document(index))));
                }
                Extraction x = take(inFlight.removeFirst());
                sink.accept(x);
                records += x.records().size();
                bytes += utf8Bytes(x.document());
                done++;
                if (done == Math.max(1, n / 10) && liveEarly < 0) liveEarly = HeapSampler.liveHeap();
                bar.update(done);
            }
            sink.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            bar.finish(done);
            long peak = heap.peak();
            return new Result(done, records, bytes, seconds, sink.seconds(),
                    (processCpuNanos() - cpuStart) / 1e9, peak, liveEarly, HeapSampler.liveHeap());
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time of this JVM, or 0 where the platform does not tell it. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static Extraction take(Future<Extraction> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the scale run", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException("a generated document failed: " + c, c);
        }
    }

    static long utf8Bytes(Document d) {
        return d.text().getBytes(StandardCharsets.UTF_8).length;
    }
}
