package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.model.Bound;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the bound a wording sets on a number, literally: the nearest bound word before it ({@code 不低于},
 * {@code 至少}, {@code 低于}, {@code 约}), or a floor phrase after it ({@code 在96%基础上继续提高}).
 */
final class BoundReader {
    /** How far before a number a bound word may stand (达到 / 保持在 may come between). */
    private static final int REACH = 8;
    private static final Pattern FLOOR = Pattern.compile("^\\s*(?:的)?基础上(?:继续|进一步|稳步|持续)?(?:巩固)?(?:提高|提升|增长|上升)");

    private final Lexicon words = Vocabulary.bounds();
    private final List<String> byLength;

    /** What may stand between a one-character bound word and its number: 约为, 约有, 约占, 超达. */
    private static final String FOLLOWS_SINGLE = "为达在是有占计合";

    BoundReader() {
        List<String> w = new java.util.ArrayList<>(words.words());
        w.sort(java.util.Comparator.comparingInt(String::length).reversed());
        byLength = List.copyOf(w);
    }

    /**
     * The bound of the nearest bound word before a number, or null. Words of two or more characters count
     * anywhere in the window (which starts after the previous number); single characters (超, 近, 约) only
     * close to the number, since they also start unrelated words (超重).
     */
    Bound prefix(String window) {
        String tail = window;
        int bestAt = -1;
        String best = null;
        for (String w : byLength) {
            int at = tail.lastIndexOf(w);
            if (at >= 0 && w.length() == 1 && tail.length() - at > REACH) continue;
            if (at < 0) continue;
            int end = at + w.length();
            if (best == null || end > bestAt + best.length() || end == bestAt + best.length() && w.length() > best.length()) {
                best = w;
                bestAt = at;
            }
        }
        if (best == null) return null;
        String rest = tail.substring(bestAt + best.length());
        if (best.equals("近") && !rest.isEmpty()) return null;
        // a single character inside a word (履约率为…) bounds nothing: only a verb of level may follow it (约为, 超过)
        if (best.length() == 1 && !rest.isEmpty() && FOLLOWS_SINGLE.indexOf(rest.charAt(0)) < 0
                && !Character.isWhitespace(rest.charAt(0))) {
            return null;
        }
        return Bound.of(words.value(best));
    }

    /** The bound set by what follows a number: a floor to build on reads as {@code >=}. */
    Bound after(String after) {
        return FLOOR.matcher(after).find() ? Bound.GE : null;
    }
}
