package dev.zhibiao.extract.normalize;

/**
 * Builds the output of one normalisation rule: characters appended with the offset, in the rule's input, of
 * the character each came from. Composing with the input's own map keeps offsets pointing at the original.
 * The output is kept as a char array: copying runs of the input into it is one bulk copy, where a
 * {@link StringBuilder} appends a sub-sequence character by character.
 */
final class TextEdit {
    private final NormalizedText input;
    private char[] out;
    private int[] map;
    private int length;

    TextEdit(NormalizedText input) {
        this.input = input;
        int capacity = Math.max(16, input.length());
        this.out = new char[capacity];
        this.map = new int[capacity];
    }

    /** Appends {@code c} as standing for input character {@code from}. */
    void append(char c, int from) {
        ensure(length + 1);
        map[length] = input.toOriginal()[from];
        out[length++] = c;
    }

    /** Copies input characters [start, end) unchanged, as one run (most of a text is copied, not changed). */
    void copy(int start, int end) {
        int n = end - start;
        if (n <= 0) return;
        ensure(length + n);
        System.arraycopy(input.toOriginal(), start, map, length, n);
        input.text().getChars(start, end, out, length);
        length += n;
    }

    char last() {
        return length == 0 ? '\0' : out[length - 1];
    }

    NormalizedText result() {
        return new NormalizedText(input.original(), new String(out, 0, length), java.util.Arrays.copyOf(map, length));
    }

    private void ensure(int capacity) {
        if (capacity <= out.length) return;
        int grown = Math.max(out.length * 2, capacity);
        out = java.util.Arrays.copyOf(out, grown);
        map = java.util.Arrays.copyOf(map, grown);
    }
}
