package dev.zhibiao.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year expressions of a sentence and tells a year a number is for ({@code 2025年达到93%}) from
 * a baseline year ({@code 以2020年为基数}, {@code 较2023年}, {@code 在2018年基础上}, {@code 较去年}), a
 * period ({@code 2021—2030年}) and a starting point ({@code 从2010年的3%下降到…}).
 */
public final class YearReader {
    // Each pattern opens with a look-ahead for the characters it can start with: testing one character against
    // a class rejects most positions sooner than a look-behind or a list of alternatives tried in turn.
    // 2016全年出生人口…: a year before 全年 or a half of the year may leave out its 年
    static final Pattern YEAR = Pattern.compile("(?=[12])(?<![\\d.])((?:19|20)\\d{2})\\s*(?:年(?:底|末|初|度)?|(?=全年|[上下]半年))");
    static final Pattern PERIOD = Pattern.compile("(?=[12])(?<![\\d.])(?:19|20)\\d{2}\\s*年?\\s*[-—–~至到]{1,2}\\s*(?:19|20)\\d{2}\\s*年?");
    static final Pattern BASELINE = Pattern.compile(
            "(?=[以较比在与同和跟相对高低])(?:相较于|相比于|较之|对比|以|较|(?<!占)比|在|与|同|[和跟](?=\\s*(?:19|20)\\d{2}\\s*年(?:底|末)?相比)"
                    + "|[高低]于(?=\\s*(?:19|20)\\d{2}\\s*年\\s*[\\d.]+\\s*个?(?:百分点|千分点)))\\s*((?:19|20)\\d{2})\\s*(?:年|(?=相比))(?:数据|水平|的?基础上|为基数|为基期|相比|底|末)?"
                    + "(?:为基数|为基期|基础上|相比)?");
    /** The characters {@link #marks} tells of: 年, a range mark of {@link #PERIOD}, a word {@link #BASELINE} opens with, a bracket. */
    static final int YEAR_MARK = 1, RANGE_MARK = 2, OPENER_MARK = 4, BRACKET_MARK = 8;
    /** A baseline named by its role with the year in brackets: {@code 较规划基期（2020年）}. */
    static final Pattern NAMED_BASELINE = Pattern.compile(
            "(?=[以较比与同])(?:以|较|比|与|同)[^，。；\\d（(]{0,12}[（(]\\s*((?:19|20)\\d{2})\\s*年\\s*[)）](?:相比)?");
    static final Pattern RELATIVE = Pattern.compile("(?:较|比)(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")|同比|与(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")(?:同期)?(?:相比|比较)");

    /** A year said in words: 去年, 今年, 前年 and 明年 against a dateline, 十三五末 and 规划期末 by the plans they end. */
    private static final Pattern WORDED = Pattern.compile(
            "(?=[今去前明十期规“\"])(今年|去年|前年|明年|" + dev.zhibiao.extract.Vocabulary.era() + "\\s*(?:期末|末)|(?:规划)?期末)");
    /** {@code 2010年以来}, {@code 从2010年以来}: the year a change is counted from. */
    private static final Pattern SINCE = Pattern.compile("^\\s*(?:以来|来)");

    /** What a year expression is. */
    public enum Role { YEAR, BASELINE, FROM }

    /**
     * What a text's years are read against: the year its dateline gives ({@code 去年} is the year before) and
     * the end of the plan it is or speaks of ({@code 规划期末}); either may be null.
     */
    /**
     * What years said in words are read against.
     *
     * @param datelineYear  the year the page was written in, or null
     * @param planEnd       the last year of the plan the page is about, or null
     * @param datelineMonth the month of the page's dateline, or 0 when it has none
     */
    public record Frame(Integer datelineYear, Integer planEnd, int datelineMonth) {
        public static final Frame NONE = new Frame(null, null, 0);

        public Frame(Integer datelineYear, Integer planEnd) {
            this(datelineYear, planEnd, 0);
        }
    }

    /** 截至8月底, 截止6月末: a month of the year the page was written in, the year unsaid. */
    private static final Pattern MONTH_CUTOFF = Pattern.compile("(?:截至|截止|到)\\s*((?:1[0-2]|[1-9]))\\s*月(?:底|末|份)?(?![\\d日])");

    /** A year expression at [start, end). */
    public record YearMention(int start, int end, int year, Role role) {
    }

    private YearReader() {
    }

    /** The year expressions in {@code text}[from, to), in order; periods are left out. */
    public static List<YearMention> read(CharSequence text, int from, int to) {
        return read(text, from, to, Frame.NONE);
    }

    /** The year expressions in {@code text}[from, to), years said in words read against {@code frame}. */
    public static List<YearMention> read(CharSequence text, int from, int to, Frame frame) {
        List<YearMention> out = new ArrayList<>();
        worded(text, from, to, frame, out);
        // every other expression holds a year's four digits; most sentences hold none and are not searched
        if (!holdsYear(text, from, to)) return out;
        // each is written with 年, a period with a range mark, a baseline with the word before its year and a named
        // one with a bracket too: a sentence is searched only for those whose characters it holds
        int marks = marks(text, from, to);
        boolean year = (marks & YEAR_MARK) != 0, range = (marks & RANGE_MARK) != 0;
        boolean opener = (marks & OPENER_MARK) != 0, bracket = (marks & BRACKET_MARK) != 0;
        if (!year) return out;
        List<int[]> periods = new ArrayList<>();
        if (range) {
            Matcher p = PERIOD.matcher(text).region(from, to);
            while (p.find()) periods.add(new int[] {p.start(), p.end()});
        }
        Matcher b = opener ? BASELINE.matcher(text).region(from, to) : null;
        while (b != null && b.find()) {
            if (inside(periods, b.start(1))) continue;
            boolean baseline = b.group().startsWith("以") || b.group().startsWith("较") || b.group().startsWith("比")
                    || b.group().startsWith("相") || b.group().startsWith("对")
                    || b.group().startsWith("与") || b.group().startsWith("同") || b.group().startsWith("和") || b.group().startsWith("跟")
                    || b.group().startsWith("高") || b.group().startsWith("低")
                    || b.group().contains("基础上") || b.group().contains("基数");
            if (!baseline) continue;
            out.add(new YearMention(b.start(), b.end(), Integer.parseInt(b.group(1)), Role.BASELINE));
        }
        Matcher named = opener && bracket ? NAMED_BASELINE.matcher(text).region(from, to) : null;
        while (named != null && named.find()) {
            if (!covered(out, named.start(1))) {
                out.add(new YearMention(named.start(), named.end(), Integer.parseInt(named.group(1)), Role.BASELINE));
            }
        }
        Matcher y = YEAR.matcher(text).region(from, to);
        while (y.find()) {
            if (inside(periods, y.start()) || covered(out, y.start())) continue;
            // 继2019年首次达到…后: the year of an earlier event the sentence goes on from dates none of its figures
            if (y.start() > from && text.charAt(y.start() - 1) == '继') continue;
            // 某市新闻网2025年6月1日讯: a news item's dateline dates the page, not the figures of its lead
            if (DATELINE_AFTER_YEAR.matcher(text).region(y.end(), Math.min(to, y.end() + 12)).lookingAt()) continue;
            // 提前达到2015年规划目标，占73.4%: a year naming a goal reached dates the goal, not the figures after it
            if (y.start() - 2 >= from && REACHED.matcher(text).region(Math.max(from, y.start() - 4), y.start()).find()
                    && GOAL_OF_YEAR.matcher(text).region(y.end(), to).lookingAt()) continue;
            boolean from0 = y.start() > from && (text.charAt(y.start() - 1) == '从' || text.charAt(y.start() - 1) == '由');
            // (从)2010年以来 counts a change from that year: a baseline, not a starting value or a date
            // 2016年出台了某计划至今，…: the clause runs from that year to now, and its figures are of now
            boolean since = SINCE.matcher(text.subSequence(y.end(), to)).lookingAt()
                    || (y.start() > from && "自从".indexOf(text.charAt(y.start() - 1)) >= 0 || opensClause(text, from, y.start()))
                            && sinceClause(text, y.end(), to)
                    || untilNow(text, y.end(), to)
                    // 自2016年开始连续8年保持在…, 从2015年起一直保持…: a state held from that year to now
                    || y.start() > from && "自从".indexOf(text.charAt(y.start() - 1)) >= 0
                            && HELD_SINCE.matcher(text).region(y.end(), to).lookingAt();
            out.add(new YearMention(y.start(), y.end(), Integer.parseInt(y.group(1)),
                    since ? Role.BASELINE : from0 ? Role.FROM : Role.YEAR));
        }
        out.sort(java.util.Comparator.comparingInt(YearMention::start));
        return out;
    }

    /** After the year a state has held since: 开始连续8年, 起一直, 以后始终. */
    private static final Pattern HELD_SINCE = Pattern.compile("\\s*(?:开始|起|以后)\\s*[，,]?\\s*(?:已)?(?:连续|一直|持续|始终|均)");

    /** After a year: the month and day of a dateline and the word closing it (6月1日讯, 5月3日电). */
    private static final Pattern DATELINE_AFTER_YEAR = Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:讯|电)");

    /** True when only spaces stand between the last clause mark before {@code at} (or {@code from}) and {@code at}. */
    private static boolean opensClause(CharSequence text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if ("，。；,;：:\n".indexOf(c) >= 0) return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** True when the clause from {@code from} closes with 至今 ({@code 2016年出台了某计划至今，}). */
    static boolean untilNow(CharSequence text, int from, int to) {
        return clauseCloses(text, from, to, '至', '今');
    }

    private static final Pattern REACHED = Pattern.compile("(?:达到|实现|完成|达成|接近)\\s*$");
    /** A goal named by its year; 目标的有12项 counts the indicators reaching it, which year-of-goal-reached dates. */
    private static final Pattern GOAL_OF_YEAR = Pattern.compile("\\s*(?:的)?(?:规划|纲要|终期|中期|期末)?目标(?!的有|的指标有)");

    /** Characters a since-clause ({@code 自2019年某纲要颁布以来}) may run before its 以来. */
    private static final int SINCE_CLAUSE = 60;

    /** True when the clause from {@code from} closes with 以来: the year before it opens a span, as {@code 自2019年…以来}. */
    private static boolean sinceClause(CharSequence text, int from, int to) {
        return clauseCloses(text, from, to, '以', '来');
    }

    /** True when the clause from {@code from}, within {@link #SINCE_CLAUSE} characters, closes with the word {@code ab}. */
    private static boolean clauseCloses(CharSequence text, int from, int to, char a, char b) {
        int end = Math.min(to, from + SINCE_CLAUSE);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if ("，。；,;：:".indexOf(c) >= 0) {
                int e = i;
                while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
                return e - from >= 2 && text.charAt(e - 2) == a && text.charAt(e - 1) == b;
            }
        }
        return false;
    }

    private static void worded(CharSequence text, int from, int to, Frame frame, List<YearMention> out) {
        // 截止8月底，全区共有…: in a page dated 2024-09-20, the August of 2024
        if (frame.datelineMonth() > 0 && holds(text, from, to, '月')) {
            Matcher cut = MONTH_CUTOFF.matcher(text).region(from, to);
            while (cut.find()) {
                // a year written right before the month (截至2024年8月) is read as a year of its own
                if (cut.start(1) > 0 && text.charAt(cut.start(1) - 1) == '年') continue;
                int month = Integer.parseInt(cut.group(1));
                int year = month <= frame.datelineMonth() ? frame.datelineYear() : frame.datelineYear() - 1;
                out.add(new YearMention(cut.start(), cut.end(), year, Role.YEAR));
            }
        }
        // a plan's era (十一五末) names its year with or without a frame; the other words need one
        if (frame.datelineYear() == null && frame.planEnd() == null && !holds(text, from, to, '五')) return;
        if (!holds(text, from, to, '年') && !holds(text, from, to, '末')) return;
        Matcher w = WORDED.matcher(text).region(from, to);
        while (w.find()) {
            String g = w.group(1);
            Integer year;
            if (g.equals("今年")) year = frame.datelineYear();
            else if (g.equals("去年")) year = frame.datelineYear() == null ? null : frame.datelineYear() - 1;
            else if (g.equals("前年")) year = frame.datelineYear() == null ? null : frame.datelineYear() - 2;
            else if (g.equals("明年")) year = frame.datelineYear() == null ? null : frame.datelineYear() + 1;
            else if (w.group(2) != null) year = eraEnd(w.group(2));
            else year = frame.planEnd();
            if (year == null) continue;
            boolean compared = w.start() > from && "较比同与".indexOf(text.charAt(w.start() - 1)) >= 0;
            if (w.group(2) != null) {
                // 比“十一五”末提高了…: the era's end is the baseline; 由“十一五”末的0.56%: where a change starts
                int k = w.start() - 1;
                if (k > from && (text.charAt(k) == '“' || text.charAt(k) == '"')) k--;
                char before = k >= from ? text.charAt(k) : ' ';
                Role role = "较比同与".indexOf(before) >= 0 ? Role.BASELINE : "由从".indexOf(before) >= 0 ? Role.FROM : Role.YEAR;
                out.add(new YearMention(w.start(), w.end(), year, role));
                continue;
            }
            // 较去年 compares with last year: relativeBaselines reads it
            if (!compared) out.add(new YearMention(w.start(), w.end(), year, Role.YEAR));
        }
    }

    /** The last year of the five-year era whose place of order is {@code nth} (一 of 十一五; empty for “十五”). */
    static int eraEnd(String nth) {
        return dev.zhibiao.extract.Vocabulary.eraEnd(nth);
    }

    /** Offsets of relative baselines (较去年, 比上年, 同比) in the range, as [start, end). */
    public static List<int[]> relativeBaselines(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        if (!mayHoldRelative(text, from, to)) return out;
        Matcher m = RELATIVE.matcher(text).region(from, to);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /** Which of the characters the year patterns are written with {@code text}[from, to) holds, as bits; one pass. */
    static int marks(CharSequence text, int from, int to) {
        int marks = 0;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '年' -> marks |= YEAR_MARK;
                // 与2020相比: a year compared with may be written without 年
                case '相' -> {
                    if (i + 1 < to && text.charAt(i + 1) == '比') marks |= YEAR_MARK;
                }
                case '-', '—', '–', '~', '至', '到' -> marks |= RANGE_MARK;
                case '以', '较', '比', '在', '与', '同' -> marks |= OPENER_MARK;
                // 高于2015年1.7个百分点: a gap with a year's level
                case '于' -> {
                    if (i > from && (text.charAt(i - 1) == '高' || text.charAt(i - 1) == '低')) marks |= OPENER_MARK;
                }
                case '(', '（' -> marks |= BRACKET_MARK;
                default -> { }
            }
        }
        return marks;
    }

    /** Each relative baseline holds 比, or 较 and 年: most clauses hold neither, and are not searched. */
    static boolean mayHoldRelative(CharSequence text, int from, int to) {
        boolean compared = false, year = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '比') return true;
            if (c == '较') compared = true;
            else if (c == '年') year = true;
        }
        return compared && year;
    }

    /** Spans of periods (2021—2030年) in the range. */
    public static List<int[]> periods(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher p = PERIOD.matcher(text).region(from, to);
        while (p.find()) out.add(new int[] {p.start(), p.end()});
        return out;
    }

    /** True when {@code text}[from, to) holds 19 or 20 followed by two more digits, as every year does. */
    static boolean holdsYear(CharSequence text, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            char c = text.charAt(i), d = text.charAt(i + 1);
            boolean century = c == '1' && d == '9' || c == '2' && d == '0';
            if (century && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) return true;
        }
        return false;
    }

    private static boolean holds(CharSequence text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }

    private static boolean covered(List<YearMention> ms, int at) {
        for (YearMention m : ms) {
            if (at >= m.start() && at < m.end()) return true;
        }
        return false;
    }
}
