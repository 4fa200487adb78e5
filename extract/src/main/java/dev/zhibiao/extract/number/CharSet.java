package dev.zhibiao.extract.number;

/**
 * A fixed set of characters, tested with one array read. The scans for where a number may start test every
 * character of a text, and {@link java.util.BitSet}'s checks made them cost three times as much. Immutable.
 */
final class CharSet {
    private final long[] words = new long[(Character.MAX_VALUE + 1) >>> 6];

    private CharSet() {
    }

    static CharSet of(CharSequence chars) {
        CharSet s = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            s.words[c >>> 6] |= 1L << c;
        }
        return s;
    }

    boolean contains(char c) {
        return (words[c >>> 6] & (1L << c)) != 0;
    }
}
