package dev.zhibiao.bench;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.model.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands extractions to a measure index in batches: the index commits once per {@code addAll}, and a commit per
 * document would measure the disk's flushes rather than indexing. A batch is small, so memory stays flat.
 */
final class IndexSink implements Consumer<Extraction> {
    static final int BATCH = 500;

    private final MeasureIndex index;
    private final List<Extraction> batch = new ArrayList<>(BATCH);

    private long nanos;
    private int docs;

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
        long t0 = System.nanoTime();
        index.addAll(batch);
        nanos += System.nanoTime() - t0;
        docs += batch.size();
        batch.clear();
    }

    /**
     * Seconds of wall time spent indexing so far: the index builds each batch on all cores, so on a machine shared
     * with other work this also counts the waits for a core.
     */
    double seconds() {
        return nanos / 1e9;
    }

    /** Documents indexed so far. */
    int documents() {
        return docs;
    }
}
