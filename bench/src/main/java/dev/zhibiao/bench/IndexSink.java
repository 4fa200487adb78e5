package dev.zhibiao.bench;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.model.Extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands extractions to a measure index in batches: the index commits once per {@code addAll}, and a commit per
 * document would measure the disk's flushes rather than indexing. A batch is small, so memory stays flat.
 */
final class IndexSink implements Consumer<Extraction> {
    static final int BATCH = 100;

    private final MeasureIndex index;
    private final List<Extraction> batch = new ArrayList<>(BATCH);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long nanos;
    private long cpuNanos;

    IndexSink(MeasureIndex index) {
        this.index = index;
    }

    @Override
    public void accept(Extraction x) {
        batch.add(x);
        if (batch.size() >= BATCH) flush();
    }

    /** Indexes what is left. */
    void flush() {
        if (batch.isEmpty()) return;
        long t0 = System.nanoTime(), c0 = THREADS.getCurrentThreadCpuTime();
        index.addAll(batch);
        nanos += System.nanoTime() - t0;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
        batch.clear();
    }

    /** Seconds spent indexing so far. */
    double seconds() {
        return nanos / 1e9;
    }

    /**
     * CPU seconds the indexing thread used so far: on a machine shared with other work this is what indexing
     * costs, where wall time also counts the waits for a core. Background merges are not counted.
     */
    double cpuSeconds() {
        return cpuNanos / 1e9;
    }
}
