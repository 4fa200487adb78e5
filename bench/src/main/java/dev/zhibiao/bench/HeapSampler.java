package dev.zhibiao.bench;

import java.lang.management.ManagementFactory;

/**
 * Samples the heap in use on a daemon thread while a run goes on, keeping the highest sample. Close it to stop.
 */
final class HeapSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler(long periodMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "zhibiao-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peak) peak = used;
    }

    /** The highest heap in use seen so far, in bytes. */
    long peak() {
        sample();
        return peak;
    }

    /** Heap in use right after a full collection: what the run really keeps alive. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
