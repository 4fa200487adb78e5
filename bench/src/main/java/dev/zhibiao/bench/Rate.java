package dev.zhibiao.bench;

/**
 * Work done in a measured time: bytes of UTF-8 text and documents.
 *
 * @param bytes   UTF-8 bytes of the texts processed
 * @param docs    documents processed
 * @param seconds wall-clock seconds it took
 */
public record Rate(long bytes, long docs, double seconds) {
    public double megabytesPerSecond() {
        return seconds <= 0 ? Double.NaN : bytes / 1e6 / seconds;
    }

    public double docsPerSecond() {
        return seconds <= 0 ? Double.NaN : docs / seconds;
    }

    /** This work followed by {@code other}'s: the work and the times add up. */
    Rate then(Rate other) {
        return new Rate(bytes + other.bytes, docs + other.docs, seconds + other.seconds);
    }

    /** The sum of rates measured side by side over the same time (one per thread). */
    Rate alongside(Rate other) {
        double s = Math.max(seconds, other.seconds);
        double mb = megabytesPerSecond() + other.megabytesPerSecond();
        double d = docsPerSecond() + other.docsPerSecond();
        return new Rate(Math.round(mb * 1e6 * s), Math.round(d * s), s);
    }
}
