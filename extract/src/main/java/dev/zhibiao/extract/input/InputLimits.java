package dev.zhibiao.extract.input;

/**
 * The bounds {@link Inputs} enforces, so that no input can exhaust memory or make extraction crawl.
 * Each breach is an {@link dev.zhibiao.error.InputException} naming the limit; raise a limit with a
 * {@code with…} copy. Every limit is checked while the input is read, before the work it bounds is done.
 *
 * <pre>{@code
 * var limits = InputLimits.DEFAULT.withMaxChars(10_000_000);
 * Inputs.read(Path.of("yearbook.txt"), limits);
 * }</pre>
 *
 * @param maxBytes       the largest file or stream read, in bytes (default 64 MiB: room for a PDF with images)
 * @param maxChars       the most characters of text a document may yield after decoding or conversion
 *                       (default 2,000,000: about 70 times the longest plan seen, some 6 MB of Chinese UTF-8)
 * @param maxLineChars   the longest line, in characters (default 100,000); a longer one is a sign of
 *                       minified script, encoded data or a broken conversion rather than prose
 * @param maxMarkupBytes the most markup a document may carry around its text (default 16 MiB): the bytes the
 *                       XML parts of a {@code .docx} expand to when unzipped, counted as they stream, and the
 *                       bytes of a web page. Markup is parsed into a tree many times its size, so this bounds
 *                       the memory a document can take, whatever its compressed size
 * @param maxPages       the most pages of a PDF (default 2,000: a thousand characters a page is the
 *                       {@code maxChars} of text), checked before any page is read
 */
public record InputLimits(long maxBytes, int maxChars, int maxLineChars, long maxMarkupBytes, int maxPages) {
    /** 64 MiB, 2,000,000 characters, lines of at most 100,000 characters, 16 MiB of markup, 2,000 pages. */
    public static final InputLimits DEFAULT = new InputLimits(64L << 20, 2_000_000, 100_000, 16L << 20, 2_000);

    public InputLimits {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        if (maxLineChars < 1) throw new IllegalArgumentException("maxLineChars must be positive: " + maxLineChars);
        if (maxMarkupBytes < 1) throw new IllegalArgumentException("maxMarkupBytes must be positive: " + maxMarkupBytes);
        if (maxPages < 1) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
    }

    /** The three limits of earlier versions, with the default markup and page limits. */
    public InputLimits(long maxBytes, int maxChars, int maxLineChars) {
        this(maxBytes, maxChars, maxLineChars, DEFAULT.maxMarkupBytes, DEFAULT.maxPages);
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxChars, maxLineChars, maxMarkupBytes, maxPages);
    }

    public InputLimits withMaxChars(int chars) {
        return new InputLimits(maxBytes, chars, maxLineChars, maxMarkupBytes, maxPages);
    }

    public InputLimits withMaxLineChars(int chars) {
        return new InputLimits(maxBytes, maxChars, chars, maxMarkupBytes, maxPages);
    }

    public InputLimits withMaxMarkupBytes(long bytes) {
        return new InputLimits(maxBytes, maxChars, maxLineChars, bytes, maxPages);
    }

    public InputLimits withMaxPages(int pages) {
        return new InputLimits(maxBytes, maxChars, maxLineChars, maxMarkupBytes, pages);
    }
}
