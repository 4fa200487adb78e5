package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a change ({@code 下降20%}, {@code 每年降低1个百分点}, {@code 提高2.24个百分点}) from a level
 * ({@code 降至2‰}, {@code 提高到96%}): a change verb stands right before the number, with at most bound,
 * list and frequency words between. Points of a rate (个百分点) are always a change.
 */
final class ChangeReader {
    /** Words that may stand between a change verb and its number. */
    private static final String BETWEEN = "了|分别|均|都|以上|达|幅度|" + Vocabulary.boundWords();

    /** The words between that end a window; {@link #withoutTrailing} takes them off without the pattern. */
    static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("(?:" + BETWEEN + ")+$");
    /** The last characters of the words between, so that a window ending in none is not searched for them. */
    private static final String BETWEEN_ENDS = lastCharacters(BETWEEN);
    private static final String[] BETWEEN_WORDS = BETWEEN.split("\\|");
    private static final int BETWEEN_LONGEST = java.util.Arrays.stream(BETWEEN_WORDS).mapToInt(String::length).max().orElse(1);

    private final Lexicon verbs = Vocabulary.changeVerbs();
    private final List<String> byLength;
    /** The change each verb states, read once from the lexicon's direction words. */
    private final java.util.Map<String, Change> changeOf;

    record Change(Direction direction) {
    }

    ChangeReader() {
        List<String> w = new ArrayList<>(verbs.words());
        w.sort(java.util.Comparator.comparingInt(String::length).reversed());
        byLength = List.copyOf(w);
        java.util.Map<String, Change> of = new java.util.HashMap<>();
        for (String v : byLength) of.put(v, new Change(Direction.valueOf(verbs.value(v).toUpperCase(java.util.Locale.ROOT))));
        changeOf = java.util.Map.copyOf(of);
    }

    /** A difference from a benchmark level or a goal: {@code 高于全国平均水平3.2个百分点}, {@code 低于目标值2.1个千分点}. */
    static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
            "(?:(" + dev.zhibiao.extract.Vocabulary.gapVerbWords() + ")[^，。；\\d]{0,12}(?:平均水平|平均值|平均数|水平|均值|目标值|目标)"
                    + "|比[^，。；\\d]{0,12}(?:平均水平|平均值|平均数|水平|均值|目标值|目标)(高|低|多|少)"
                    // …，比男性高0.5个百分点: a clause that is only a gap to another group, named in a word or two
                    + "|^\\s*比(?!" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")[^，。；\\d年]{1,6}?(高|低|多|少)(?:出)?)\\s*$");
    /**
     * 农村…死亡率高于城市0.6倍, 低于全国2个百分点, 比城市高0.8倍: a gap to a group named alone, closing the words before
     * the number.
     */
    static final java.util.regex.Pattern GROUP_COMPARED = java.util.regex.Pattern.compile(
            "(?:(" + dev.zhibiao.extract.Vocabulary.gapVerbWords() + ")(?:" + dev.zhibiao.extract.Vocabulary.comparedGroups() + ")"
                    + "|比(?:" + dev.zhibiao.extract.Vocabulary.comparedGroups() + ")(高|低|多|少)出?)\\s*$");
    /** 高于 or 低于 a year, closing the words before the number (高于2015年1.7个百分点): a gap to that year's level. */
    static final java.util.regex.Pattern YEAR_COMPARED = java.util.regex.Pattern.compile(
            "([高低])于\\s*(?:19|20)\\d{2}\\s*年\\s*$");
    /** The last characters of 平均水平, 平均值, 平均数, 水平, 均值 and 目标, which end {@link #COMPARED}'s first form and open its second's last two. */
    private static final String LEVEL_ENDS = "平值数标";

    /** True when {@code words} hold a change verb (下降, 提高, 增长). */
    boolean mentionsChange(String words) {
        for (String v : byLength) {
            if (words.contains(v)) return true;
        }
        return false;
    }

    /** The last characters a gap to a group can end with: a group's own, or 高, 低, 多, 少, 出 after it. */
    private static final String GROUP_ENDS = dev.zhibiao.extract.Vocabulary.populationParts().lastCharacters() + "国省市区县高低多少出";
    /** How many characters a gap to a group spans at most (超出 and a group of up to eight characters, or 比…高出). */
    private static final int GROUP_REACH = 14;

    /** The direction of a difference from a benchmark written before the number, or null. */
    Direction comparedTo(String window) {
        // 低于2010年0.6个百分点: a gap to a year's level
        if (window.indexOf('于') >= 0) {
            java.util.regex.Matcher year = YEAR_COMPARED.matcher(window);
            if (year.find()) return year.group(1).equals("低") ? Direction.DECREASE : Direction.INCREASE;
        }
        // a gap to a group ends the window with the group's name, or with 高, 低, 多, 少 or 出 after it: the pattern
        // is tried only there, over the last characters
        int e = window.length();
        while (e > 0 && isPatternSpace(window.charAt(e - 1))) e--;
        if (e > 0 && GROUP_ENDS.indexOf(window.charAt(e - 1)) >= 0) {
            java.util.regex.Matcher group = GROUP_COMPARED.matcher(window).region(Math.max(0, e - GROUP_REACH), window.length());
            // 性别差距…女性比男性少1.1年: the size of a gap named as such is its level, not a change
            if (group.find() && window.indexOf("差距") < 0) {
                String word = group.group(1) != null ? group.group(1) : group.group(2);
                return gapDirection(word);
            }
        }
        // every comparison ends in a level (水平), an average (均值, 平均数), a goal (目标) or is made with 比: most
        // windows hold none
        if (window.indexOf('水') < 0 && window.indexOf('均') < 0 && window.indexOf('比') < 0 && window.indexOf('标') < 0) return null;
        if (!mayCompare(window)) return null;
        java.util.regex.Matcher m = COMPARED.matcher(window);
        if (!m.find()) return null;
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return gapDirection(word);
    }

    /** The way a gap runs: as the gap verb's lexicon says (高出, 低于), or by 高, 低, 多, 少 after 比…. */
    private static Direction gapDirection(String word) {
        String way = dev.zhibiao.extract.Vocabulary.gapVerbs().value(word);
        if (way != null) return Direction.valueOf(way.toUpperCase(java.util.Locale.ROOT));
        return word.startsWith("低") || word.startsWith("少") ? Direction.DECREASE : Direction.INCREASE;
    }

    /**
     * False when {@link #COMPARED} cannot match {@code w}, as its ends tell: a comparison ends the window (but
     * spaces, and a last line separator that {@code $} allows) with a level, an average or a goal (…水平, …目标), with 高, 低, 多 or
     * 少 right after one, or, in a window that opens with 比 and not with 比上年 or the like, with 高, 低, 多, 少 or
     * 出. Most windows end otherwise (达到, 为, 比上年下降), and the pattern is not tried at each of their positions.
     */
    static boolean mayCompare(String w) {
        int e = w.length();
        if (e > 0 && "\u0085\u2028\u2029".indexOf(w.charAt(e - 1)) >= 0) e--;
        while (e > 0 && isPatternSpace(w.charAt(e - 1))) e--;
        if (e == 0) return false;
        char last = w.charAt(e - 1);
        if (LEVEL_ENDS.indexOf(last) >= 0) return true;
        if ("高低多少出".indexOf(last) < 0) return false;
        if (last != '出' && e >= 2 && LEVEL_ENDS.indexOf(w.charAt(e - 2)) >= 0) return true;
        int s = 0;
        while (s < w.length() && isPatternSpace(w.charAt(s))) s++;
        if (s == w.length() || w.charAt(s) != '比') return false;
        for (String earlier : dev.zhibiao.extract.Vocabulary.lastYear().words()) {
            if (w.startsWith(earlier, s + 1)) return false;
        }
        return true;
    }

    /** {@code \\s} of a pattern: an ASCII space, tab, line break, vertical tab or form feed. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static final java.util.regex.Pattern SIZE_NOUN = java.util.regex.Pattern.compile("(?:[增涨升降]幅|幅度)\\s*$");

    /** True when a change verb stands right before the number, with at most bound and list words between. */
    boolean verbRightBefore(String window) {
        return verbBefore(window) != null;
    }

    /** The change of the verb standing right before the number, with at most words between; null when none does. */
    private Change verbBefore(String window) {
        String w = window.strip();
        // 降幅为12%: after a noun of a change's size, 为 and 是 name the size (after a verb, 下降为 names a level)
        if (w.length() > 2 && (w.endsWith("为") || w.endsWith("是")) && SIZE_NOUN.matcher(w.substring(0, w.length() - 1)).find()) {
            w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty() && BETWEEN_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = withoutTrailing(w).strip();
        }
        for (String v : byLength) {
            if (w.endsWith(v)) return changeOf.get(v);
        }
        return null;
    }

    /** The change the window before a number states, or null when it states a level. */
    Change read(String window, Unit unit, boolean report) {
        Direction compared = comparedTo(window);
        if (compared != null) return new Change(compared);
        Change verb = verbBefore(window);
        if (verb != null) return verb;
        if (unit.isPoints()) {
            for (String v : byLength) {
                if (window.contains(v)) {
                    return changeOf.get(v);
                }
            }
            return new Change(Direction.INCREASE);
        }
        return null;
    }

    /**
     * {@code w} without the words between that end it, as {@code TRAILING.matcher(w).replaceAll("")} for a
     * {@code w} that does not end in a line break: the match starts at the first position from which the rest of
     * {@code w} is words between one after another. Read from the end, so a window's opening words are not tried.
     */
    static String withoutTrailing(String w) {
        int n = w.length();
        // made[i]: w[i, n) is words between, one after another
        boolean[] made = new boolean[n + 1];
        made[n] = true;
        int cut = n;
        // a position can be made only from one of the next BETWEEN_LONGEST: past that many in a row made of
        // none, no earlier one is
        for (int i = n - 1, missed = 0; i >= 0 && missed < BETWEEN_LONGEST; i--) {
            for (String v : BETWEEN_WORDS) {
                if (made[Math.min(n, i + v.length())] && w.startsWith(v, i)) {
                    made[i] = true;
                    break;
                }
            }
            if (made[i]) {
                cut = i;
                missed = 0;
            } else {
                missed++;
            }
        }
        return w.substring(0, cut);
    }

    private static String lastCharacters(String alternation) {
        StringBuilder sb = new StringBuilder();
        for (String w : alternation.split("\\|")) sb.append(w.charAt(w.length() - 1));
        return sb.toString();
    }
}
