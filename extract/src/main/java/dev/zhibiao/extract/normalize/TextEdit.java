package dev.zhibiao.extract.normalize;

/**
 * Builds the output of one normalisation rule: characters appended with the offset, in the rule's input, of
 * the character each came from. Composing with the input's own map keeps offsets pointing at the original.
 */
final class TextEdit {
    private final NormalizedText input;
    private final StringBuilder out;
    private int[] map;

    TextEdit(NormalizedText input) {
        this.input = input;
        this.out = new StringBuilder(input.length());
        this.map = new int[Math.max(16, input.length())];
    }

    /** Appends {@code c} as standing for input character {@code from}. */
    void append(char c, int from) {
        if (out.length() == map.length) map = java.util.Arrays.copyOf(map, map.length * 2);
        map[out.length()] = input.toOriginal()[from];
        out.append(c);
    }

    /** Copies input characters [start, end) unchanged, as one run (most of a text is copied, not changed). */
    void copy(int start, int end) {
        int n = end - start;
        if (n <= 0) return;
        int at = out.length();
        if (at + n > map.length) map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, at + n));
        System.arraycopy(input.toOriginal(), start, map, at, n);
        out.append(input.text(), start, end);
    }

    char last() {
        return out.isEmpty() ? '\0' : out.charAt(out.length() - 1);
    }

    NormalizedText result() {
        return new NormalizedText(input.original(), out.toString(), java.util.Arrays.copyOf(map, out.length()));
    }
}
