package dev.zhibiao.model;

/**
 * A half-open range of character offsets [start, end) in a document's original text.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    /** The text this span covers in {@code text}. */
    public String in(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " outside text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
