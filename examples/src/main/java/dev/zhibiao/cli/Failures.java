package dev.zhibiao.cli;

import dev.zhibiao.error.Reasons;
import dev.zhibiao.error.ZhibiaoException;

/**
 * The one line a command prints for an input that failed. Every input's failure is its own: a batch goes on,
 * whatever the problem, as long as the JVM can go on.
 */
final class Failures {
    private Failures() {
    }

    /** The line for a failure of the input {@code input}, in zhibiao's words. */
    static String line(String input, Throwable e) {
        if (e instanceof ZhibiaoException z) return Reasons.oneLine(z);
        if (e instanceof OutOfMemoryError) {
            // What the failed input held is garbage once the error has unwound: the next input has the heap back.
            return input + ": too large to extract in the memory available (a heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; java -Xmx raises it)";
        }
        return input + ": " + Reasons.of(e);
    }
}
