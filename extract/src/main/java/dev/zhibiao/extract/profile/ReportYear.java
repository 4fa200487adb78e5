package dev.zhibiao.extract.profile;

import dev.zhibiao.extract.scan.OpeningGuard;
import dev.zhibiao.extract.scan.WordScan;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report's or a statistics item's figures are for: the year its sentences with figures are dated by
 * ({@code 2022年，全市…为98.2%}, {@code 截至2018年…}), counting neither the years things are compared with
 * ({@code 比2010年}), nor periods, nor the page's own date. {@code 去年} counts as the year before the dateline.
 */
final class ReportYear {
    // (?=[12]): every year opens with 1 or 2, and testing one character rejects most positions sooner
    private static final Pattern YEAR = Pattern.compile("(?=[12])(?<![\\d.])((?:19|20)\\d\\d)\\s*年(?:度|底|末)?");
    static final Pattern PERIOD = Pattern.compile("(?=[12])(?<![\\d.])(?:19|20)\\d\\d\\s*年?\\s*[-—–~至到]{1,2}\\s*(?:19|20)\\d\\d");
    /** A figure: a number with a unit or a measure word; {@link #hasFigure} finds it without the pattern. */
    static final Pattern FIGURE = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:%|‰|/10万|/万|万|亿|岁|"
            + dev.zhibiao.extract.Vocabulary.measureWords().alternation() + ")"
            // 平均受教育年限达9.4年: a number of years with a fraction
            + "|\\d\\.\\d+\\s*年");
    /** The units of {@link #FIGURE}, looked up after each digit. */
    private static final WordScan FIGURE_UNITS = WordScan.of(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("%", "‰", "/10万", "/万", "万", "亿", "岁"),
            dev.zhibiao.extract.Vocabulary.measureWords().words().stream()).toList());
    private static final String COMPARED = "比较与同从由自于";
    private static final Pattern AFTER_COMPARED = Pattern.compile("^(?:以来|相比|基础上|为基数|为基期|的基础)");
    /** The two characters before the year of a goal or a forecast: 确保, 力争, 预计. */
    /** A comparison opened before a bracket (比第六次人口普查, 较上一轮调查), whose year the bracket gives. */
    private static final Pattern COMPARED_BEFORE_BRACKET = Pattern.compile("[比较与][^，。；,;]*$");
    /** How far before a bracket a comparison opening is looked for. */
    private static final int BRACKET_LEAD = 16;
    private static final Pattern GOAL_YEAR = Pattern.compile("确保|力争|争取|预计|有望|展望");
    /** After a year: the goal it is the year of (2020年目标任务, 2025年规划目标). */
    private static final Pattern GOAL_OF_YEAR = Pattern.compile("\\s*年?\\s*(?:的)?(?:规划|纲要|终期|中期)?目标");
    private static final Pattern SINCE = Pattern.compile("^(?:截至|截止|到)$");

    /** The year chosen, with the words of its first mention. */
    record Vote(int year, String words) {
    }

    Vote vote(String text, String title, LocalDate dateline) {
        String body = text.length() > 40_000 ? text.substring(0, 40_000) : text;
        Map<Integer, Double> votes = new TreeMap<>();
        Map<Integer, String> words = new TreeMap<>();
        java.util.Set<Integer> ahead = new java.util.HashSet<>();
        int firstProse = firstProse(body);
        // 2024年…统计监测报告 over 到2030年，…达到95%: a report's title year is the latest its figures can be of
        Integer titled = null;
        if (title != null) {
            Matcher t = YEAR.matcher(PERIOD.matcher(title).replaceAll(" "));
            if (t.find()) titled = Integer.parseInt(t.group(1));
        }
        int from = 0;
        while (from < body.length()) {
            int end = sentenceEnd(body, from);
            String s = body.substring(from, end);
            if (from == firstProse && !hasFigure(s) && s.indexOf('年') >= 0) {
                // 对纲要…2022年的实施情况进行了综合分析: the lead names the year whose state the report analyses
                Matcher analysed = ANALYSED_YEAR.matcher(s);
                if (analysed.find()) {
                    int year = Integer.parseInt(analysed.group(1));
                    if ((dateline == null || year <= dateline.getYear()) && (titled == null || year <= titled)) {
                        votes.merge(year, 2.0, Double::sum);
                        words.putIfAbsent(year, analysed.group());
                    }
                }
            }
            if (from == firstProse && !hasFigure(s)) {
                // 2022年，全省教育系统…: the page's first sentence setting a year as the frame of what follows
                Matcher opening = OPENING_YEAR.matcher(s);
                if (opening.lookingAt() && !WILL.matcher(s).find() && !ISSUED.matcher(s).find()) {
                    int year = Integer.parseInt(opening.group(1));
                    if (dateline == null || year <= dateline.getYear()) {
                        votes.merge(year, 1.0, Double::sum);
                        words.putIfAbsent(year, s.strip().length() > 40 ? s.strip().substring(0, 40) : s.strip());
                    }
                }
            }
            if (hasFigure(s)) {
                // 2025年我国每千人口托位数将大于4个: the one year of a sentence telling what a figure will do is a year
                // to come, in every sentence
                if (s.indexOf('将') >= 0) {
                    Integer only = onlyYear(s);
                    if (only != null && WILL.matcher(s).find() && (dateline == null || only >= dateline.getYear())) ahead.add(only);
                }
                // a year is written with 年: a sentence without one holds none
                String outside = s.indexOf('年') < 0 ? "" : !mayHoldPeriod(s) ? s
                        : PERIOD.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
                Matcher y = YEAR.matcher(outside);
                while (y.find()) {
                    int year = Integer.parseInt(y.group(1));
                    if (dateline != null && year > dateline.getYear() || titled != null && year > titled) continue;
                    char before = y.start() > 0 ? outside.charAt(y.start() - 1) : ' ';
                    if (COMPARED.indexOf(before) >= 0 || AFTER_COMPARED.matcher(outside).region(y.end(), outside.length()).find()) continue;
                    // 比第六次人口普查(2010年)提高…: the year in brackets dates what the figures are compared with
                    if ((before == '(' || before == '（') && COMPARED_BEFORE_BRACKET.matcher(outside)
                            .region(Math.max(0, y.start() - 1 - BRACKET_LEAD), y.start() - 1).find()) {
                        continue;
                    }
                    // a date (2023年5月30日) dates the page or an event, not the figures
                    if (y.end() < outside.length() && Character.isDigit(outside.charAt(y.end()))) continue;
                    String lead = outside.substring(Math.max(0, y.start() - 2), y.start());
                    // 为确保2000年…降至30‰以下，我们对1996年…进行了调查: a goal's year is not what was found
                    if (GOAL_YEAR.matcher(lead).matches()) continue;
                    // 提前达到2020年目标任务的52项: the year of a goal reached early is the goal's, not the figures'
                    if (GOAL_OF_YEAR.matcher(outside).region(y.end(), outside.length()).lookingAt()) continue;
                    double w = SINCE.matcher(lead).matches() ? 2 : 1;
                    votes.merge(year, w, Double::sum);
                    words.putIfAbsent(year, s.strip().length() > 40 ? s.strip().substring(0, 40) : s.strip());
                }
                if (dateline != null && s.contains("去年")) {
                    votes.merge(dateline.getYear() - 1, 1.0, Double::sum);
                    words.putIfAbsent(dateline.getYear() - 1, "去年 (" + dateline + ")");
                }
            }
            from = end + 1;
        }
        // 发布了《2023年全国教育事业发展统计公报》, 发布了2021年《…纲要》统计监测报告, 统计快报(2022年3季度): the report a
        // page relays is named with its year in the lead
        String lead = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) : body;
        if (lead.indexOf('《') >= 0 || lead.indexOf("快报") >= 0 || lead.indexOf("公报") >= 0 || lead.indexOf("报告") >= 0) {
            Matcher r = NAMED_REPORT.matcher(lead);
            if (r.find()) {
                String g = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3) != null ? r.group(3) : r.group(4);
                int year = Integer.parseInt(g);
                if (dateline == null || year <= dateline.getYear()) {
                    votes.merge(year, 2.0, Double::sum);
                    words.putIfAbsent(year, r.group());
                }
            }
        }
        if (title != null) {
            Matcher y = YEAR.matcher(PERIOD.matcher(title).replaceAll(" "));
            if (y.find() && (dateline == null || Integer.parseInt(y.group(1)) <= dateline.getYear())) {
                int year = Integer.parseInt(y.group(1));
                votes.merge(year, 1.5, Double::sum);
                words.putIfAbsent(year, title);
            }
        }
        // 回顾2021 展望2022: a year reviewed in a title or headline, written without 年
        if (title != null && title.contains("回顾")) {
            Matcher r = REVIEWED.matcher(title);
            if (r.find() && (dateline == null || Integer.parseInt(r.group(1)) <= dateline.getYear())) {
                votes.merge(Integer.parseInt(r.group(1)), 2.0, Double::sum);
                words.putIfAbsent(Integer.parseInt(r.group(1)), r.group());
            }
        }
        votes.keySet().removeAll(ahead);
        // 全年新建妇女之家86个 on a page dated in January or February: the whole year told of is the one just ended
        if (votes.isEmpty() && dateline != null && dateline.getMonthValue() <= 2 && WHOLE_YEAR.matcher(body).find()) {
            return new Vote(dateline.getYear() - 1, "全年 (" + dateline + ")");
        }
        Integer best = null;
        for (Map.Entry<Integer, Double> e : votes.entrySet()) {
            // ties go to the later year: a report reads its year against earlier ones
            if (best == null || e.getValue() >= votes.get(best)) best = e.getKey();
        }
        return best == null ? null : new Vote(best, words.get(best));
    }

    /**
     * Where the page's first line of prose starts (the first line with a comma; titles and headlines have none), or
     * -1 when it has none.
     */
    private static int firstProse(String body) {
        int from = 0;
        while (from < body.length()) {
            int comma = -1;
            for (int i = from; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '，' || c == ',') {
                    comma = i;
                    break;
                }
            }
            if (comma < 0) return -1;
            int start = body.lastIndexOf('\n', comma) + 1;
            int end = body.indexOf('\n', comma);
            if (end < 0) end = body.length();
            // 各位代表，同志们：, 现在，我受…委托，向大会报告工作: an address's salutation and its delegation come
            // before what it tells
            boolean salutation = end - start <= SALUTATION && SALUTES.matcher(body).region(start, end).find();
            if (!salutation && !ADDRESS.matcher(body).region(start, end).find()) return start;
            from = end;
        }
        // the sentence loop starts each sentence after the mark that ends the one before, so the line's first
        // sentence starts where the line does, or right after the newline that ended the sentence before
        return -1;
    }

    /** A line of an address's salutation or delegation: 同志们：, 各位代表, 受…委托, 请予审议. */
    private static final Pattern ADDRESS = Pattern.compile("同志们|各位(?:代表|委员|执委|领导|来宾)|受[^，。]{1,30}委托|请予审议");
    /** A short line closing with a colon (各位执委，同志们：) greets those addressed. */
    private static final Pattern SALUTES = Pattern.compile("[：:]\\s*$");
    private static final int SALUTATION = 16;

    /** The one year a sentence names outside its periods, or null when it names none or several. */
    private static Integer onlyYear(String s) {
        Matcher y = YEAR.matcher(mayHoldPeriod(s) ? PERIOD.matcher(s).replaceAll(" ") : s);
        Integer only = null;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (only != null && only != year) return null;
            only = year;
        }
        return only;
    }

    /**
     * A sentence opening with a year and a comma (2022年，全省…; marks a copy strewed between them are passed over):
     * the year sets the frame of what follows.
     */
    private static final Pattern OPENING_YEAR = Pattern.compile("\\s*((?:19|20)\\d{2})\\s*年度?[^\\p{IsHan}\\p{Alnum}，,]{0,8}[，,]");
    /** A year whose state a report tells of: 2022年的实施情况, 2022年度监测情况, 2022年的发展状况. */
    private static final Pattern ANALYSED_YEAR = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s*年度?的?(?:实施|监测|发展|执行|完成|工作)?(?:情况|状况|进展)");
    /** 回顾2021: the year a review looks back on, written without 年. */
    private static final Pattern REVIEWED = Pattern.compile("回顾\\s*((?:19|20)\\d{2})(?!\\d)");
    /** Words of a whole year told of (全年, 这一年, 一年来). */
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|这一年|一年来");
    /** 2001年，某省政府颁布了《…》: a year a document was issued in dates that event, not the page's figures. */
    private static final Pattern ISSUED = Pattern.compile("颁布|印发|出台|制定|编制|审议通过|批准");
    /** How much of a page's opening {@link #NAMED_REPORT} is looked for in. */
    private static final int LEAD_CHARS = 1200;
    /** A report named with its year: inside its title, before the title it reports on, or a quarter's 快报. */
    private static final Pattern NAMED_REPORT = Pattern.compile(
            "(?=[《12快发公])(?:《\\s*(?:\\p{IsHan}{1,12}?)?((?:19|20)\\d{2})\\s*年度?[^《》\\n]{0,40}?(?:统计公报|监测报告|公报|统计快报|年鉴)[^《》\\n]{0,6}》"
                    // 今天发布2022年全省教育事业发展统计公报: a report named without its brackets after the verb that relays it
                    + "|(?:发布|公布)了?\\s*(?:\\p{IsHan}{1,12}?)?((?:19|20)\\d{2})\\s*年度?\\p{IsHan}{0,24}?(?:统计公报|监测报告|统计快报)"
                    + "|(?<![\\d.])((?:19|20)\\d{2})\\s*年度?\\s*的?《[^《》\\n]{2,60}》\\s*的?\\s*(?:统计监测报告|监测报告|统计公报|终期评估报告|中期评估报告|终期监测报告)"
                    + "|快报\\s*[(（]\\s*((?:19|20)\\d{2})\\s*年)");

    private static final WordScan RELATIVE_PAST = WordScan.of(dev.zhibiao.extract.Vocabulary.lastYear().words());
    /** 将 and what a figure will do: a figure of a year to come (2025年每千人口托位数将大于4个). */
    private static final String WILL_DO = "将(?:达到|实现|提高|提升|下降|降至|降低|保持|大于|超过|不低于|不少于|控制|增加|减少|突破|达)";
    private static final OpeningGuard TO_COME = OpeningGuard.of("到(?<!达到)\\s*(?:19|20)\\d\\d\\s*年", WILL_DO, "力争",
            "目标(?!人群|群体|对象|人口)", "明年");

    /**
     * How many sentences of {@code text} give figures of a past year ({@code 2022年…为98.2%}) and how many give
     * figures for years to come ({@code 到2025年…达到}), as [past, to come]: news of statistics reports the
     * first, news of a plan the second.
     */
    int[] datedFigures(String text, LocalDate dateline) {
        int past = 0, toCome = 0;
        int from = 0;
        while (from < text.length()) {
            int end = sentenceEnd(text, from);
            String s = text.substring(from, end);
            from = end + 1;
            if (!hasFigure(s)) continue;
            if (TO_COME.find(s) && toCome(s, dateline)) {
                toCome++;
                continue;
            }
            if (RELATIVE_PAST.in(s)) {
                past++;
                continue;
            }
            if (s.indexOf('年') < 0) continue;
            Matcher y = YEAR.matcher(mayHoldPeriod(s) ? PERIOD.matcher(s).replaceAll(" ") : s);
            while (y.find()) {
                int year = Integer.parseInt(y.group(1));
                if (dateline == null || year < dateline.getYear()) {
                    past++;
                    break;
                }
            }
        }
        return new int[] {past, toCome};
    }

    /** 到2025年, a year things are to come by; 提前达到2020年目标 is a goal of that year reached. */
    private static final Pattern TO_YEAR = Pattern.compile("(?<!达)到\\s*((?:19|20)\\d\\d)\\s*年");
    private static final Pattern REACHED = Pattern.compile("(?:实现|达到|完成|达成)了|(?:已|提前|如期)(?:实现|达到|完成|达成)"
            // 已有27项达到终期目标要求: a count of indicators that have reached their goals
            + "|已有[^，。；]{0,12}?(?:实现|达到|完成|达成)"
            // 圆满完成目标任务: a task done, told as done
            + "|(?:圆满|顺利|全面|超额)(?:完成|实现|达成)");
    private static final Pattern ARRIVED = Pattern.compile(
            "(?:提高|提升|上升|增加|增长|下降|降低|减少)(?:到|至)\\s*(?:19|20)\\d\\d\\s*年的\\s*\\d");
    private static final Pattern WILL = Pattern.compile(WILL_DO + "|力争");

    /**
     * Whether a sentence holding a word of years to come speaks of them: against a dateline, 到2021年 in a page of
     * 2023 is a year gone by ({@code 下降到2021年的2%}), and a goal named beside a figure of a past year
     * ({@code 2021年…下降至3.8‰，…向…的目标迈进}) is the aim the figure serves, not a goal set. A goal said to be
     * reached ({@code 提前实现了…目标}), or the level a change arrived at in a year ({@code 提高到2019年的98.7%}),
     * is of the past, with a dateline or without one.
     */
    private static boolean toCome(String s, LocalDate dateline) {
        if (WILL.matcher(s).find()) return true;
        // 提前实现了…目标, 已达到规划目标: a goal reached is a figure's past, not a goal set
        if (REACHED.matcher(s).find() && !TO_YEAR.matcher(s).find()) return false;
        // 由2000年的81.2%提高到2019年的98.7%: the level a change arrived at in a year, written as that year's
        // value, is how reports tell figures of the past; goals name their year first (到2025年，…提高到95%)
        if (ARRIVED.matcher(s).find()) return false;
        if (dateline == null) return true;
        Matcher to = TO_YEAR.matcher(s);
        boolean pastTo = false;
        while (to.find()) {
            if (Integer.parseInt(to.group(1)) >= dateline.getYear()) return true;
            pastTo = true;
        }
        if (pastTo) return false;
        // only 目标 is left: a goal beside a figure of a year gone by is that figure's aim
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < dateline.getYear()) return false;
        }
        return true;
    }

    /**
     * True when {@code s} holds a figure, as {@code FIGURE.matcher(s).find()}: a digit, spaces, then a unit. A
     * decimal's digits change nothing, since its last digit is a digit before the unit too. Every sentence of a
     * body is asked, and trying the pattern's units at every digit cost more than looking them up.
     */
    /** Whether the digit at {@code last} closes a number with a decimal point (9.1, 12.75). */
    private static boolean fraction(String s, int last) {
        int k = last - 1;
        while (k >= 0 && s.charAt(k) >= '0' && s.charAt(k) <= '9') k--;
        return k > 0 && s.charAt(k) == '.' && s.charAt(k - 1) >= '0' && s.charAt(k - 1) <= '9';
    }

    static boolean hasFigure(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            int j = i + 1;
            while (j < s.length() && isPatternSpace(s.charAt(j))) j++;
            if (FIGURE_UNITS.startsAt(s, j)) return true;
            // 平均受教育年限达9.4年, 增加0.6年: a number of years with a fraction is a duration, never a year
            if (j < s.length() && s.charAt(j) == '年' && fraction(s, i)) return true;
        }
        return false;
    }

    /** {@code \\s} of a pattern: an ASCII space, tab, line break, vertical tab or form feed. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Every period has a range mark between its years; most sentences hold none, and are not searched. */
    static boolean mayHoldPeriod(String s) {
        for (int i = 0; i < s.length(); i++) {
            // the marks PERIOD joins its years with
            switch (s.charAt(i)) {
                case '-', '—', '–', '~', '至', '到' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '\n' || c == '！' || c == '？') return i;
        }
        return s.length();
    }
}
