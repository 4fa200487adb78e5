package dev.zhibiao.extract.number;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in a normalised text: digits and Chinese numerals with their unit ({@code 90%},
 * {@code 2‰}, {@code 1.5个百分点}, {@code 7.38万人次}, {@code 两项}, {@code 九成}, {@code 三成半}, {@code -3.5%},
 * {@code 负1.2‰}), the spelled-out rates
 * ({@code 百分之九十五}, {@code 千分之三}, {@code 万分之九点三}, {@code 1/10万}), ranges ({@code 0.5到1个百分点},
 * {@code 3—5所}, {@code 五至十天}), and bare digits that share the unit of a list's last item
 * ({@code 0.06、10.97、0.06个百分点}). What only looks like a quantity is skipped: ordinals (第30次), per-unit
 * bases (每千名), ages (5岁), periods (2021—2030年), numerals inside quoted names. Thread-safe.
 *
 * <pre>{@code
 * NumberFinder.standard().find("新生儿死亡率降至2‰以下");   // [2.0 ‰ <=]
 * }</pre>
 */
public final class NumberFinder {
    private static final String AR = "\\d+(?:\\.\\d+)*";
    // 唯一一个, 逐一一项: 一一 opens no numeral (eleven is 十一); the first 一 ends a word before it
    private static final String CN_RUN = "(?!一一)[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+";
    /**
     * Chinese numerals, with the financial forms written on cheques and budgets (壹贰叁…拾佰仟). 万 and 亿 belong
     * to the numeral only inside it (一百零一万一千, 九万零四百, 一万三); a last 万 or 亿 is read with the unit
     * (四十万人 is 40 万人), as Arabic numbers are (2.3万人).
     */
    private static final String CN = CN_RUN + "(?:[万亿]" + CN_RUN + ")*(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+)?";
    private static final String SEP = "\\s*(?:-|—{1,2}|–|~|至|到)\\s*";
    private static final Pattern SPELLED = Pattern.compile("(十万分之|10万分之|万分之|千分之|百分之)(" + CN + "|" + AR + ")");
    private static final Pattern PER_BASE = Pattern.compile("^\\s*(?:/|每)\\s*(10万|十万|万|1000|千)");
    private static final Pattern BARE = Pattern.compile("(?<![\\d.])" + AR + "(?![\\d.])");
    /** A length in years or an age, not followed by a bound that makes it a population (以下) or by a range. */
    private static final Pattern LENGTH = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{1,2})?)(岁|年)(?!以下|以上|及以上|及以下|以内|[至到~—–\\-](?=\\s*\\d)|\\d|度|底|末|初|前|后|内|级|的|均|儿童|人口|龄)");
    /** A decimal length or age with a bound after it (11.8年以上, 78.5岁以上). */
    private static final Pattern DECIMAL_LENGTH = Pattern.compile("(\\d{1,3}\\.\\d{1,2})(岁|年)(?=以上|以下|及以上|及以下|以内)");
    /** A whole age or length with a bound that closes its clause (82岁以上。). */
    private static final Pattern WHOLE_STATED_LENGTH = Pattern.compile("(\\d{1,3})(岁|年)(?=(?:以上|及以上|左右)\\s*(?:[，。；,;）)]|$))");
    /** A gap against what a clause compares with, right before a number (比全国女性平均水平高2岁). */
    private static final Pattern GAP_STATED = Pattern.compile("比[^，。；,;\\d]{1,16}?(?:高|低|多|少|长|短)(?:出|了)?\\s*$");
    /** A predicate stating a value, or a change by it (提高了1岁), right before a number. */
    private static final Pattern STATED = Pattern.compile(
            "(?:达到|达|为|是|实现|(?:(?:提高|延长|增加|上升|提升|增长|突破|超过)(?:到|至)?|延长了?|提高了|增加了?|缩短了?|下降了?|降低了?)"
                    // 增加近1岁: a bound word may stand between a change's verb and the number
                    + "(?:近|约|逾)?)\\s*$");
    private static final Pattern LIST_BETWEEN = Pattern.compile("\\s*[、和及与]\\s*");
    private static final Unit COUNT = Unit.of("个");
    private static final Pattern LIST_GLUE = Pattern.compile("^\\s*[、和及与]\\s*");
    static final Pattern SIGN = Pattern.compile("(≥|≤|>=|<=|>|<|≈|=)\\s*$");
    private static final String SIGN_CHARS = "≥≤<>≈=";

    /** 一 alone is mostly the article "a"; it counts only before the measure words that plans count with. */
    private static final java.util.Set<String> ONE_UNITS = java.util.Set.of("所", "次", "名", "家", "项", "小时", "成");

    /**
     * True when counties are what a statement counts: had or reached (有12个县, 累计已达86个县) or in a state (12个县
     * 通过认定, 实现…), and not where something is (在7个县设立) nor after their names (甲、乙3个县).
     */
    /**
     * Whether 圈 closes the few words after a span of minutes (健身圈, 生活圈) and a figure of that circle follows in
     * the clause (15分钟健身圈覆盖率100%): the span then names the circle measured. Built alone (构建15分钟急救圈), the
     * span is the goal.
     */
    private static boolean circleWithin(CharSequence text, int at) {
        for (int i = at; i < Math.min(text.length(), at + 3); i++) {
            if (text.charAt(i) != '圈') continue;
            for (int k = i + 1; k < Math.min(text.length(), i + 20); k++) {
                char c = text.charAt(k);
                if (c >= '0' && c <= '9') return true;
                if ("，。；,;\n".indexOf(c) >= 0) return false;
            }
            return false;
        }
        return false;
    }

    /** Whether only spaces stand between the start of {@code at}'s line and it. */
    private static boolean lineStart(CharSequence text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '\u3000') return false;
        }
        return true;
    }

    /** Whether {@code word} stands in {@code text} at {@code at}. */
    private static boolean wordAt(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) return false;
        }
        return true;
    }

    private static boolean countiesCounted(CharSequence text, int start, int after) {
        // 22个县(市、区), 11个县级机构: the count names the kind of division it counts
        // 9个县(市、区)的党政领导班子: counties whose bodies are counted in what follows are the frame, not the count
        if (COUNTIES_NAMED.matcher(text).region(after, Math.min(text.length(), after + 4)).lookingAt()) return !framesWhatFollows(text, after);
        for (int i = start - 1; i >= 0 && start - i <= 4; i--) {
            char c = text.charAt(i);
            if ("在于对向到从、".indexOf(c) >= 0) return false;
            if ("，。；,;\n".indexOf(c) >= 0) break;
        }
        String before = text.subSequence(Math.max(0, start - 3), start).toString();
        if (before.endsWith("有") || before.endsWith("达") || before.endsWith("计") || before.endsWith("共")) return true;
        return COUNTIES_STATE.matcher(text).region(after, Math.min(text.length(), after + 6)).lookingAt();
    }

    /** Whether the kinds of division named after 县 close with 的 (县(市、区)的…), making them the frame of a noun. */
    private static boolean framesWhatFollows(CharSequence text, int after) {
        for (int i = after; i < Math.min(text.length() - 1, after + 8); i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') return text.charAt(i + 1) == '的';
        }
        return false;
    }

    /** After 县: the kinds of division counted with it (县(市、区), 县(区), 县市区), the level it names (县级) or its area (县域). */
    private static final Pattern COUNTIES_NAMED = Pattern.compile("\\s*[(（]\\s*[市区]|市区|级|域");
    /** After counties counted: the state they are in, or the clause's end. */
    private static final Pattern COUNTIES_STATE = Pattern.compile(
            "\\s*(?:[，。；,;]|$|(?:已|均|全部|先后)?(?:通过|实现|达到|达标|完成|获得|被|入选|纳入|建成|未通过|未达))");

    /** A share written right after a count (3个100%): the count says how many measures reach the share. */
    private static final Pattern SHARE_RIGHT_AFTER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?[%％]");
    /** After 次: the body whose session it numbers (执委, 全会, 妇代会, 代表大会). */
    private static final Pattern SESSION_AFTER = Pattern.compile("(?:全体)?(?:执委|全委|常委|全会|妇代会|党代会|团代会|人代会|代表大会|执行委员会|委员会(?:全体)?会议)");
    private static final CharSet NUMBER_START = CharSet.of("0123456789零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟");
    private static final CharSet SPELLED_START = CharSet.of("十万千百1");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("\\s*(?:-|—{1,2}|–|~|至|到)\\s*");
    private static final CharSet RANGE_MARK = CharSet.of("-—–~至到");

    /** The digits of amounts written against alteration (肆拾伍万元), which are common characters on their own. */
    private static final String FINANCIAL = "壹贰叁肆伍陆柒捌玖";
    /** Characters that go on with a Chinese numeral: digits, places and 万 亿. */
    private static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿";

    /**
     * A financial digit standing alone (大陆所有的, 陆续): amounts are written with several such characters, and one
     * by itself is the common word it is part of. {@code cs} holds the characters from {@code base} on.
     */
    private static boolean loneFinancialDigit(char[] cs, int base, int i, int to) {
        if (FINANCIAL.indexOf(cs[i - base]) < 0) return false;
        boolean before = i > base && NUMERAL_CHARS.indexOf(cs[i - 1 - base]) >= 0;
        boolean after = i + 1 < to && NUMERAL_CHARS.indexOf(cs[i + 1 - base]) >= 0;
        return !before && !after;
    }

    /**
     * A cheap test before the pattern: after the run of number characters comes a unit or a range mark.
     * {@code cs} holds the characters from {@code base} on.
     */
    private boolean unitMayFollow(char[] cs, int base, int i, int to) {
        int j = i;
        while (j < to && (NUMBER_START.contains(cs[j - base]) || cs[j - base] == '.' || cs[j - base] == '点')) {
            // a numeral's character may also open a unit (12千克, 3万人): the pattern decides which it is
            if (j > i && unitStart.contains(cs[j - base])) return true;
            j++;
        }
        while (j < to && (cs[j - base] == ' ' || cs[j - base] == '多' || cs[j - base] == '余' || cs[j - base] == '几')) j++;
        return j < to && (unitStart.contains(cs[j - base]) || RANGE_MARK.contains(cs[j - base]));
    }

    /** A bare number counts only before a list mark: skip its digits and look. */
    private static boolean listMayFollow(char[] cs, int base, int i, int to) {
        int j = i;
        while (j < to && digitOrPoint(cs[j - base])) j++;
        while (j < to && cs[j - base] == ' ') j++;
        return j < to && "、和及与".indexOf(cs[j - base]) >= 0;
    }

    private static boolean digitOrPoint(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    /** True when one of 百分之, 千分之, 万分之, 十万分之 starts at {@code k}: the test is cheaper than a matcher. */
    private static boolean spelledRateAt(char[] cs, int k) {
        if (cs[k] == '十') k++;
        // 10万分之6.78: the hundred thousand written in digits
        else if (cs[k] == '1' && k + 1 < cs.length && cs[k + 1] == '0' && (k == 0 || !digitOrPoint(cs[k - 1]))) k += 2;
        return k + 2 < cs.length && "百千万".indexOf(cs[k]) >= 0 && cs[k + 1] == '分' && cs[k + 2] == '之';
    }

    /** The characters of {@code text}[from, to). */
    private static char[] chars(CharSequence text, int from, int to) {
        char[] cs = new char[Math.max(0, to - from)];
        if (text instanceof String str) {
            str.getChars(from, Math.max(from, to), cs, 0);
        } else {
            for (int i = from; i < to; i++) cs[i - from] = text.charAt(i);
        }
        return cs;
    }

    private static final NumberFinder STANDARD = new NumberFinder();

    private final Pattern quantity;
    private final CharSet unitStart;
    final Pattern suffix;
    /** The first characters of the bound words after a number. */
    private final String suffixFirsts;
    private final Lexicon suffixes = dev.zhibiao.extract.Vocabulary.suffixBounds();

    private NumberFinder() {
        Lexicon measures = dev.zhibiao.extract.Vocabulary.measureWords();
        String measure = measures.alternation();
        // the characters a unit can start with, so that a numeral in a word (一是, 进一步) is passed over before
        // the pattern is tried (unitMayFollow); inside the pattern such a test would cost more than it saves,
        // as Java tests a class of Chinese characters one member at a time
        StringBuilder firsts = new StringBuilder("个百千%‰成万亿/");
        for (String w : measures.words()) firsts.append(w.charAt(0));
        unitStart = CharSet.of(firsts);
        // 三成半 and 七成六 are 35% and 76%: the digit after 成 is the next tenth, when no numeral goes on
        String unit = "个百分点|个千分点|个十万分点|个10万分点|个万分点|百分点|千分点|万分点|%|‰"
                + "|成[半一二三四五六七八九](?![零〇一二两三四五六七八九十百千万亿\\d])"
                + "|成(?![为员果效长立本绩功熟就型])"
                // 2个小时: hours with the measure word 个 they may take
                + "|个小时|(?:万亿|万|亿)(?:多|余)?(?:" + measure + ")|(?:" + measure + ")(?!性)"
                // 1.2亿儿童, 20万儿童: a count in ten thousands or hundreds of millions of what the noun after names
                // 200万以上农村儿童, 2.3万城镇困境儿童: with a bound and a qualifier of four characters at most between
                + "|(?:万亿|亿|万)(?=(?:以上|余|多)?(?:名|个)?(?:\\p{IsHan}{1,4}?)?(?:儿童|少年儿童|未成年人|青少年|妇女|女性|学生|家庭|婴幼儿|新生儿|孕产妇))"
                // 人数超过5.4亿，女性人口102万。: a count in ten thousands or hundreds of millions ending its clause
                + "|(?:万亿|亿|万)(?=\\s*(?:[，。；,;、）)\\[［]|$))";
        // a count glued to 岁 (16周岁) is an age; 次 before 全会 or 会议 names a meeting
        // 20万人口 is a population threshold; 三台县 a place, and 7个县 most often where or which (在7个县设立…, 甲、乙
        // 3个县, read below), but 22个县(市、区) and 11个县级机构 count them; 三位一体 and 两条腿走路 idioms; 3人制 a format; 70分 is a score, but
        // 三分之一 a fraction and 分别, 分类, 分级… words of their own
        // 2周内复筛率, 产后7天内访视率: a span of time that bounds what a rate counts is part of the rate's name
        unit = "(?:" + unit + ")(?!岁|口|一体|腿|内(?=\\p{IsHan}{1,8}率)|(?<!个)[县州旗盟](?!级)|制(?![度定订作造]))(?<!次(?=(?:全体)?(?:会议|全会|党代会|常务会议|代表大会)))"
                + "(?<!分(?=[之别类级层批期片区组散工配解布管]))";
        quantity = Pattern.compile("(?<![\\d.])(" + AR + "|" + CN + ")(?:" + SEP + "(" + AR + "|" + CN + "))?"
                + "\\s*(多|余|几)?\\s*(" + unit + "|/10万|/十万|/万|/千)(?!月)(余|多)?");
        suffix = Pattern.compile("^\\s*(" + suffixes.alternation() + ")");
        // 近万个, 上万名, 万余人: ten thousand said by 万 alone, with a word of about or over
        tenThousand = Pattern.compile("(?<=[近逾超约上])万(余|多)?(" + measure + ")|(?<![\\d零〇一二两三四五六七八九十百千])万(余|多)("
                + measure + ")");
        suffixFirsts = suffixes.words().stream().map(w -> w.substring(0, 1)).distinct()
                .collect(java.util.stream.Collectors.joining());
    }

    private final Pattern tenThousand;

    /** 近万个, 上万名, 万余人: 10,000 of the measure word, over it where 余 or 多 follows. */
    private void tenThousands(CharSequence text, int from, int to, List<Quantity> out) {
        Matcher m = tenThousand.matcher(text).region(from, to);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            // 上万名: 上 is over the number, and no word of what is counted
            boolean above = m.start() > from && text.charAt(m.start() - 1) == '上';
            boolean over = above || m.group(1) != null || m.group(3) != null;
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            int start = above ? m.start() - 1 : m.start();
            if (overlaps(out, start, m.end())) continue;
            out.add(withBounds(text, start, m.end(), to, 10000.0, null, null, Unit.of(unit), over ? Bound.GT : null));
        }
    }

    public static NumberFinder standard() {
        return STANDARD;
    }

    /** Quantities in {@code text}[from, to), in order, not overlapping. */
    public List<Quantity> find(CharSequence text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        // Regular expressions run only where a number can start: scanning every position of a long text
        // with their character classes costs more than the rest of the extraction. The scans read the
        // characters from an array, cheaper than reading each through CharSequence.charAt.
        char[] cs = chars(text, from, to);
        Matcher s = null;
        for (int i = from; i < to; i++) {
            if (!SPELLED_START.contains(cs[i - from]) || !spelledRateAt(cs, i - from)) continue;
            if (s == null) s = SPELLED.matcher(text).useTransparentBounds(true);
            s.region(i, to);
            if (!s.lookingAt()) continue;
            Double v = ChineseNumber.parse(s.group(2));
            if (v != null) {
                Unit u = switch (s.group(1)) {
                    case "百分之" -> Unit.PERCENT;
                    case "千分之" -> Unit.PER_MILLE;
                    case "万分之" -> Unit.PER_10K;
                    default -> Unit.PER_100K;
                };
                out.add(withBounds(text, s.start(), s.end(), to, v, null, null, u, null));
            }
            i = s.end() - 1;
        }
        Matcher m = null;
        for (int i = from; i < to; i++) {
            if (!NUMBER_START.contains(cs[i - from]) || i > from && digitOrPoint(cs[i - 1 - from])) continue;
            if (loneFinancialDigit(cs, from, i, to)) continue;
            if (!unitMayFollow(cs, from, i, to)) continue;
            if (m == null) m = quantity.matcher(text);
            m.region(i, to);
            if (!m.lookingAt()) continue;
            if (!overlaps(out, m.start(), m.end())) {
                Quantity q = read(text, m, to);
                if (q != null) out.add(q);
            }
            i = m.end() - 1;
        }
        lengths(text, cs, from, to, out);
        // every such count holds 万 with a word of about or over beside it (近万, 万余) and no numeral before it: most
        // lines hold none, and are not searched
        for (int k = 0; k < cs.length; k++) {
            if (cs[k] != '万') continue;
            boolean about = k > 0 && "近逾超约上".indexOf(cs[k - 1]) >= 0;
            boolean over = k + 1 < cs.length && (cs[k + 1] == '余' || cs[k + 1] == '多')
                    && (k == 0 || NUMERAL_CHARS.indexOf(cs[k - 1]) < 0 && !Character.isDigit(cs[k - 1]));
            if (about || over) {
                tenThousands(text, from + Math.max(0, k - 1), to, out);
                break;
            }
        }
        Matcher b = null;
        for (int i = from; i < to; i++) {
            char c = cs[i - from];
            if (c < '0' || c > '9' || i > from && digitOrPoint(cs[i - 1 - from])) continue;
            if (!listMayFollow(cs, from, i, to)) continue;
            if (b == null) b = BARE.matcher(text);
            b.region(i, to);
            if (!b.lookingAt()) continue;
            if (!overlaps(out, b.start(), b.end())) {
                Quantity q = bare(text, b, out, to);
                if (q != null) out.add(q);
            }
            i = b.end() - 1;
        }
        // both read only lines that hold their marks: a bracket, and 比, 数 or 率 of a measure without a unit
        boolean bracket = false, unitlessMark = false;
        for (char c : cs) {
            if (c == '(' || c == '（') bracket = true;
            else if (c == '比' || c == '数' || c == '率') unitlessMark = true;
        }
        if (bracket) bracketed(text, cs, from, to, out);
        if (unitlessMark) unitless(text, cs, from, to, out);
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        unitWrittenOnce(text, from, out);
        return signed(text, from, ranges(text, sharedTenThousands(text, sharedPoints(text, out))));
    }

    /**
     * A change from one value to another with the unit written once, after the second
     * ({@code 由2019年的5.1下降到4.2‰}, {@code 从76.5提高到81%}): the first number is of the second's unit.
     */
    private static final Pattern FROM_BARE = Pattern.compile("(?:由|从)(?:\\d{4}年(?:底|末)?的?)?(\\d+(?:\\.\\d+)?)"
            + "(?:逐步|逐年|大幅|明显|快速|稳步)?(?:下降|降低|减少|降|提高|提升|上升|增加|增长|升|缩小|扩大)了?(?:到|至)\\s*$");
    /**
     * A value compared by a multiple with the unit left out, or cut short in brackets
     * ({@code 是2019年3.25(人)的2.1倍}): the value is of the unit of the figure the sentence compares with it.
     */
    private static final Pattern MULTIPLE_OF_BARE = Pattern.compile(
            "是\\d{4}年的?(\\d+(?:\\.\\d+)?)([(（][^()（）\\d]{1,3}[)）])?的\\s*$");

    private static void unitWrittenOnce(CharSequence text, int from, List<Quantity> out) {
        for (int i = 0; i < out.size(); i++) {
            Quantity b = out.get(i);
            if (b.start() - 2 < from || b.unit().equals(Unit.NONE)) continue;
            char before = text.charAt(b.start() - 1);
            boolean to = before == '到' || before == '至', of = before == '的' && b.unit().equals(Unit.of("倍"));
            if (!to && !of) continue;
            Matcher m = (to ? FROM_BARE : MULTIPLE_OF_BARE).matcher(text).region(Math.max(from, b.start() - 30), b.start());
            if (!m.find() || overlaps(out, m.start(1), m.end(1))) continue;
            Unit unit = b.unit();
            if (of) {
                unit = null;
                for (int k = i - 1; k >= 0 && unit == null; k--) {
                    if (out.get(k).end() <= m.start() && out.get(k).unit().isRate()) unit = out.get(k).unit();
                }
                if (unit == null) continue;
            }
            double v = Double.parseDouble(m.group(1));
            // the unit cut short in brackets belongs to the number
            int end = of && m.group(2) != null ? m.end(2) : m.end(1);
            out.add(i, new Quantity(m.start(1), end, v, null, null, unit, null, end));
            i++;
        }
    }

    /** A measure that has no unit (出生人口性别比105.2, 某指数为85.6), with the words that may link it to its value. */
    private static final Pattern UNITLESS_MEASURE = Pattern.compile(
            "(?:性别比|指数|系数|总和生育率)(?:[(（][^()（）\\d]{1,8}\\d{0,3}[)）])?(?:将|要|应)?(?:为|是|达到|达|降至|降到|降为|下降到|下降至|下降为|降低到|降低至|控制在|保持在|稳定在|提高到|提高至"
            // a change from one value to another (由2020年的110.5下降到107.3): both values are the measure's
            + "|(?:由|从)(?:\\d{4}年(?:底|末)?的?)?|(?:由|从)(?:\\d{4}年(?:底|末)?的?)?\\d+(?:\\.\\d+)?(?:左右|以上|以下)?"
            // 由112.4续降为108.5: the change may go on (续, 继续) and arrive with 为
            + "(?:逐步|逐年|明显|稳步|继续|持续|续)?(?:下降|降低|减少|降|提高|提升|上升|增加|升|回落|回升)(?:到|至|为)(?:\\d{4}年(?:底|末)?的?)?)?\\s*$");

    /**
     * Values of measures written without a unit ({@code 出生人口性别比105.2}, {@code 某指数为85.6}): a number right
     * after such a measure's name, not followed by a unit or another digit.
     */
    private void unitless(CharSequence text, char[] cs, int from, int to, List<Quantity> out) {
        for (int i = from + 2; i < to; i++) {
            char c = cs[i - from];
            if (c < '0' || c > '9' || digitOrPoint(cs[i - 1 - from])) continue;
            int j = i;
            while (j < to && digitOrPoint(cs[j - from])) j++;
            if (cs[j - 1 - from] == '.') j--;
            // a unit, a percent or a year after it makes it another quantity, read elsewhere; a bound word does not
            if (j < to && (Character.isLetter(cs[j - from]) && !boundAfter(cs, from, j, to) && !changeAfter(cs, from, j, to)
                    || "%‰％/".indexOf(cs[j - from]) >= 0)) {
                continue;
            }
            int back = Math.max(from, i - 32);
            // every such measure ends in 比, 数 or 率 (性别比, 指数, 系数, 总和生育率): the pattern is tried only where one stands
            boolean near = false;
            for (int k = back; k < i && !near; k++) near = cs[k - from] == '比' || cs[k - from] == '数' || cs[k - from] == '率';
            if (!near || overlaps(out, i, j)) continue;
            double v = Double.parseDouble(text.subSequence(i, j).toString());
            // 孕产妇死亡率为0: a rate of none is written without its unit
            boolean zero = v == 0 && (j >= to || CLAUSE_END.indexOf(cs[j - from]) >= 0)
                    && ZERO_OF_RATE.matcher(text).region(back, i).find();
            if (!zero && !UNITLESS_MEASURE.matcher(text).region(back, i).find()) continue;
            out.add(withBounds(text, i, j, to, v, null, null, Unit.NONE, null));
        }
        // 孕产妇死亡率为零: the same written as a word
        for (int i = from + 2; i < to; i++) {
            if (cs[i - from] != '零' || i + 1 < to && CLAUSE_END.indexOf(cs[i + 1 - from]) < 0) continue;
            if (overlaps(out, i, i + 1) || !ZERO_OF_RATE.matcher(text).region(Math.max(from, i - 32), i).find()) continue;
            out.add(new Quantity(i, i + 1, 0.0, null, null, Unit.NONE, null, i + 1));
        }
    }

    /** Marks a clause ends with. */
    private static final String CLAUSE_END = "，。；,;、）)\n";
    /** A rate and the verb stating its level right before the number: 孕产妇死亡率为0, 发病率降为零. */
    private static final Pattern ZERO_OF_RATE = Pattern.compile(
            "率(?:继续|连续\\S{1,4}|均|都)?(?:为|是|降至|降为|降到|下降到|下降至|保持在|保持为|控制在)\\s*$");

    /** True when a change verb (下降, 提高, 升至 …) stands at {@code j}: the number is where a change started. */
    private static boolean changeAfter(char[] cs, int from, int j, int to) {
        char a = cs[j - from];
        if (a == '降' || a == '升') return true;
        // 由112.4续降为108.5: a change going on
        if (a == '续' && j + 1 < to && (cs[j + 1 - from] == '降' || cs[j + 1 - from] == '升')) return true;
        if (j + 1 >= to) return false;
        String two = new String(cs, j - from, 2);
        return switch (two) {
            case "下降", "降低", "减少", "提高", "提升", "上升", "增加", "回落", "回升", "逐步", "逐年", "明显", "稳步",
                 "继续", "持续" -> true;
            default -> false;
        };
    }

    /** True when a bound word (以下, 以上, 以内, 左右) stands at {@code j}. */
    private static boolean boundAfter(char[] cs, int from, int j, int to) {
        if (j + 1 >= to) return false;
        char a = cs[j - from], b = cs[j + 1 - from];
        return a == '以' && (b == '下' || b == '上' || b == '内') || a == '左' && b == '右';
    }

    /**
     * An index's value in brackets right after its name ({@code 某满意度指数(3.9)}, {@code 较“十二五”(3.2)}): a
     * decimal alone in brackets after a word or a closing quote, with no unit; a whole number there is a list
     * label or a year, and is left.
     */
    private static void bracketed(CharSequence text, char[] cs, int from, int to, List<Quantity> out) {
        for (int i = from + 1; i < to; i++) {
            char open = cs[i - from];
            if (open != '(' && open != '（') continue;
            char before = cs[i - 1 - from];
            if (!(before >= '\u4E00' && before <= '\u9FFF') && before != '”' && before != '"') continue;
            int j = i + 1;
            while (j < to && Character.isDigit(cs[j - from])) j++;
            if (j == i + 1 || j >= to || cs[j - from] != '.') continue;
            int k = j + 1;
            while (k < to && Character.isDigit(cs[k - from])) k++;
            if (k == j + 1 || k >= to || cs[k - from] != ')' && cs[k - from] != '）') continue;
            if (overlaps(out, i + 1, k)) continue;
            double v = Double.parseDouble(text.subSequence(i + 1, k).toString());
            out.add(new Quantity(i + 1, k, v, null, null, Unit.NONE, null, k));
        }
    }

    /**
     * A minus sign or 负 glued to the front of a value makes it negative ({@code 增长-2.5%}, {@code 为负1.2‰},
     * {@code 净增负三十二人}). A dash right after a digit, a letter or another quantity joins a range or a code
     * ({@code 85%-90%}, {@code 2021-2030年}, {@code A-3}), and 正负 is a tolerance, not a sign.
     */
    private static List<Quantity> signed(CharSequence text, int from, List<Quantity> qs) {
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            int at = q.start() - 1;
            if (q.isRange() || at < from) continue;
            char sign = text.charAt(at);
            char before = at > from ? text.charAt(at - 1) : ' ';
            boolean minus = sign == '-' || sign == '−';
            if (!minus && !(sign == '负' && before != '正')) continue;
            if (minus && (before < 0x80 && Character.isLetterOrDigit(before) || ".%‰".indexOf(before) >= 0
                    || i > 0 && qs.get(i - 1).end() == at)) continue;
            qs.set(i, new Quantity(at, q.end(), -q.value(), null, null, q.unit(), q.comparator(), q.numberEnd()));
        }
        return qs;
    }

    /**
     * Ages and years that are values, not names or periods: a decimal ({@code 预期寿命80.5岁}, {@code 受教育年限
     * 11.5年}) or a whole number a predicate states ({@code 达到11年}), never one that bounds a population
     * ({@code 5岁以下}) or starts a range ({@code 3-6岁}).
     */
    private void lengths(CharSequence text, char[] cs, int from, int to, List<Quantity> out) {
        Matcher m = null;
        for (int i = from; i < to; i++) {
            char c = cs[i - from];
            if (c != '岁' && c != '年' || i == from || !Character.isDigit(cs[i - 1 - from])) continue;
            if (m == null) m = LENGTH.matcher(text);
            int start = i - 1;
            while (start > from && digitOrPoint(cs[start - 1 - from])) start--;
            m.region(start, to);
            if (!m.lookingAt()) {
                // 达11.8年以上: a decimal is never an age bounding a population, so a bound after it is its own
                Matcher d = DECIMAL_LENGTH.matcher(text).region(start, to);
                if (d.lookingAt() && !overlaps(out, d.start(), d.end()) && !(start > from && Character.isLetter(cs[start - 1 - from])
                        && cs[start - 1 - from] < 0x80)) {
                    out.add(withBounds(text, d.start(), d.end(), to, Double.parseDouble(d.group(1)), null, null,
                            Unit.of(d.group(2)), null));
                    continue;
                }
                // 人均预期寿命达到82岁以上。: a whole number a predicate states, its bound closing the clause, is a value;
                // 为65岁以上老年人 bounds a population
                Matcher w = WHOLE_STATED_LENGTH.matcher(text).region(start, to);
                if (w.lookingAt() && !overlaps(out, w.start(), w.end())
                        && STATED.matcher(text).region(Math.max(from, start - 4), start).find()) {
                    out.add(withBounds(text, w.start(), w.start() + w.group(1).length() + 1, to, Double.parseDouble(w.group(1)),
                            null, null, Unit.of(w.group(2)), null));
                }
                continue;
            }
            if (overlaps(out, m.start(), m.end())) continue;
            // PM2.5: a number glued to letters is part of a name
            if (start > from && Character.isLetter(cs[start - 1 - from]) && cs[start - 1 - from] < 0x80) continue;
            boolean decimal = m.group(1).indexOf('.') >= 0;
            if (!decimal && !STATED.matcher(text).region(Math.max(from, start - 4), start).find()
                    && !GAP_STATED.matcher(text).region(Math.max(from, start - 20), start).find()) {
                continue;
            }
            // 提高1岁左右: a bound word after it is its own
            out.add(withBounds(text, m.start(), m.end(), to, Double.parseDouble(m.group(1)), null, null, Unit.of(m.group(2)), null));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
    }

    /**
     * In a list of changes each number may carry the measure word 个 while only the last names what it
     * counts ({@code 0.8个和1.1个千分点}, {@code 0.4个、0.5个和0.6个百分点}): the earlier ones are points too.
     */
    /**
     * In a list of counts in ten thousands only the last may name what it counts ({@code 4.4万、69.5万、17.5万人}):
     * the earlier ones, with 万 alone, count the same.
     */
    private static List<Quantity> sharedTenThousands(CharSequence text, List<Quantity> qs) {
        for (int i = qs.size() - 2; i >= 0; i--) {
            Quantity a = qs.get(i), b = qs.get(i + 1);
            String au = a.unit().symbol(), bu = b.unit().symbol();
            if (!(au.equals("万") || au.equals("亿")) || bu.length() <= au.length() || !bu.startsWith(au) || a.end() > b.start()) continue;
            if (LIST_BETWEEN.matcher(text.subSequence(a.end(), b.start())).matches()) qs.set(i, a.withUnit(b.unit()));
        }
        return qs;
    }

    private static List<Quantity> sharedPoints(CharSequence text, List<Quantity> qs) {
        for (int i = qs.size() - 2; i >= 0; i--) {
            Quantity a = qs.get(i), b = qs.get(i + 1);
            if (!a.unit().equals(COUNT) || !b.unit().isPoints() || a.end() > b.start()) continue;
            if (LIST_BETWEEN.matcher(text.subSequence(a.end(), b.start())).matches()) qs.set(i, a.withUnit(b.unit()));
        }
        return qs;
    }

    /** Joins two numbers of one unit written as a range with the unit on both ends ({@code 85%—90%}). */
    private static List<Quantity> ranges(CharSequence text, List<Quantity> qs) {
        if (qs.size() < 2) return qs;
        List<Quantity> out = new ArrayList<>(qs.size());
        for (int i = 0; i < qs.size(); i++) {
            Quantity a = qs.get(i);
            if (i + 1 < qs.size()) {
                Quantity b = qs.get(i + 1);
                if (a.comparator() == null && !a.isRange() && !b.isRange() && a.unit().equals(b.unit())
                        && a.end() <= b.start() && b.value() > a.value()
                        && RANGE_BETWEEN.matcher(text.subSequence(a.end(), b.start())).matches()) {
                    out.add(new Quantity(a.start(), b.end(), null, a.value(), b.value(), a.unit(), b.comparator(),
                            b.numberEnd()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private Quantity read(CharSequence text, Matcher m, int to) {
        int start = m.start();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '第' || before == '每' || before == '“' || before == '"' || before == '《') return null;
        // 前五位死因, 前三名: a rank among the first few, not a count
        if (before == '前' && (m.group(4).equals("位") || m.group(4).equals("名"))) return null;
        String first = m.group(1), second = m.group(2), unitText = m.group(4);
        // 3个10万分点: points of a rate per 100,000, its 十 written as a digit
        if (unitText.equals("个10万分点")) unitText = "个十万分点";
        // 2个小时 is 2 hours: 个 is the measure word hours may take
        if (unitText.endsWith("个小时")) unitText = unitText.substring(0, unitText.length() - 3) + "小时";
        boolean cn = !Character.isDigit(first.charAt(0));
        if (cn && first.length() == 1 && isWordInternal(text, start)) return null;
        if (first.equals("一") && second == null && !ONE_UNITS.contains(unitText)) return null;
        // 仅职业培训一项就…: one item singled out of a sum, no count
        if (first.equals("一") && second == null && unitText.equals("项") && m.end() < text.length() && "就即便".indexOf(text.charAt(m.end())) >= 0) {
            return null;
        }
        // 又一项荣誉 is one more of a kind, 一成不变 an idiom
        if (first.equals("一") && second == null && (before == '又' || unitText.equals("成") && wordAt(text, m.end(), "不变"))) {
            return null;
        }
        // 数十名, 几百所: some tens or hundreds, no figure
        if (cn && (before == '数' || before == '几')) return null;
        // 三轮驱动, 双轮驱动: a slogan's wheels
        if (unitText.equals("轮") && wordAt(text, m.end(), "驱动")) return null;
        // 是一项基本国策, 作为一项重要工作, 政府的一项职责: 一 after a copula or 的 is an article, not a count
        if (first.equals("一") && second == null && "是为的作".indexOf(before) >= 0) return null;
        // 第九届三次执委会议, 八次妇代会: the session of a body's meeting, an ordinal with its 第 left out
        if (unitText.equals("次") && SESSION_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()) {
            return null;
        }
        // 在7个县设立…, 甲、乙3个县: counties named as where something is, or after their names, are no count;
        // 又有12个县通过认定, 累计已达86个县 count them
        if (unitText.equals("个") && m.end() < text.length() && "县州旗盟".indexOf(text.charAt(m.end())) >= 0
                && !countiesCounted(text, start, m.end() + 1)) {
            return null;
        }
        // 3.2人员培训安排, 4.1家庭访视: a section's number opening a line of contents, its words after it
        if (!cn && unitText.length() == 1 && second == null && first.matches("\\d{1,2}\\.\\d{1,2}") && lineStart(text, start)
                && !unitText.equals("成") && m.end() < text.length() && Character.UnicodeScript.of(text.charAt(m.end())) == Character.UnicodeScript.HAN
                && "以左的多余上下内次".indexOf(text.charAt(m.end())) < 0) {
            return null;
        }
        // 实现3个100%: how many measures reach a share is no count of a thing; the measures are named after it
        if (unitText.equals("个") && SHARE_RIGHT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()) {
            return null;
        }
        // 举办培训班46期 counts courses; 一期工程, 二期项目 name a phase, and phases are numbered in words or followed by
        // what is built
        // 2011年6期, 6+1期: a journal's issue of a year, or a part of a name
        if (unitText.equals("期") && (cn || "年+".indexOf(before) >= 0 || m.end() < text.length() && "工项建".indexOf(text.charAt(m.end())) >= 0)) return null;
        // 15分钟健身圈, 10分钟生活圈: the reach of a service named by a time, part of the name
        if (unitText.equals("分钟") && circleWithin(text, m.end())) return null;
        // 三次产业, 两篇文章: the sectors of an economy and a slogan's essays
        if (unitText.equals("次") && wordAt(text, m.end(), "产业") || unitText.equals("篇") && wordAt(text, m.end(), "文章") && cn) return null;
        // 112周年: an anniversary, not a span of weeks
        if (unitText.equals("周") && m.end() < text.length() && text.charAt(m.end()) == '年') return null;
        // a count of two is 两 (两次, 两所); a lone 二 before a measure word is an ordinal or part of a word (二次开发)
        if (first.equals("二") && second == null && !unitText.equals("个")) return null;
        // 十分 is "very" and 三分 "a little": scores are written in digits (70分)
        if (cn && first.length() == 1 && second == null && unitText.equals("分")) return null;
        // a lone 百 or 千 is a round figure after a word of approximation (近千个, 上百所, 逾千名); elsewhere it
        // stands in idioms and campaign names (百家争鸣, 千家万户)
        if (cn && first.length() == 1 && "百千佰仟".indexOf(first.charAt(0)) >= 0 && "近上逾超约过".indexOf(before) < 0) {
            return null;
        }
        // 四十五亿四千零四万元: after 亿, a last 万 is a part of the numeral, not of the unit
        if (cn && first.indexOf('亿') > 0 && unitText.startsWith("万") && second == null) {
            first = first + "万";
            unitText = unitText.substring(1);
        }
        Double a = ChineseNumber.parse(first);
        if (a == null) return null;
        Double b = second == null ? null : ChineseNumber.parse(second);
        if (second != null && (b == null || b < a)) return null;
        int end = m.end();
        Unit unit;
        boolean more = m.group(3) != null || m.group(5) != null;
        if (unitText.startsWith("成")) {
            // a share in tenths goes up to 十成; 三五成群 is no share
            if (a > 10 || b != null && b > 10) return null;
            double tenth = unitText.length() > 1 ? ChineseNumber.tenth(unitText.charAt(1)) : 0;
            if (tenth > 0 && (b != null || a != Math.rint(a) || a >= 10)) return null;
            a = a * 10 + tenth;
            if (b != null) b = b * 10;
            unit = Unit.PERCENT;
        } else if (unitText.startsWith("/")) {
            unit = Unit.of(unitText);
        } else {
            String cleaned = unitText.replace("余", "").replace("多", "");
            if (!cleaned.equals(unitText)) more = true;
            unit = Unit.of(cleaned);
        }
        if (unit.equals(Unit.NONE)) return null;
        // 提高到201889.0%: a copy that lost 年的 glued a year to a share; no share or change reaches ten thousand percent
        if (unit.equals(Unit.PERCENT) && a >= 10_000) return null;
        Bound bound = more ? Bound.GT : null;
        if (b != null) return withBounds(text, start, end, to, null, a, b, unit, bound);
        return withBounds(text, start, end, to, a, null, null, unit, bound);
    }

    /** A bare number before a list's last, unit-bearing item shares its unit; a table cell keeps none. */
    private Quantity bare(CharSequence text, Matcher b, List<Quantity> found, int to) {
        char before = b.start() > 0 ? text.charAt(b.start() - 1) : ' ';
        if (before == '第' || before == '每' || before == '〔' || before == '[') return null;
        Double v = ChineseNumber.parse(b.group());
        if (v == null) return null;
        int pos = b.end();
        while (true) {
            Matcher glue = LIST_GLUE.matcher(text).region(pos, to);
            if (!glue.find()) return null;
            int next = glue.end();
            for (Quantity q : found) {
                if (q.start() == next && !q.unit().equals(Unit.NONE)) {
                    return withBounds(text, b.start(), b.end(), to, v, null, null, q.unit(), null);
                }
            }
            Matcher again = BARE.matcher(text).region(next, to);
            if (!again.lookingAt()) return null;
            pos = again.end();
        }
    }

    private Quantity withBounds(CharSequence text, int start, int end, int to, Double v, Double lo, Double hi,
                                Unit unit, Bound c) {
        int numberEnd = end;
        if (unit.equals(Unit.NONE)) {
            Matcher base = PER_BASE.matcher(text).region(end, to);
            if (base.find()) {
                unit = base.group(1).contains("万") && !base.group(1).equals("万") ? Unit.PER_100K : Unit.PER_10K;
                end = base.end();
                numberEnd = end;
            }
        }
        // every number asks for a bound word after it and a sign before it; most have neither, and are not searched
        Matcher sm = suffixMayFollow(text, end, to) ? suffix.matcher(text).region(end, to) : null;
        if (sm != null && sm.find()) {
            c = Bound.of(suffixes.value(sm.group(1)));
            end = sm.end();
        }
        int signStart = Math.max(0, start - 3);
        Matcher sign = c == null && signMayPrecede(text, signStart, start) ? SIGN.matcher(text.subSequence(signStart, start)) : null;
        if (sign != null && sign.find()) {
            c = Bound.of(sign.group(1).equals("=") ? "=" : sign.group(1));
            start = signStart + sign.start();
        }
        return new Quantity(start, end, v, lo, hi, unit, c, numberEnd);
    }

    /** True when a bound word of {@link #suffix} may open {@code text}[from, to) after spaces: a first character of one stands there. */
    boolean suffixMayFollow(CharSequence text, int from, int to) {
        int j = from;
        while (j < to && isPatternSpace(text.charAt(j))) j++;
        return j < to && suffixFirsts.indexOf(text.charAt(j)) >= 0;
    }

    /** True when {@code text}[from, to) holds a character {@link #SIGN} is written with. */
    static boolean signMayPrecede(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SIGN_CHARS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** {@code \\s} of a pattern: an ASCII space, tab, line break, vertical tab or form feed. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A Chinese numeral glued to the word before it is part of that word (统一, 进一步, 万一). */
    private static boolean isWordInternal(CharSequence text, int start) {
        if (start == 0) return false;
        char p = text.charAt(start - 1);
        return "统进唯万之其第初逐单专某同任另合划归".indexOf(p) >= 0;
    }

    private static boolean overlaps(List<Quantity> qs, int s, int e) {
        for (Quantity q : qs) {
            if (s < q.end() && q.start() < e) return true;
        }
        return false;
    }
}
