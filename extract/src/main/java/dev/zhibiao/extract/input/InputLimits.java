package dev.zhibiao.extract.input;

/**
 * The bounds {@link Inputs} enforces, so that no input can exhaust memory or make extraction crawl.
 * Each breach is an {@link dev.zhibiao.error.InputException} naming the limit; raise a limit with a
 * {@code with…} copy.
 *
 * <pre>{@code
 * var limits = InputLimits.DEFAULT.withMaxChars(10_000_000);
 * Inputs.read(Path.of("yearbook.txt"), limits);
 * }</pre>
 *
 * @param maxBytes     the largest file or stream read, in bytes (default 64 MiB: room for a PDF with images)
 * @param maxChars     the most characters of text a document may yield after decoding or conversion
 *                     (default 2,000,000: about 70 times the longest plan seen, some 6 MB of Chinese UTF-8)
 * @param maxLineChars the longest line, in characters (default 100,000); a longer one is a sign of
 *                     minified script, encoded data or a broken conversion rather than prose
 */
public record InputLimits(long maxBytes, int maxChars, int maxLineChars) {
    /** 64 MiB, 2,000,000 characters, lines of at most 100,000 characters. */
    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 2_000_000, 100_000);

    public InputLimits {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        if (maxLineChars < 1) throw new IllegalArgumentException("maxLineChars must be positive: " + maxLineChars);
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxChars, maxLineChars);
    }

    public InputLimits withMaxChars(int chars) {
        return new InputLimits(maxBytes, chars, maxLineChars);
    }

    public InputLimits withMaxLineChars(int chars) {
        return new InputLimits(maxBytes, maxChars, chars);
    }
}
