package dev.zhibiao.extract.statement;

import java.util.regex.Pattern;

/**
 * A pattern with characters one of which every match of it holds ({@code (?:尚差|还差|仍差)\s*$} holds 差).
 * Java tries a pattern at every position of a text; a text holding none of the characters, as most do, is
 * passed over with one scan instead. Immutable.
 *
 * @param pattern the pattern
 * @param anyOf   characters one of which every match holds
 */
record Guarded(Pattern pattern, String anyOf) {
    static Guarded of(String regex, String anyOf) {
        return new Guarded(Pattern.compile(regex), anyOf);
    }

    /** True when the pattern matches somewhere in {@code s}, as {@code pattern.matcher(s).find()}. */
    boolean find(String s) {
        for (int i = 0; i < anyOf.length(); i++) {
            if (s.indexOf(anyOf.charAt(i)) >= 0) return pattern.matcher(s).find();
        }
        return false;
    }
}
