package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.number.Quantity;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@link Stage#SKIP} stage: numbers that are no figure of anything for children. The first rule that holds
 * skips the list, and the number is kept among the document's skipped numbers with the rule's code.
 */
final class SkipRules {
    static final Rule CUT_OFF = Rule.of(Stage.SKIP, "unit-cut-off",
            "a page cut off inside a unit (…提高7.2个百): the unit is not there to read, so the number is not either",
            "儿童近视率每年降低0.6个百", "儿童近视率每年降低0.6个百分点。");
    static final Rule FORMULA = Rule.of(Stage.SKIP, "formula",
            "a count beside a letter standing for any number (1+N, N个) describes a model, not a quantity",
            "按“1+N”模式建成儿童之家5个。", "建成儿童之家5个。");
    static final Rule DEADLINE = Rule.of(Stage.SKIP, "deadline",
            "a time limit of a procedure (发现后24小时内报告): a span of time after 后, ending in 内",
            "发现儿童遭受侵害后24小时内报告。", "儿童每天户外活动时间不少于2小时。");
    static final Rule REVISION_CYCLE = Rule.of(Stage.SKIP, "revision-cycle",
            "how often a plan, a list or a standard is revised (每五年修订一次) is a procedure of the document, not a "
                    + "figure for children",
            "幼儿园收费标准原则上每五年修订一次。", "幼儿园每学期开展一次视力筛查。");
    static final Rule SITE_COUNTER = Rule.of(Stage.SKIP, "site-counter",
            "a page's count of its own readers and comments (3人参与, 2条评论, 0个评论, 本文已影响1532人) is the site's, not a figure",
            "3人参与，2条评论", "全区3万人参与全民健身活动。");
    static final Rule SITE_NOTICE = Rule.of(Stage.SKIP, "site-notice",
            "what a site tells its reader (您至少需输入5个字, 下载本文档将扣除1次下载权益) counts nothing of the page's subject",
            "您至少需输入5个字。", "全区至少配备5名儿童督导员。");
    static final Rule CLOCK_TIME = Rule.of(Stage.SKIP, "clock-time",
            "the minutes of a time of day (10:05) count nothing, whatever word follows them",
            "2022-06-10 10:05 张某某 本网讯", "全区新增床位7张。");
    static final Rule REFERENCE = Rule.of(Stage.SKIP, "table-reference",
            "the number of a table or figure referred to (如表2-3所示, 见图2) counts nothing",
            "全省孕产妇死亡率持续下降，如表2-3所示。", "全省新建妇幼保健院2-3所。");
    static final Rule YEARS_BACK = Rule.of(Stage.SKIP, "years-back",
            "a span of years looked back over (10年来, 五年以来) is a time, not a figure",
            "孕产妇死亡率是10年来下降最快的。", "儿童平均受教育年限为10年。");
    static final Rule FOREIGN = Rule.of(Stage.SKIP, "foreign-language",
            "a number in a clause written in another language (a page's English summary) repeats the Chinese, if anything",
            "The gross enrollment rate of pre-school education reached 95%.", "学前教育毛入园率达到95%。");
    static final Rule ONE_OF = Rule.of(Stage.SKIP, "one-of",
            "a count of a group something is one of (12个示范单位之一) or is ranked among (53个国家中位列第三) ranks it, and counts nothing of its own",
            "全区被评为全省儿童友好建设的10个示范单位之一。", "全区新增儿童友好试点5个。");
    static final Rule REFERRED_BACK = Rule.of(Stage.SKIP, "referred-back",
            "a count of the figures just named (上述两项数据, 这两项指标, 两个死亡率创…, 两项均…) or of the items just listed "
                    + "(小学、初中、高中三个学段) refers back to them, and counts nothing new",
            "上述两项指标均提前达标。", "全区三项指标提前达标。");
    static final Rule GAP = Rule.of(Stage.SKIP, "gap-to-goal",
            "the gap left to a goal (距离目标尚差0.4个百分点) is derived from two stated figures, not a figure itself",
            "儿童之家覆盖率距离目标尚差0.4个百分点。", "儿童之家覆盖率比上年提高0.4个百分点。");
    static final Rule PLAN_PART = Rule.of(Stage.SKIP, "plan-part",
            "a count right before a part of the plan itself (7个领域, 68项主要目标) describes the document",
            "本规划围绕7个领域提出具体要求。", "全区建设儿童友好公园7个。");
    static final Rule THRESHOLD = Rule.of(Stage.SKIP, "threshold",
            "a bounded count, or a range with 的, that qualifies what a later number counts (50户以上的村寨8个, 56-65人的大班"
                    + "320个) is a threshold, not a figure",
            "全区改造50户以上的老旧小区8个。", "全区改造老旧小区50户以上。");
    // also: a bound in the qualities of things a count before it counts (选取10个人口超过50万的城市)
    static final Rule SET_PHRASE = Rule.of(Stage.SKIP, "set-phrase",
            "a numeral inside a set phrase (三个代表, 四个全面), a classifier said twice (一项项, 一个个), an article "
                    + "(当一名医生), a rank (前三个原因) or a quoted title's wording (“民族团结一家亲”) counts nothing",
            "深入学习贯彻三个代表重要思想，一项项举措落地见效。", "全区新建三个儿童之家。");
    static final Rule GATHERING = Rule.of(Stage.SKIP, "gathering",
            "those who came to a meeting (200余人参会), the questionnaires of a survey (回收有效问卷5200份) and the bodies "
                    + "that issued a document together (民政部等12个部门, 联合8个部门印发) are the event's, the survey's and the "
                    + "document's, not figures of children or women",
            "论坛在市区举行，来自各地的专家约200人参会，本次调查回收有效问卷5200份。", "全区5200名儿童参加视力筛查。");
    static final Rule QUALIFIER = Rule.of(Stage.SKIP, "qualifier",
            "a count inside the name of a share a later number gives (落实每天1节体育课的学校比例不少于60%, 少于4次的比率, "
                    + "四种遗传代谢性疾病筛查率) qualifies what the share counts, and is no figure",
            "全区落实每天1节体育课的学校比例达到95%。", "全区每天开设1节体育课，学校比例达到95%。");
    static final Rule PLACE_NAME = Rule.of(Stage.SKIP, "place-name",
            "a numeral that opens a place's name (九台区, 七台河市, the document's own 八台 of 八台区) counts nothing",
            "七台河市儿童发展规划印发。", "全市新建托育机构七家。");
    /** After naming: a list that nothing in its words names is left out. */
    static final Rule NAMES_NOTHING = Rule.of(Stage.SKIP, "names-nothing",
            "a number whose words, and the clauses before, name nothing it measures",
            "全面推进。\n达到90%。", "全面推进。\n儿童之家覆盖率达到90%。");

    /** The characters a numeral is written with, which open the place names {@link #placeName} knows. */
    private static final String NUMERALS = "一二三四五六七八九十两";
    /** Names of divisions that open with a numeral (三台县, 七台河, 十堰市), longest first. */
    private static final List<String> NUMERAL_PLACES = dev.zhibiao.model.Gazetteer.bundled().namesOpeningWith(NUMERALS)
            .stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** The suffixes of a division's name its people leave off (八台区 → 八台). */
    private static final String[] DIVISION_SUFFIXES = {"自治县", "区", "县", "市", "旗", "镇", "乡"};

    /** True when the list's first number is written in numerals that open a place's name. */
    private static boolean placeName(Group g) {
        String t = g.text();
        int at = g.first().start();
        if (NUMERALS.indexOf(t.charAt(at)) < 0) return false;
        for (String n : NUMERAL_PLACES) {
            if (t.startsWith(n, at)) return true;
        }
        // the document's own division, often written without its suffix (八台经济开发区, 八台区委)
        dev.zhibiao.model.Region own = g.ctx().profile().region();
        if (own == null || NUMERALS.indexOf(own.name().charAt(0)) < 0) return false;
        for (String suffix : DIVISION_SUFFIXES) {
            String name = own.name();
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2 && t.startsWith(name.substring(0, name.length() - suffix.length()), at)) {
                return true;
            }
        }
        return t.startsWith(own.name(), at);
    }

    /**
     * 50户以上(的)木质房屋连片村寨8个: a count bounded by 以上 or 以下 with a noun right after it, which a later number
     * of the clause counts.
     */
    private static boolean threshold(String t, int[] clause, Quantity q) {
        if (q.unit().isRate() || q.end() < 2 || q.end() >= clause[1]) return false;
        // 选取100个人口超过100万、基础较好的城市: a bound in the qualities of the things a count before it counts
        if (COUNT_THEN_QUALITY.matcher(t).region(clause[0], q.start()).find()
                && QUALITIES_END.matcher(t).region(q.end(), clause[1]).lookingAt()) {
            return true;
        }
        // 56-65人的大班320个: a range of a size, with 的, names a class of what the next number counts
        boolean range = q.isRange() && t.charAt(q.end()) == '的';
        if (q.comparator() == null && !range) return false;
        String bound = t.substring(q.end() - 2, q.end());
        if (!range && !bound.equals("以上") && !bound.equals("以下")) return false;
        int k = q.end();
        if (t.charAt(k) == '的') k++;
        if (k >= clause[1] || Character.UnicodeScript.of(t.charAt(k)) != Character.UnicodeScript.HAN) return false;
        for (int i = k; i < clause[1]; i++) {
            if (Character.isDigit(t.charAt(i))) return true;
        }
        return false;
    }

    /** A count, then a quality of what it counts that a bound opens (100个人口超过), right before a number. */
    private static final Pattern COUNT_THEN_QUALITY = Pattern.compile("\\d\\s*(?:个|家|所)\\p{IsHan}{1,6}?(?:超过|高于|大于|不低于|不少于|在)\\s*$");
    /** The rest of the qualities, then 的 and the noun they qualify (、基础较好的城市). */
    private static final Pattern QUALITIES_END = Pattern.compile("(?:以上|以下)?[^，。；,;\\d]{0,30}?的\\p{IsHan}{1,6}");

    /** After a count: words of the clause, 的, and a share's or a rate's head, then the share's number. */
    // 一个月少于4次的比率为8.1%: the share may follow the count right after its measure word
    private static final Pattern SHARE_AFTER = Pattern.compile("[^，,。；;\\d]{0,16}?的[^，,。；;\\d]{0,10}?(?:比例|占比|比重|率)[^，,。；;\\d]{0,8}\\d");
    /** 四种遗传代谢性疾病筛查率为97.6%: kinds counted inside the name of a rate that a later number gives. */
    private static final Pattern RATE_OF_KINDS = Pattern.compile("[^，,。；;\\d的]{1,16}?率[^，,。；;\\d]{0,8}\\d");

    /** 落实每天1节体育课的学校比例不少于60%: a count qualifying the things a share after it counts. */
    private static boolean qualifier(String t, int[] clause, Quantity q) {
        if (q.unit().isRate() || q.unit().isPoints() || q.end() >= clause[1]) return false;
        if (q.unit().symbol().equals("种") && RATE_OF_KINDS.matcher(t).region(q.end(), clause[1]).lookingAt()) return true;
        return SHARE_AFTER.matcher(t).region(q.end(), clause[1]).lookingAt();
    }

    /** A count beside a letter standing for any number (1+N, N个). */
    private static final Pattern LETTER_COUNT = Pattern.compile("\\d\\s*\\+\\s*[A-Za-z]|(?<![A-Za-z])[A-Za-z]\\s*个");
    /** The measure words of a span of time, marked {@code time} in the number reader's list. */
    private static final java.util.Set<String> TIME_UNITS = dev.zhibiao.extract.Vocabulary.measureWords().entries().entrySet()
            .stream().filter(e -> e.getValue().equals("time")).map(java.util.Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Guarded GAP_WORDS = Guarded.of("(?:尚差|还差|仍差)\\s*$", "差");

    private static final Lexicon PLAN_PARTS = Lexicon.load("statement/plan-parts.txt");
    static final Pattern PLAN_PART_WORDS = Pattern.compile("(?:大|类|方面)?(?:的)?(?:" + PLAN_PARTS.alternation() + ")");
    /** The characters a match of {@link #PLAN_PART_WORDS} opens with. */
    private static final String PLAN_PART_OPENINGS = "大类方的" + PLAN_PARTS.words().stream()
            .map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    private record Skip(Rule rule, Predicate<Group> holds) {
    }

    /** Whether the words after a count, to the end of its clause, state how the indicators counted stand. */
    interface StatesAfter {
        boolean test(String text, int from, int to);
    }

    private final List<Skip> rules;
    private final StatesAfter statesAfter;

    SkipRules(StatesAfter statesAfter) {
        this.statesAfter = statesAfter;
        rules = List.of(
                new Skip(PLACE_NAME, g -> placeName(g)),
                new Skip(SET_PHRASE, g -> g.size() == 1 && setPhrase(g.text(), g.first())),
                new Skip(GATHERING, g -> g.size() == 1 && gathering(g.text(), g.first())),
                new Skip(CLOCK_TIME, g -> clockTime(g.text(), g.first())),
                new Skip(REFERENCE, g -> g.size() == 1 && reference(g.text(), g.first())),
                new Skip(YEARS_BACK, g -> g.size() == 1 && yearsBack(g.text(), g.last())),
                new Skip(SITE_COUNTER, g -> g.size() == 1 && siteCounter(g.text(), g.last())),
                // a site's notice is short: the words near the number tell it, and a long sentence is read in linear time
                new Skip(SITE_NOTICE, g -> SITE_WORDS.matcher(g.text()).region(Math.max(g.sentence().start(), g.first().start() - NOTICE_REACH),
                        Math.min(g.sentence().end(), g.last().end() + NOTICE_REACH)).find()),
                new Skip(THRESHOLD, g -> threshold(g.text(), g.clause(), g.last())),
                new Skip(QUALIFIER, g -> g.size() == 1 && qualifier(g.text(), g.clause(), g.last())),
                new Skip(CUT_OFF, g -> cutOff(g.text(), g.last())),
                new Skip(FORMULA, g -> formula(g.text(), g.clause())),
                new Skip(DEADLINE, g -> deadline(g.text(), g.clause(), g.last())),
                new Skip(REVISION_CYCLE, g -> revisionCycle(g.text(), g.clause(), g.last())),
                new Skip(FOREIGN, g -> latinNear(g.text(), g.first().start(), g.clause()[0])
                        && foreign(g.text(), g.sentence().start(), g.sentence().end())),
                new Skip(ONE_OF, g -> oneOf(g.text(), g.clause(), g.last())),
                new Skip(REFERRED_BACK, g -> g.first().start() >= 2 && REFERRING.find(
                        g.text().substring(Math.max(g.clause()[0], g.first().start() - 3), g.first().start()))
                        || g.size() == 1 && pairReferred(g.text(), g.first(), g.clause())
                        || g.size() == 1 && countsListBefore(g.text(), g.first(), g.clause())),
                new Skip(GAP, g -> GAP_WORDS.find(g.window())),
                new Skip(PLAN_PART, g -> {
                    // a rate before the plan's goal (达到95%的规划目标) is the goal's value, not a count of its parts
                    if (g.last().unit().isRate() || g.last().unit().isPoints()) return false;
                    // 距离期末3.5个的目标: a plan's parts are counted in whole numbers
                    if (g.last().value() != null && g.last().value() != Math.rint(g.last().value())) return false;
                    int from = g.last().end();
                    int to = Math.max(from, g.sentence().clauseAt(g.last().start())[1]);
                    // 有28项指标提前实现目标: a report's count of indicators in a state is a figure of its own
                    return planPartAt(g.text(), from, to) && !(g.ctx().report() && statesAfter.test(g.text(), from, to));
                }));
    }

    /** The rules in the order they are tried. */
    static List<Rule> declared() {
        return List.of(PLACE_NAME, SET_PHRASE, GATHERING, CLOCK_TIME, REFERENCE, YEARS_BACK, SITE_COUNTER, SITE_NOTICE, THRESHOLD, QUALIFIER, CUT_OFF, FORMULA, DEADLINE, REVISION_CYCLE, FOREIGN, ONE_OF, REFERRED_BACK, GAP, PLAN_PART, NAMES_NOTHING);
    }

    /** The first rule that skips the list, or null when its numbers are figures. */
    Rule first(Group g) {
        for (Skip s : rules) {
            if (s.holds().test(g)) return s.rule();
        }
        return null;
    }

    /**
     * True when a part of the plan is named at {@code from}, as {@code PLAN_PART_WORDS} reads it; most numbers are
     * followed by a character no part opens with, and the pattern is not tried there.
     */
    static boolean planPartAt(String t, int from, int to) {
        // 两个“规划”: a part named in quotes
        if (from < to && (t.charAt(from) == '“' || t.charAt(from) == '"' || t.charAt(from) == '《')) from++;
        if (from >= to || PLAN_PART_OPENINGS.indexOf(t.charAt(from)) < 0) return false;
        return PLAN_PART_WORDS.matcher(t).region(from, to).lookingAt();
    }

    /** Set phrases that hold a numeral and count nothing (三个代表, 四个全面), longest first. */
    private static final List<String> SET_PHRASES = Lexicon.load("number/set-phrases.txt").words().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** The verbs an article (一名, 一个, 一位) follows: 当一名医生, 成为一名教师. */
    private static final Pattern ARTICLE_VERB = Pattern.compile("(?:当|做|成为|作为|是|像)$");

    /** 三个代表, 一项项, 当一名医生, 前三个原因: a numeral that opens a set phrase, an article or a rank. */
    private static boolean setPhrase(String t, Quantity q) {
        int s = q.start(), e = q.end();
        if (NUMERALS.indexOf(t.charAt(s)) < 0) return false;
        for (String p : SET_PHRASES) {
            if (t.startsWith(p, s)) return true;
        }
        // 一项项, 一个个: the classifier said twice
        String unit = t.substring(s + 1, e);
        if (t.charAt(s) == '一' && !unit.isEmpty() && t.startsWith(unit, e)) return true;
        // 当一名医生: one of a kind, not a count
        if (t.charAt(s) == '一' && e - s == 2 && "名个位".indexOf(t.charAt(s + 1)) >= 0
                && ARTICLE_VERB.matcher(t).region(Math.max(0, s - 2), s).find()) return true;
        // “民族团结一家亲”, “一个都不能少”: a numeral in words inside a quoted title is of the title's wording
        if (insideQuotedTitle(t, s, e)) return true;
        // 前三个原因, 前十名: a rank among others
        return s > 0 && t.charAt(s - 1) == '前' && "个名位".indexOf(t.charAt(e - 1)) >= 0;
    }

    /** How far a quoted title's marks may stand from a numeral inside it. */
    private static final int TITLE_REACH = 12;

    /** True when [s, e) stands inside “…” with words of the title after it before the closing mark. */
    private static boolean insideQuotedTitle(String t, int s, int e) {
        int open = -1;
        for (int i = s - 1; i >= Math.max(0, s - TITLE_REACH); i--) {
            char c = t.charAt(i);
            if (c == '“') {
                open = i;
                break;
            }
            if (c == '”' || "，。；,;\n".indexOf(c) >= 0) return false;
        }
        if (open < 0) return false;
        for (int i = e; i < Math.min(t.length(), e + TITLE_REACH); i++) {
            char c = t.charAt(i);
            if (c == '”') return i > e;
            if (c == '“' || "，。；,;\n".indexOf(c) >= 0 || Character.isDigit(c)) return false;
        }
        return false;
    }

    /** What comes right after those who came to a meeting, or a survey's questionnaires before their count. */
    private static final Pattern ATTENDED = Pattern.compile("\\s*(?:参会|与会|出席|参加(?:了)?(?:会议|论坛|座谈会|开幕式|启动仪式|发布会))");
    private static final Pattern QUESTIONNAIRES = Pattern.compile("问卷\\s*(?:共)?$");

    /** Bodies that issued a document together: 等 or 联合 before their count, or 联合 and an issuing verb after. */
    private static final Pattern ISSUING_BEFORE = Pattern.compile("(?:等|联合|会同|牵头)\\s*$");
    private static final Pattern ISSUING_AFTER = Pattern.compile("\\s*(?:部门|部委|单位)\\s*(?:联合)?(?:印发|发布|出台|制定)");

    private static boolean gathering(String t, Quantity q) {
        String u = q.unit().symbol();
        if (u.equals("个") && q.end() + 2 <= t.length() && (t.startsWith("部门", q.end()) || t.startsWith("部委", q.end()))) {
            return ISSUING_BEFORE.matcher(t).region(Math.max(0, q.start() - 3), q.start()).find()
                    || ISSUING_AFTER.matcher(t).region(q.end(), Math.min(t.length(), q.end() + 10)).lookingAt();
        }
        if (u.equals("份")) return QUESTIONNAIRES.matcher(t).region(Math.max(0, q.start() - 4), q.start()).find();
        if (!u.equals("人") && !u.equals("名") && !u.equals("位")) return false;
        return ATTENDED.matcher(t).region(q.end(), Math.min(t.length(), q.end() + 8)).lookingAt();
    }

    /** How far from a number the words of a site's notice are looked for. */
    private static final int NOTICE_REACH = 16;
    /** Words of a site speaking to its reader: 您, its documents and downloads, signing in. */
    private static final Pattern SITE_WORDS = Pattern.compile("您|本文档|下载权益|下载券|登录后|注册后|我来说");

    /** What a site counts of a page right after the count and its measure word: 参与, 评论, 浏览, 阅读, 点赞. */
    private static final Pattern COUNTED_BY_SITE = Pattern.compile("\\s*(?:参与|评论|浏览|阅读|点赞|收藏|分享|转发)(?![\\u4e00-\\u9fff]{2})");

    /** What a site says of a page right before its count of readers: 本文已影响, 该文已被阅读. */
    private static final Pattern PAGE_READ_BY = Pattern.compile("(?:本文|该文|此文|本页)(?:已)?(?:影响|被阅读|被浏览|被转发)了?\\s*$");

    private static boolean siteCounter(String t, Quantity q) {
        String u = q.unit().symbol();
        if (!u.equals("人") && !u.equals("条") && !u.equals("次") && !u.equals("个")) return false;
        return COUNTED_BY_SITE.matcher(t).region(q.end(), Math.min(t.length(), q.end() + 8)).lookingAt()
                || !u.equals("个") && PAGE_READ_BY.matcher(t).region(Math.max(0, q.start() - 8), q.start()).find();
    }

    /** 如表2-3所示, 见图2: a table's or figure's number right after 表 or 图 (with 附 or 见 before). */
    private static boolean reference(String t, Quantity q) {
        int s = q.start();
        return s > 0 && (t.charAt(s - 1) == '表' || t.charAt(s - 1) == '图')
                && (s < 2 || "如见附详下上据".indexOf(t.charAt(s - 2)) >= 0 || !Character.isIdeographic(t.charAt(s - 2)));
    }

    /** 10年来, 五年以来: a number of years and 来 or 以来 right after it. */
    private static boolean yearsBack(String t, Quantity q) {
        if (!q.unit().symbol().equals("年")) return false;
        int e = q.end();
        return e < t.length() && (t.charAt(e) == '来' || t.startsWith("以来", e));
    }

    /** Two digits after a colon that follows an hour (10:05): the minutes of a time of day. */
    private static boolean clockTime(String t, Quantity q) {
        int s = q.start();
        if (s < 2 || t.charAt(s - 1) != ':' && t.charAt(s - 1) != '：' || !Character.isDigit(t.charAt(s - 2))) return false;
        int digits = 0;
        for (int i = s; i < t.length() && Character.isDigit(t.charAt(i)); i++) digits++;
        return digits == 2;
    }

    /** A page cut off inside a unit (…提高7.2个百): what follows the number is 百千万分 and then nothing. */
    private static boolean cutOff(String t, Quantity q) {
        int i = q.end();
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        int rest = 0;
        while (i + rest < t.length() && "百千万分".indexOf(t.charAt(i + rest)) >= 0) rest++;
        if (rest == 0) return false;
        for (int j = i + rest; j < t.length(); j++) {
            if (!Character.isWhitespace(t.charAt(j))) return false;
        }
        return true;
    }

    /** A clause with a letter for a number ({@code 1+N}, {@code N个}); one without a Latin letter is not searched. */
    private static boolean formula(String t, int[] clause) {
        for (int i = clause[0]; i < clause[1]; i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return LETTER_COUNT.matcher(t).region(clause[0], clause[1]).find();
            }
        }
        return false;
    }

    /** True when a Latin letter stands in the few characters before the number: most numbers have none there. */
    private static boolean latinNear(String t, int at, int clauseStart) {
        for (int i = Math.max(clauseStart, at - 12); i < at; i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') return true;
        }
        return false;
    }

    /** True when the sentence holds more Latin letters than Chinese characters, and at least a few words' worth. */
    private static boolean foreign(String t, int from, int to) {
        int latin = 0, han = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') latin++;
            else if (c >= '\u4E00' && c <= '\u9FFF') han++;
        }
        return latin >= 12 && latin > 2 * han;
    }

    /** 上述, 以上, 这, 该 right before a count: the figures counted were named before. */
    private static final Guarded REFERRING = Guarded.of("(?:上述|以上|前述|这|该|此)\\s*$", "述上这该此");
    /**
     * 两个死亡率创历史新低, 两项均低于…: two or three of the measures just named, said in words, with 均 or 都 after them
     * or a rate's name and what both did.
     */
    private static final Pattern PAIR_AFTER = Pattern.compile(
            "^\\s*(?:个|项)(?:均|都|皆|全部|同时|双双|[^，。；,;\\d]{0,6}?率(?:均|都|皆|全部|同时|双双|创|再创|同创))");

    private static boolean pairReferred(String text, Quantity q, int[] clause) {
        if (q.start() + 1 >= clause[1] || "两二三".indexOf(text.charAt(q.start())) < 0) return false;
        return PAIR_AFTER.matcher(text).region(q.start() + 1, clause[1]).lookingAt();
    }

    /**
     * 小学、初中、高中三个学习阶段, 城市和农村两类地区: a count in words right after a list of as many items sums the
     * items up, and counts nothing new.
     */
    private static boolean countsListBefore(String t, Quantity q, int[] clause) {
        int s = q.start();
        if (s <= clause[0] || NUMERALS.indexOf(t.charAt(s)) < 0 || q.value() == null) return false;
        if (!Character.isIdeographic(t.charAt(s - 1))) return false;
        // what the count sums up is a kind of things (两种语言, 三类) or the parts of a whole (三个学段, 七个领域)
        String u = q.unit().symbol();
        boolean kinds = u.equals("种") || u.equals("类")
                || (u.equals("个") || u.equals("项") || u.equals("大")) && PARTS_AFTER.matcher(t).region(q.end(), clause[1]).lookingAt();
        if (!kinds || t.charAt(s - 1) == '有') return false;
        int items = 1, item = 0;
        for (int i = s - 1; i >= clause[0]; i--) {
            char c = t.charAt(i);
            if (c == '、' || (c == '和' || c == '及' || c == '与') && items == 1) {
                if (item == 0) return false;
                items++;
                item = 0;
            } else if (Character.isDigit(c)) {
                // 有1位女副总理、…有两位女副委员长: items with counts of their own are no list summed up
                return false;
            } else if (!Character.isIdeographic(c) || ++item > LISTED_ITEM) {
                break;
            }
        }
        return items >= 2 && q.value() == items;
    }

    /** The parts of a whole a count after a list sums up: 学习阶段, 学段, 领域, 方面. */
    private static final Pattern PARTS_AFTER = Pattern.compile("\\s*(?:学习|教育|优先)?(?:发展)?(?:阶段|学段|领域|方面|范畴|环节|层次|维度)");

    /** How long an item of a list summed up by a count after it may be. */
    private static final int LISTED_ITEM = 8;

    /** 之一 closing the words after a count: the group something is one of. */
    private static final Pattern ONE_OF_WORDS = Pattern.compile("^[^，。；,;\\d]{1,12}?之一");

    /** 12个示范单位之一: a count followed, within its clause, by 之一. */
    private static boolean oneOf(String t, int[] clause, Quantity q) {
        int to = Math.min(clause[1], q.end() + 14);
        int one = t.indexOf("之一", q.end());
        if (one >= 0 && one < to && ONE_OF_WORDS.matcher(t).region(q.end(), to).lookingAt()) return true;
        // 在53个中高收入国家中位列第三: the count of those a thing is ranked among
        int reach = Math.min(t.length(), q.end() + 40), among = -1;
        for (int i = q.end(); i < Math.min(reach, q.end() + 16) && among < 0; i++) if (t.charAt(i) == '中') among = i;
        if (among < 0) return false;
        boolean rank = false;
        for (int i = among; i < reach && !rank; i++) rank = t.charAt(i) == '第';
        return rank && RANKED_AMONG.matcher(t).region(q.end(), reach).lookingAt();
    }

    /** After a count: those it counts, 中, and a rank among them (…国家中分别位列第三位). */
    private static final Pattern RANKED_AMONG = Pattern.compile(
            "^[^，。；,;\\d]{1,14}?中[，,]?[^。；;\\d]{0,10}?(?:位列|排名|排在|位居|名列|居)(?:全国|全省)?第");

    /** A verb of revising, right before the count of times, in a clause of a schedule (每…). */
    private static final Pattern REVISED = Pattern.compile("(?:调整|修订|修编|更新|修改)\\s*$");

    /** How often something is revised ({@code 每五年修订一次}): a count of 次 right after a verb of revising. */
    private static boolean revisionCycle(String t, int[] clause, Quantity q) {
        if (!q.unit().symbol().equals("次") || q.start() - 2 < clause[0]) return false;
        int every = t.lastIndexOf('每', q.start());
        return every >= clause[0] && REVISED.matcher(t).region(Math.max(clause[0], q.start() - 4), q.start()).find();
    }

    /** A time limit for a procedure ({@code 颁布后30天内报送}): a span of time after 后, ending in 内. */
    private static boolean deadline(String t, int[] clause, Quantity q) {
        if (!TIME_UNITS.contains(q.unit().symbol()) || q.end() >= t.length() || t.charAt(q.end()) != '内') return false;
        return t.lastIndexOf('后', q.start()) >= clause[0];
    }
}
