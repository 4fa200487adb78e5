package dev.zhibiao.bench;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Extracts the whole bundled corpus and keeps the extractions, as a researcher working in JShell does, then reports the
 * heap in use after a full collection and the peak of each heap pool. {@link Bench#heap()} runs it in a child
 * JVM with a small {@code -Xmx}, so that finishing at all shows the corpus fits.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) {
        Extractor extractor = Extractor.create();
        List<Extraction> all = extractor.extractAll(Corpus.bundled().documents());
        int records = all.stream().mapToInt(x -> x.records().size()).sum();
        System.out.println("records=" + records);
        System.out.println("peak=" + peakHeap());
        for (int i = 0; i < 3; i++) System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("used=" + used);
        System.out.println("max=" + Runtime.getRuntime().maxMemory());
        // The extractions must still be reachable here, or the figure would not include them.
        System.out.println("documents=" + all.size());
    }

    /** The sum of each heap pool's peak: an upper bound of the heap ever in use at once. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
