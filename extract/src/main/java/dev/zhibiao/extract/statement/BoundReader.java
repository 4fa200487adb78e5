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
    /** How far before a share's number 约占 may stand: the whole it is of lies between. */
    private static final int SHARE_REACH = 24;
    private static final Pattern FLOOR = Pattern.compile("^\\s*(?:的)?基础上(?:继续|进一步|稳步|持续)?(?:巩固)?(?:提高|提升|增长|上升)");

    private final Lexicon words = Vocabulary.bounds();
    private final List<String> byLength;
    /** The last character of each word: a window is read back only from where one stands. */
    private final String lastChars;

    /** What may stand between a one-character bound word and its number: 约为, 约有, 约占, 超达. */
    private static final String FOLLOWS_SINGLE = "为达在是有占计合";

    BoundReader() {
        List<String> w = new java.util.ArrayList<>(words.words());
        w.sort(java.util.Comparator.comparingInt(String::length).reversed());
        byLength = List.copyOf(w);
        lastChars = words.lastCharacters();
    }

    /**
     * The bound of the nearest bound word before a number, or null. Words of two or more characters count
     * anywhere in the window (which starts after the previous number); single characters (超, 近, 约) only
     * close to the number, since they also start unrelated words (超重).
     */
    Bound prefix(String window) {
        // read from the number back: the first end a word ends at is the nearest, and there the longest word
        for (int end = window.length(); end > 0; end--) {
            // 远高于目标“达到80%”: a number quoted with its own words is bounded by them, not by the words outside
            char c = window.charAt(end - 1);
            if (c == '“' || c == '「' || c == '『') return null;
            if (lastChars.indexOf(c) < 0) continue;
            for (String w : byLength) {
                int at = end - w.length();
                // 约占总数的48%: 约 before 占 bounds the share the clause goes on to give, however long its whole
                boolean share = w.equals("约") && end < window.length() && window.charAt(end) == '占';
                if (at < 0 || !window.startsWith(w, at) || w.length() == 1 && window.length() - at > (share ? SHARE_REACH : REACH)) continue;
                if (w.equals("近") && end < window.length()) return null;
                // 最低生活保障, 最高人民法院: a bound word that opens a noun's name bounds nothing
                if (opensNoun(window, at)) continue;
                // a single character inside a word (履约率为…) bounds nothing: only a verb of level may follow it (约为)
                if (w.length() == 1 && end < window.length() && FOLLOWS_SINGLE.indexOf(window.charAt(end)) < 0
                        && !Character.isWhitespace(window.charAt(end))) {
                    return null;
                }
                return Bound.of(words.value(w));
            }
        }
        return null;
    }

    private final List<String> nouns = Vocabulary.boundWordNouns().words();

    private boolean opensNoun(String window, int at) {
        for (String n : nouns) {
            if (window.startsWith(n, at)) return true;
        }
        return false;
    }

    /** The bound set by what follows a number: a floor to build on reads as {@code >=}. */
    Bound after(String after) {
        return FLOOR.matcher(after).find() ? Bound.GE : null;
    }
}
