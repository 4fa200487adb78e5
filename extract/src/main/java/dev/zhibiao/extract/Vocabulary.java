package dev.zhibiao.extract;

/**
 * The named pieces the reading rules are composed from, each kept once as data: the bound words before a number
 * ({@code number/prefix-comparators.txt}: 不低于, 至少, 最低 …) and after it ({@code number/suffix-comparators.txt}:
 * 以下, 左右 …), the change verbs
 * ({@code statement/change-verbs.txt}) and the measure words ({@code number/measure-words.txt}). A rule that needs one of them builds its pattern from here, so a word
 * added to a lexicon reaches every rule that uses it.
 *
 * <pre>{@code
 * Vocabulary.boundWords();   // 不得低于|不得少于|不低于|…|约|近, longest first
 * }</pre>
 */
public final class Vocabulary {
    private static final Lexicon BOUNDS = Lexicon.load("number/prefix-comparators.txt");
    private static final Lexicon SUFFIX_BOUNDS = Lexicon.load("number/suffix-comparators.txt");
    private static final Lexicon BOUND_NOUNS = Lexicon.load("number/bound-word-nouns.txt");
    private static final Lexicon CHANGE_VERBS = Lexicon.load("statement/change-verbs.txt");
    private static final Lexicon MEASURES = Lexicon.load("number/measure-words.txt");
    private static final Lexicon PARTS = Lexicon.load("statement/population-parts.txt");
    private static final Lexicon GAP_VERBS = Lexicon.load("statement/gap-verbs.txt");
    private static final Lexicon LAST_YEAR = Lexicon.load("statement/last-year-words.txt");

    private Vocabulary() {
    }

    /**
     * A five-year plan's era by its middle numeral, in quotes or not ({@code “十三五”}, {@code 十二五}), as a pattern
     * piece whose one group is the numeral ({@code 三}), from which the era's last year is read
     * (十三五 → 2020).
     */
    public static String era() {
        // “十五” (2001—2005) is written in quotes, which tell it from the numeral fifteen: its place of order is empty
        return "[“\"]?十([一二三四五六七八九]|(?<=[“\"]十)(?=五[”\"]))五[”\"]?";
    }

    /**
     * The last year of the five-year era whose place of order {@link #era()} captures ({@code 三} of 十三五; empty for
     * “十五”): the n-th five-year plan ends in 1955 + 5n, so 十三五 ends in 2020.
     */
    public static int eraEnd(String nth) {
        return 1955 + 5 * (nth.isEmpty() ? 10 : 11 + "一二三四五六七八九".indexOf(nth.charAt(0)));
    }

    /** Nouns that open with a bound word and bound nothing ({@code 最低生活保障}). */
    public static Lexicon boundWordNouns() {
        return BOUND_NOUNS;
    }

    /** The bound words that stand before a number, with the comparator each sets ({@code 不低于} → >=). */
    public static Lexicon bounds() {
        return BOUNDS;
    }

    /** The bound words that stand after a number, with the comparator each sets ({@code 以下} → <=). */
    public static Lexicon suffixBounds() {
        return SUFFIX_BOUNDS;
    }

    /** The bound words written in Chinese characters, longest first, as alternatives for a regular expression. */
    public static String boundWords() {
        return alternation(BOUNDS);
    }

    /**
     * The bound words as they stand in a name's words, for cutting them out: one that opens a noun of
     * {@code number/bound-word-nouns.txt} (最低生活保障, 最高人民法院) is the noun's, and is left.
     */
    public static String boundWordsInWords(java.util.function.Predicate<String> keep) {
        StringBuilder b = new StringBuilder();
        for (String w : BOUNDS.words().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!keep.test(w)) continue;
            if (b.length() > 0) b.append('|');
            b.append(java.util.regex.Pattern.quote(w));
            java.util.List<String> rests = BOUND_NOUNS.words().stream().filter(n -> n.startsWith(w) && n.length() > w.length())
                    .map(n -> java.util.regex.Pattern.quote(n.substring(w.length()))).toList();
            if (!rests.isEmpty()) b.append("(?!").append(String.join("|", rests)).append(')');
        }
        return b.length() == 0 ? "(?!)" : b.toString();
    }

    /** The measure words and units written after a number ({@code 所}, {@code 小时}, {@code 人次}); time spans marked {@code time}. */
    public static Lexicon measureWords() {
        return MEASURES;
    }

    /** The parts of a population a clause may name alone ({@code 城市}, {@code 农村}, {@code 女童}). */
    public static Lexicon populationParts() {
        return PARTS;
    }

    /**
     * What a figure may be compared with by a group's name alone ({@code 高于城市0.6倍}, {@code 低于全国2个百分点}):
     * a part of a population, or the whole of an area, as alternatives for a regular expression.
     */
    public static String comparedGroups() {
        return "全国|全省|全市|全区|全县|" + alternation(PARTS);
    }

    /**
     * The verbs comparing a level with a benchmark, a goal or another group ({@code 高于}, {@code 低于}, {@code 高出} …),
     * with the way each gap runs ({@code increase} or {@code decrease}).
     */
    public static Lexicon gapVerbs() {
        return GAP_VERBS;
    }

    /** {@link #gapVerbs()} as alternatives for a regular expression, longest first. */
    public static String gapVerbWords() {
        return alternation(GAP_VERBS);
    }

    /** The words for the year before the one a text is about ({@code 上年}, {@code 去年}, {@code 上一年度} …). */
    public static Lexicon lastYear() {
        return LAST_YEAR;
    }

    /** {@link #lastYear()} as alternatives for a regular expression, longest first. */
    public static String lastYearWords() {
        return alternation(LAST_YEAR);
    }

    /** The change verbs ({@code 提高}, {@code 下降} …), with the direction each gives. */
    public static Lexicon changeVerbs() {
        return CHANGE_VERBS;
    }

    /**
     * The change verbs proper, longest first: of two or more characters, without a trailing 了 and without the
     * nouns of a change's size ({@code 增幅}, {@code 降幅}), which some rules follow with 了 or 为.
     */
    public static String verbWords() {
        return String.join("|", CHANGE_VERBS.words().stream()
                .filter(w -> w.length() >= 2 && !w.endsWith("了") && !w.endsWith("幅"))
                .filter(w -> w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** The words written in Chinese characters only (so none needs quoting in a pattern), longest first. */
    private static String alternation(Lexicon l) {
        return String.join("|", l.words().stream()
                .filter(w -> w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }
}
