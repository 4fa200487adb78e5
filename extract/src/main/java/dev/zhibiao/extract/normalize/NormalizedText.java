package dev.zhibiao.extract.normalize;

import dev.zhibiao.model.Span;

import java.util.Objects;

/**
 * A normalised text with the offset of each of its characters in the original text, so that every span found
 * in the normalised text can be reported in the original.
 *
 * @param original   the text as given
 * @param text       the normalised text
 * @param toOriginal for each character of {@code text}, the offset of the original character it came from
 */
public record NormalizedText(String original, String text, int[] toOriginal) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        if (toOriginal.length != text.length()) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for "
                    + text.length() + " characters");
        }
    }

    /** The identity: a text taken as it is. */
    public static NormalizedText identity(String text) {
        int[] map = new int[text.length()];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return new NormalizedText(text, text, map);
    }

    /** The original offset of normalised character {@code i}; the original's length past the end. */
    public int originalOffset(int i) {
        if (i >= toOriginal.length) return original.length();
        return toOriginal[i];
    }

    /** The span in the original text that normalised characters [start, end) came from. */
    public Span originalSpan(int start, int end) {
        if (end <= start) {
            int o = originalOffset(start);
            return Span.of(o, o);
        }
        return Span.of(toOriginal[start], toOriginal[end - 1] + 1);
    }

    /** The original text behind normalised characters [start, end). */
    public String originalText(int start, int end) {
        return originalSpan(start, end).in(original);
    }

    public int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return "NormalizedText[" + text.length() + " of " + original.length() + " chars]";
    }
}
