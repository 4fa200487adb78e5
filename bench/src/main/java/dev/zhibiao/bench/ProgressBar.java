package dev.zhibiao.bench;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place on a terminal's error stream: done of total, rate, heap in use and
 * the time left. Redraws at most a few times a second, so that drawing costs nothing next to the work.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final Appendable out;
    private final int total;
    private final String label;
    private final long start = System.nanoTime();
    private long lastDraw;

    /** A bar drawn on {@code out} (System.err, a PrintWriter); null draws nothing. */
    ProgressBar(Appendable out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    synchronized void update(int done) {
        if (out == null) return;
        long now = System.nanoTime();
        if (done >= total || now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        draw('\r' + line(done, (now - start) / 1e9));
    }

    synchronized void finish(int done) {
        if (out == null) return;
        draw('\r' + line(done, (System.nanoTime() - start) / 1e9) + '\n');
    }

    private void draw(String s) {
        try {
            out.append(s);
            if (out instanceof Flushable f) f.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the progress bar", e);
        }
    }

    String line(int done, double seconds) {
        int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
        double rate = seconds > 0 ? done / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : -1;
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d  %.0f docs/s  heap %d MB  %s", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), 100L * done / total, done, total, rate, heapMb,
                left < 0 ? "" : done >= total ? String.format(Locale.ROOT, "%.1f s", seconds)
                        : String.format(Locale.ROOT, "%d:%02d left", left / 60, left % 60));
    }
}
