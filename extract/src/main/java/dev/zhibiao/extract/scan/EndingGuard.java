package dev.zhibiao.extract.scan;

import java.util.regex.Pattern;

/**
 * A pattern that ends a text ({@code (?:尚差|还差)\s*$}) with the characters one of which each of its matches ends
 * on before the closing spaces ({@code 差}): a text whose last character but those spaces is none of them cannot
 * match, and is passed over without trying the pattern at each of its positions, as Java would. Answers as the
 * plain pattern does. Immutable and thread-safe.
 *
 * <pre>{@code
 * EndingGuard g = EndingGuard.of("(?:尚差|还差)\\s*$", "差");
 * g.mayEnd("距目标尚差 ", 0, 6);   // true: the pattern is worth trying
 * g.find("尚差3个百分点");         // false, without trying it
 * }</pre>
 */
public final class EndingGuard {
    private static final String END = "\\s*$";
    private final Pattern pattern;
    private final String lastChars;

    private EndingGuard(String regex, String lastChars) {
        if (!regex.endsWith(END)) throw new IllegalArgumentException("pattern does not end in " + END + ": " + regex);
        if (lastChars.isEmpty()) throw new IllegalArgumentException("no last characters for " + regex);
        this.pattern = Pattern.compile(regex);
        this.lastChars = lastChars;
    }

    /** A pattern ending in {@code \s*$}, and every character its matches may end on before those spaces. */
    public static EndingGuard of(String regex, String lastChars) {
        return new EndingGuard(regex, lastChars);
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * False when no match can end {@code s}[from, to) (the region's end being the pattern's {@code $}): its last
     * character, past the spaces {@code \s} takes and a last line separator {@code $} allows, is none of the last
     * characters.
     */
    public boolean mayEnd(CharSequence s, int from, int to) {
        int i = to;
        if (i > from && "\u0085\u2028\u2029".indexOf(s.charAt(i - 1)) >= 0) i--;
        while (i > from && isPatternSpace(s.charAt(i - 1))) i--;
        return i > from && lastChars.indexOf(s.charAt(i - 1)) >= 0;
    }

    /** True when the pattern matches somewhere in {@code s}, as {@code pattern().matcher(s).find()}. */
    public boolean find(CharSequence s) {
        return mayEnd(s, 0, s.length()) && pattern.matcher(s).find();
    }

    /** {@code \s} of a pattern: an ASCII space, tab, line break, vertical tab or form feed. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    @Override
    public String toString() {
        return "EndingGuard[" + lastChars + "] " + pattern;
    }
}
