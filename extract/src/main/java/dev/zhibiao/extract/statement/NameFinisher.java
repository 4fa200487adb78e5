package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.model.Gazetteer;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Unit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a record the name a reader writes: a goal's count per unit is named as a count ({@code 每千名儿童拥有床位}
 * → {@code …床位数}), a count of activities or a time as what it counts ({@code 家庭教育指导活动} with 次 →
 * {@code …次数}, a time → {@code …时间}), while a goal to build so many of a thing keeps its name as written
 * ({@code 儿童友好学校}); a share in %
 * as a share ({@code 社区图书馆设立亲子阅读区} → {@code …比例}), and a bound word inside a name
 * ({@code 每千名儿童至少拥有…}) is cut, as the bound is the record's comparator. Observed counts keep their
 * names as written, as reports write them.
 */
final class NameFinisher {
    private static final int MIN_WHOLE = 4;
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Pattern AFTER_PLACE = Pattern.compile("地区|全市|全省|全区|全县|的");
    private static final Pattern WHOLE_AREA = Pattern.compile("(?<!占)全(?:国|省|市|县|区|州|盟|旗)(?!妇联|人大|政协|总工会|人民代表大会)");
    /** A verb saying what the counted do (设立, 建有, 开设 …): a % of them is a share. */
    private static final Pattern REACHES_STANDARD = Pattern.compile("(?:达到|符合|通过)[^，。；]{0,12}标准$");
    private static final Pattern SHARE_OF_DOERS = Pattern.compile(
            "设立|建立|建有|建成|开设|开展|配备|配齐|设置|参加|参与|接受|掌握|具备|拥有|实现|落实|完成|达标|达到|符合|通过");
    private static final String OPENS = "“‘「『《（(【";
    private static final String CLOSES = "”’」』》）)】";
    /** What a quotation's tail leaves before the name: 中的, 中, 的. */
    private static final Pattern LEFT_OVER = Pattern.compile("^(?:中的|之中|中|的)");
    /** The verb between a unit and what each is given (每个街镇配备…): 拥有 stays, as readers write it. */
    private static final Pattern PER_UNIT_VERB = Pattern.compile("(?<=^每[^，。；]{1,15}?)(?:配备|配置|配齐|设置|设立)(?=\\p{IsHan}{2})");
    private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|达到|达)");
    private static final Pattern PER_PERSON = Pattern.compile("每人每[日月年]");
    /** Words at a name's edges that quantify, mark aspect or join it to what follows: 所有…, 了…, …全部, …并. */
    // 年内将免费开放…, 要新建…: the will before a deed is the record's kind, not its name
    private static final List<String> LEADING_EDGE = List.of("所有", "全部", "各类", "各种", "了", "年内将", "今年将", "还将", "要求", "要实现", "将", "要");
    private static final List<String> TRAILING_EDGE = List.of("全部", "以及", "均", "都", "并", "和");
    /** 指标 after the measure it names (死亡率指标, 覆盖率指标): the word for an indicator, not part of its name. */
    private static final Pattern INDICATOR_WORD = Pattern.compile("(?<=[率例重数])(?:等)?(?:指标|这一指标|这项指标)$");
    /** 的 between whom a share or a rate counts (…人员, …儿童, …岁) and the share or rate itself. */
    private static final Pattern COUNTED_DE = Pattern.compile("(?<=[员童口生岁者])的(?=[\\p{IsHan}]{0,5}(?:率|比例|比重|占比)$|人口$)");
    private final Map<String, String> endings = Lexicon.load("statement/quantity-names.txt").entries();
    private final List<String> quantityWords = Lexicon.load("statement/quantity-words.txt").words();
    /** Acts whose people a number counts (出生, 筛查, 提起公诉): a count of people is named as the number who did it. */
    private final List<String> countedActs = Lexicon.load("statement/counted-acts.txt").words();
    /** The same words, found through their first characters before the pattern is run. */
    private final dev.zhibiao.extract.scan.WordScan boundWords = dev.zhibiao.extract.scan.WordScan.of(Vocabulary.bounds().words().stream()
            .filter(w -> w.length() >= 2 && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN).toList());
    /** Bound words of two or more characters; one (约, 近, 超) is too often part of a word to cut. */
    private final Pattern bounds = Pattern.compile(Vocabulary.boundWordsInWords(
            w -> w.length() >= 2 && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN));

    /** A share named by what it is of and of what whole, with no share word: 某儿童(数)占全部儿童. */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("([^占]{2,}?)(?:人数|数)?占([^占]{2,}?)(?:的)?");

    /** A measure, then 在 and the part of the area it is given for (…覆盖率在城市). */
    private static final String AREA_PARTS = "城市|农村|城镇|乡村|城区|市区|县城|山区|牧区";
    private static final Pattern PART_AFTER = Pattern.compile("(\\p{IsHan}{3,}?)在(" + AREA_PARTS + ")");
    private static final Pattern PART_OPENING = Pattern.compile(AREA_PARTS);
    /** Within an area (在全国范围内, 全省范围内), or what is left of it once the area's word is taken out (在范围内). */
    private static final Pattern WITHIN_AREA = Pattern.compile("(?:在|于)?(?:全[国省市区县]|本[省市区县])?范围内");
    /** The session of a body (十五届, 第十三次) before the body's name. */
    private static final Pattern SESSION = Pattern.compile("(?:第?[一二三四五六七八九十百零〇\\d]{1,4}届|第[一二三四五六七八九十百零〇\\d]{1,4}次)"
            + "(?=[^，。；]{0,3}(?:人大|人民代表大会|党代会|妇代会|团代会|政协|代表|全会|委员会))");
    /** A word that already names a share, ending the whole a share is of: 比重, 比例, 占比, 率. */
    private static final Pattern SHARE_WORD = Pattern.compile("(?:比重|比例|占比|率)$");

    /** Units that count kinds of a thing. */
    private static final java.util.Set<String> KIND_UNITS = java.util.Set.of("种", "类", "万种");

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    String finish(String name, Unit unit, Kind kind) {
        if (name.isEmpty()) return name;
        String n = tidy(name);
        // a place opening the name (上海地区…, 新疆…) says whose the figure is, as the scope does
        n = withoutOpeningPlace(n);
        // 全国, 全省, 全市 say whose the figure is (its scope), not what is measured (覆盖全国…学校 → 覆盖…学校);
        // after 占 they name the whole a share is of (占全区社区总数) and stay
        if (n.length() > 4 && n.indexOf('全') >= 0) {
            String cut = WHOLE_AREA.matcher(n).replaceAll("");
            if (cut.length() >= 2) n = cut;
        }
        // 孕产妇保健覆盖率在城市达到95%: the part a measure is given for, after it with 在, opens its name
        if (n.indexOf('在') > 0) {
            Matcher part = PART_AFTER.matcher(n);
            // a part carried to the next clause opens the name already (农村…覆盖率在城市): the first clause's part goes
            if (part.matches()) n = PART_OPENING.matcher(part.group(1)).lookingAt() ? part.group(1) : part.group(2) + part.group(1);
        }
        // 在全国范围内开展…试点: the area a thing is done within is the record's scope, no part of its name
        if (n.indexOf("范围内") >= 0) {
            String cut = WITHIN_AREA.matcher(n).replaceAll("");
            if (cut.length() >= 2) n = cut;
        }
        // 市十五届人大女代表, 第十三次党代会代表: the session of a body is no part of what is measured of it
        if (n.indexOf('届') > 0 || n.indexOf('次') > 0) {
            String cut = SESSION.matcher(n).replaceAll("");
            if (cut.length() >= 4) n = cut;
        }
        // a bound inside the name (每千名儿童至少拥有…) is the record's comparator, not part of what is measured
        if (n.length() > 4 && boundWords.in(n)) {
            String cut = bounds.matcher(n).replaceAll("");
            if (cut.length() >= 2) n = cut;
        }
        // 每个街镇配备…社会工作者: what each unit is given is the count; the verb of giving is no part of its name
        if (n.startsWith("每")) {
            String cut = PER_UNIT_VERB.matcher(n).replaceFirst("");
            if (cut.length() >= 4) n = cut;
        }
        // 某儿童数占全部儿童总数: a share of a count is of what is counted, named as a share
        if (unit.equals(Unit.PERCENT) && kind != Kind.CHANGE && n.indexOf('占') > 0) {
            Matcher share = SHARE_OF_WHOLE.matcher(n);
            if (share.matches() && !SHARE_WORD.matcher(share.group(2)).find()) return share.group(1) + "占" + share.group(2) + "比例";
        }
        // 10种疫苗接种率: a count of kinds counts the thing the rate after it is of, never the rate
        if (KIND_UNITS.contains(unit.symbol()) && n.endsWith("率") && n.length() >= 5 && isHan(n.charAt(n.length() - 4))) {
            n = n.substring(0, n.length() - 3);
        }
        // 100%的县级妇幼保健机构达到等级标准: the share of those reaching a standard, not the standard's amount
        if (unit.equals(Unit.PERCENT) && kind != Kind.CHANGE && n.endsWith("标准") && REACHES_STANDARD.matcher(n).find()) {
            return n + "比例";
        }
        // 报告死亡1.3万人, 提起公诉402人: people counted by an act they did are the number who did it
        if ((unit.symbol().equals("人") || unit.symbol().equals("万人")) && endsWithAct(n)) return n + "人数";
        // a short name is a qualifier of a list (城市, 初中) or a cut one: what it lacks is not only its ending
        if (endsWithQuantity(n) || n.length() < MIN_WHOLE || n.endsWith("中") || n.endsWith("的")) return n;
        if (unit.equals(Unit.PERCENT)) {
            // 实现乡镇幼儿园100%全覆盖: a percent of coverage is the coverage rate
            if (n.endsWith("覆盖") && n.length() >= 4) return n.substring(0, n.length() - (n.endsWith("全覆盖") ? 3 : 2)) + "覆盖率";
            // 社区图书馆设立亲子阅读区: the share of those that do, named as a share
            return kind != Kind.CHANGE && SHARE_OF_DOERS.matcher(n).find() ? n + "比例" : n;
        }
        String ending = endings.get(unit.symbol());
        if (ending == null || n.endsWith(ending)) return n;
        // a count per unit (每千名儿童拥有床位 2.5张) is a ratio, named as the number of them, observed or a goal
        if (ending.equals("数")) return n.startsWith("每") ? n + ending : n;
        // visits (年门急诊 2000万人次) are named by what they count, and kinds (图书3万种) by their number, observed
        // or a goal: the unit counts neither the persons nor the things
        if (ending.equals("人次") || ending.equals("种数")) return n + ending;
        // a goal to build so many of a thing (建成儿童友好学校10所) is named by the thing, as written; a goal of
        // so many activities or hours is named as their number or time; observed ones keep the report's words
        return kind == Kind.TARGET ? n + ending : n;
    }

    /**
     * The name without what a clause boundary left on it: the tail of a quotation or an aside it opens inside
     * ({@code 两癌”中的宫颈癌死亡率} → {@code 宫颈癌死亡率}), the word 指标 after what it measures
     * ({@code 乳腺癌死亡率指标}), and 的 between whom a share or rate counts and the share
     * ({@code 从业人员的比重} → {@code 从业人员比重}), which a reader's name leaves out; 的 after a verb phrase
     * ({@code 纳入国家免疫规划的疫苗接种率}) and in a share of a whole ({@code 占全部研究生的比重}) stay.
     */
    /** Reference marks ([2], ［3］) and bullets (-, •) opening a name, with the spaces between them. */
    private static final java.util.regex.Pattern REFERENCE_OR_BULLET = java.util.regex.Pattern.compile(
            "^(?:\\s*(?:[\\[［]\\d{1,3}[\\]］]|[-—–•·■□●◆▲★]))+\\s*");

    /** A currency closing a name, with the copula before it: 为人民币, 新台币, 港元. */
    private static final Pattern CURRENCY_AT_END = Pattern.compile("(?:为|是|达|共计|共|计)?(?:人民币|新台币|港币|港元|澳门币)$");

    private static final java.util.regex.Pattern SAME_BELOW = java.util.regex.Pattern.compile(
            "[(（][^()（）]{0,28}(?:下同|简称[^()（）]{1,8})[)）]");

    private static final java.util.regex.Pattern PERIOD_IN_BRACKETS = java.util.regex.Pattern.compile(
            "[(（]\\s*(?:19|20)\\d{2}\\s*(?:-|—{1,2}|–|~|至|到)\\s*(?:(?:19|20)\\d{2})?\\s*年?\\s*[)）]");

    /** How a measure got where it is, closing its name: 经过几年低位徘徊后, 历经三年上升后. */
    private static final Pattern COURSE_AFTER = Pattern.compile("(?<=[率例比重数准])(?:经过|历经|经)[^，。；]{1,14}?后$");
    /** A copula and the period a value is for, closing a name: 约为每月, 为每人每年. */
    private static final Pattern COPULA_PER = Pattern.compile("(?:分别)?(?:大约|约)?(?:为|是|达)(每(?:人|户)?每?[年月天日周])$");
    /** A cited document and the verb setting its goal, opening a name: 提前实现《…》提出的, 国家纲要确定的. */
    private static final Pattern CITING_FRAME = Pattern.compile(
            "^[^《》，。]{0,8}?(?:《[^《》]{1,60}》|国家纲要|国纲|纲要|规划)\\s*(?:中)?(?:提出|确定|规定|明确|要求|设定)的");
    /** Reaching a cited document's goal, closing a name: 已经达到《…, 提前实现《…. */
    private static final Pattern REACHING_CITED = Pattern.compile("(?:已经|均已|已|提前|也)?(?:达到|实现)了?《[^》]*》?.*$");

    static String tidy(String name) {
        String n = name;
        // [2] - 新生儿死亡率: a reference mark and a bullet that open the name are a page's marks, not its words
        if (n.length() > 2 && "[［-—–•·■□●◆▲★".indexOf(n.charAt(0)) >= 0) {
            String cut = REFERENCE_OR_BULLET.matcher(n).replaceFirst("");
            if (cut.length() >= 2) n = cut;
        }
        // 提前实现《某纲要》提出的婴儿死亡率, 5岁以下儿童死亡率已经达到《某规划: the document a goal is cited from, and
        // the reaching of it, frame the measure and are no part of it
        if (n.indexOf('《') >= 0 || n.indexOf("提出的") >= 0 || n.indexOf("确定的") >= 0) {
            Matcher frame = CITING_FRAME.matcher(n);
            // 实现了纲要提出的目标的指标: where the frame leaves only the goal, it names what reached it, and stays
            if (frame.lookingAt() && n.length() - frame.end() >= 2 && !n.startsWith("目标", frame.end())) n = n.substring(frame.end());
            Matcher reached = REACHING_CITED.matcher(n);
            if (reached.find() && reached.start() >= 2) n = n.substring(0, reached.start());
        }
        // 某筛查率经过几年低位徘徊后, 某近视率经过连续三年上升后: how the measure got where it is, after its name
        if (n.indexOf('经') > 0 && n.endsWith("后")) {
            Matcher course = COURSE_AFTER.matcher(n);
            if (course.find() && course.start() >= 3) n = n.substring(0, course.start());
        }
        // 平均标准约为每月: the copula and the period each value is for; the period stays, in brackets
        if (n.indexOf('每') > 0) {
            Matcher per = COPULA_PER.matcher(n);
            if (per.find() && per.start() >= 2) n = n.substring(0, per.start()) + "(" + per.group(1) + ")";
        }
        // 加强儿童保健--儿童系统管理率: a list's heading joined to its item by a dash
        int dash = n.indexOf("--");
        if (dash < 0) dash = n.indexOf("——");
        if (dash >= 2 && n.length() - dash - 2 >= 3) n = n.substring(dash + 2);
        // 某规划(2011—2020年)总体达标率: a plan's period is no part of what is measured
        if (n.indexOf('(') >= 0 || n.indexOf('（') >= 0) {
            n = PERIOD_IN_BRACKETS.matcher(n).replaceAll("");
            // 初中(13-15岁，下同)男生, 县(市、区，以下简称县): a gloss that defines a word for the rest of the text is
            // no part of the name
            if (n.contains("下同") || n.contains("简称")) n = SAME_BELOW.matcher(n).replaceAll("");
        }
        int cut = unopenedClose(n);
        if (cut >= 0) {
            String rest = LEFT_OVER.matcher(n.substring(cut + 1)).replaceFirst("");
            if (rest.length() >= 2) n = rest;
        }
        // （“儿童贫血率: quotation marks and brackets opened before the name and closed after it
        while (n.length() > 2 && OPENS.indexOf(n.charAt(0)) >= 0
                && n.indexOf(CLOSES.charAt(OPENS.indexOf(n.charAt(0)))) < 0) {
            n = n.substring(1);
        }
        // 新建“儿童之家: a title whose quote closes after the name (“儿童之家”5个) is named without the mark
        int quote = n.lastIndexOf('“');
        if (quote >= 0 && n.indexOf('”', quote) < 0 && n.length() - quote > 2) n = n.substring(0, quote) + n.substring(quote + 1);
        // 分别为每人每月: what follows 分别为 is the values' frame, a period per person kept in brackets
        java.util.regex.Matcher each = RESPECTIVELY.matcher(n);
        if (each.find() && each.start() >= 2) {
            String frame = PER_PERSON.matcher(n.substring(each.end())).matches() ? "(" + n.substring(each.end()) + ")" : "";
            n = n.substring(0, each.start()) + frame;
        }
        // 女性约占专业技术人员总数比例: 约 is the bound of the share, the record's comparator, not its name
        if (n.indexOf("约占") > 0) n = n.replace("约占", "占");
        // 特殊教育学校共有专任教师, 另有小学教学点: a verb saying how many there are stands between the place and what
        // is counted, and is no part of the name
        if (n.indexOf("有") > 0) {
            Matcher there = THERE_ARE.matcher(n);
            if (there.find() && n.length() - there.end() >= 2) n = n.substring(0, there.start()) + n.substring(there.end());
        }
        // 保障金额为人民币, 助学金人民币: the currency an amount is counted in is its unit's, no part of the name
        if (n.endsWith("币") || n.endsWith("港元")) {
            Matcher currency = CURRENCY_AT_END.matcher(n);
            if (currency.find() && currency.start() >= 2) n = n.substring(0, currency.start());
        }
        // 所有…接种率全部, 了…全覆盖, …阅览区并: quantifiers, aspect and conjunctions at the edges are no part of it
        String edges = withoutEdgeWords(n);
        if (edges.length() >= 3) n = edges;
        java.util.regex.Matcher word = INDICATOR_WORD.matcher(n);
        if (word.find() && word.start() >= 2) n = n.substring(0, word.start());
        if (n.indexOf('的') > 0 && n.indexOf('占') < 0) n = COUNTED_DE.matcher(n).replaceFirst("");
        return n;
    }

    /** 共有, 另有, 现有 before what is counted, not after 公 (公共有…). */
    private static final Pattern THERE_ARE = Pattern.compile("(?<!公)(?:共有|另有|现有)(?=\\p{IsHan})");

    /** The name without a quantifier or aspect word opening it and a quantifier or conjunction closing it. */
    private static String withoutEdgeWords(String n) {
        String s = n;
        for (String w : LEADING_EDGE) {
            if (s.startsWith(w) && han(s, w.length(), 3)) {
                s = s.substring(w.length());
                break;
            }
        }
        for (String w : TRAILING_EDGE) {
            if (s.endsWith(w) && s.length() - w.length() >= 3 && han(s, s.length() - w.length() - 3, 3)) {
                return s.substring(0, s.length() - w.length());
            }
        }
        return s;
    }

    /** True when {@code n} characters from {@code from} are all Chinese characters. */
    private static boolean han(String s, int from, int n) {
        if (from < 0 || from + n > s.length()) return false;
        for (int i = from; i < from + n; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) return false;
        }
        return true;
    }

    /** Where a closing quote or bracket stands whose opening the name does not hold, or -1. */
    private static int unopenedClose(String n) {
        int depth = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (OPENS.indexOf(c) >= 0) depth++;
            else if (CLOSES.indexOf(c) >= 0 && depth-- == 0) return i;
        }
        return -1;
    }

    /** The name without a division's name (and 地区, 全市 …) that opens it, where what is left still names a quantity. */
    private static String withoutOpeningPlace(String n) {
        if (n.length() < 5) return n;
        List<Gazetteer.Mention> ms = GAZETTEER.mentions(n.substring(0, Math.min(n.length(), 12)));
        if (ms.isEmpty() || ms.get(0).start() != 0) return n;
        int end = ms.get(0).end();
        java.util.regex.Matcher after = AFTER_PLACE.matcher(n).region(end, n.length());
        if (after.lookingAt()) end = after.end();
        String rest = n.substring(end);
        return rest.length() >= 3 ? rest : n;
    }

    private boolean endsWithAct(String n) {
        for (String a : countedActs) {
            if (n.endsWith(a)) return true;
        }
        return false;
    }

    private boolean endsWithQuantity(String n) {
        for (String w : quantityWords) {
            if (n.endsWith(w)) return true;
        }
        return false;
    }
}
