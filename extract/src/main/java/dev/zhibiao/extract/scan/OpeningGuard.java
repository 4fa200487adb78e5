package dev.zhibiao.extract.scan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern made of alternatives that each open with a literal character ({@code 到\s*20\d\d年}, {@code 将(?:达到|实现)},
 * {@code 力争}): every match of it starts at one of those characters, so a text holding none of them is passed over
 * with one scan, and a search starts at the first of them. The characters are read from the alternatives themselves,
 * and an alternative that does not open with a plain character is refused when the guard is made. Answers as the
 * plain pattern does. Immutable and thread-safe.
 *
 * <pre>{@code
 * OpeningGuard g = OpeningGuard.of("力争", "将(?:达到|实现)");
 * g.find("力争提前完成");   // true
 * }</pre>
 */
public final class OpeningGuard {
    private static final String META = "\\[](){}.*+?^$|";
    private final Pattern pattern;
    private final long[] opening = new long[(Character.MAX_VALUE + 1) >>> 6];
    private final String openingChars;

    private OpeningGuard(List<String> alternatives) {
        if (alternatives.isEmpty()) throw new IllegalArgumentException("no alternatives");
        StringBuilder chars = new StringBuilder();
        for (String a : alternatives) {
            if (a.isEmpty() || META.indexOf(a.charAt(0)) >= 0
                    || a.length() > 1 && "?*{".indexOf(a.charAt(1)) >= 0 || splitsAtTop(a)) {
                throw new IllegalArgumentException("alternative does not open with a plain character: " + a);
            }
            char c = a.charAt(0);
            if ((opening[c >>> 6] & (1L << c)) == 0) chars.append(c);
            opening[c >>> 6] |= 1L << c;
        }
        this.openingChars = chars.toString();
        this.pattern = Pattern.compile(alternatives.stream().map(a -> "(?:" + a + ")")
                .collect(java.util.stream.Collectors.joining("|")));
    }

    /** True when {@code a} is itself several alternatives: a | outside brackets and groups. */
    private static boolean splitsAtTop(String a) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    /** The alternatives, each a regular expression opening with a plain character. */
    public static OpeningGuard of(String... alternatives) {
        return new OpeningGuard(List.of(alternatives));
    }

    /** The whole pattern, the alternatives joined. */
    public Pattern pattern() {
        return pattern;
    }

    /** The characters that open the alternatives: every match starts at one of them. */
    public String openingChars() {
        return openingChars;
    }

    /** Where the first character that may open a match stands at or after {@code from}, or -1. */
    public int firstOpening(CharSequence s, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            char c = s.charAt(i);
            if ((opening[c >>> 6] & (1L << c)) != 0) return i;
        }
        return -1;
    }

    /** True when the pattern matches somewhere in {@code s}, as {@code pattern().matcher(s).find()}. */
    public boolean find(CharSequence s) {
        int at = firstOpening(s, 0);
        return at >= 0 && pattern.matcher(s).find(at);
    }

    @Override
    public String toString() {
        return "OpeningGuard[" + openingChars + "] " + pattern;
    }
}
