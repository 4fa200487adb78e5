package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.extract.number.NumberFinder;
import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Stage#NAME} stage: what each number of a list measures. A name is first read from the list's own
 * words (the first base rule that gives one wins); then the refinements run in order, each replacing the names
 * when the words say the subject is elsewhere: in the list before, in the clause before, in the paragraph.
 */
final class NameRules {
    static final Rule PAIRED_LIST = Rule.of(Stage.NAME, "paired-list",
            "populations paired with values that share the noun after the last (小学生10小时、初中生9小时睡眠时间)",
            "保障每天小学生10小时、初中生9小时睡眠时间。", "保障小学生每天睡眠时间10小时。");
    static final Rule LIST_ITEMS = Rule.of(Stage.NAME, "list-items",
            "listed names before a list of values, one each (A率、B率分别为…)",
            "孕产妇系统管理率、儿童系统管理率分别达到92%和93%。", "儿童系统管理率达到93%。");
    static final Rule SHARED_VALUE = Rule.of(Stage.NAME, "shared-value",
            "listed names sharing one value (A率、B率均达到…)",
            "幼儿园、中小学校医配备率均达到100%。", "中小学校医配备率达到100%。");
    static final Rule SUBJECT = Rule.of(Stage.NAME, "subject",
            "the noun phrase before the number",
            "儿童之家覆盖率达到95%。", "新增3所公办幼儿园。");
    static final Rule FRAME_AND_OBJECT = Rule.of(Stage.NAME, "frame-and-object",
            "a frame before the number and the thing counted after it (实现…100%全覆盖)",
            "实现社区儿童之家100%全覆盖。", "社区儿童之家覆盖率达到100%。");
    static final Rule LIST_BEFORE = Rule.of(Stage.NAME, "list-before",
            "a list of values whose names were listed before (…分别降至5‰和7‰以下)",
            "婴儿死亡率为5‰，5岁以下儿童死亡率为7‰，到2025年分别降至4‰和6‰以下。", "婴儿死亡率降至5‰以下。");
    static final Rule EACH_OF_LIST = Rule.of(Stage.NAME, "each-of-list",
            "a value each of the names before takes (均为…) when nothing names it",
            "孕产妇系统管理率为92%，儿童系统管理率为93%，2030年均达到95%以上。", "儿童系统管理率为93%。");
    static final Rule OBJECT_AFTER = Rule.of(Stage.NAME, "object-after",
            "the thing counted after the number when nothing before names it",
            "新增3所公办幼儿园。", "公办幼儿园数量达到3所。");
    static final Rule PEOPLE_ACTING = Rule.of(Stage.NAME, "people-acting",
            "people counted at a clause's opening, then what they did (1.2万人参加了免费婚检), what was done to them "
                    + "(对2万人开展入职查询) or the state they are in (发现有6人存在…): the count is of them, named by the act",
            "全年共检查孕妇2万人，1.2万人参加了免费婚检。", "全年共检查孕妇2万人，其中1.2万人。");
    static final Rule PREVIOUS = Rule.of(Stage.NAME, "previous",
            "a value with no name of its own after a named one in the same sentence",
            "儿童之家覆盖率达到90%，2030年100%。", "儿童之家覆盖率达到90%。");
    static final Rule PER_CAPITA_FRAME = Rule.of(Stage.NAME, "per-capita-frame",
            "a list item takes the per-capita frame of the item before (每千名儿童拥有医生1名、床位3张)",
            "每千名儿童拥有儿科医生1.2名、床位3.5张。", "每千名儿童拥有儿科医生1.2名。");
    static final Rule CITED_FOR_OWN = Rule.of(Stage.NAME, "cited-for-own",
            "a cited benchmark that names nothing takes the names of the document's own figures before it",
            "儿童之家覆盖率达到95%。（国纲目标为90%）", "儿童之家覆盖率达到95%。");
    static final Rule CITED_SHORTENED = Rule.of(Stage.NAME, "cited-as-own",
            "a benchmark cited for one of the document's own indicators, shortened (儿童贫血率 for 5岁以下儿童贫血率), takes the own name",
            "5岁以下儿童贫血率降至10%以下（国纲目标为儿童贫血率控制在12%以下）。",
            "5岁以下儿童贫血率降至10%以下（国纲目标为孕产妇贫血率控制在12%以下）。");
    static final Rule SAME_SUBJECT = Rule.of(Stage.NAME, "same-subject",
            "the goal in brackets, the rate of change or the gap of what was just measured",
            "儿童之家覆盖率为85%，增幅12%。", "儿童之家覆盖率为85%。");
    static final Rule CONTINUES = Rule.of(Stage.NAME, "continues-clause-before",
            "a comparison with no subject of its own goes on about the clause before (…，较上年提高2个百分点)",
            "儿童之家覆盖率显著提升，较2020年提高5个百分点。", "儿童之家覆盖率较2020年提高5个百分点。");
    static final Rule PREDICATE_OF_BEFORE = Rule.of(Stage.NAME, "predicate-of-clause-before",
            "a bare predicate goes on about the clause before (…持续提升，达到30%以上)",
            "儿童健康素养水平持续提升，达到30%以上。", "儿童健康素养水平达到30%以上。");
    static final Rule MEASURE_OF_CLAUSE_BEFORE = Rule.inReport(Stage.NAME, "measure-of-clause-before",
            "a value with no name of its own after a clause that names a measure and says how it went (…率呈下降趋势，"
                    + "2024年为…) is that measure's, not the last number's",
            "全区儿童之家覆盖率达到90%，儿童意外伤害死亡率呈持续下降趋势，2024年为12.5/10万。",
            "全区儿童之家覆盖率达到90%，2024年为95%。");
    static final Rule INDICATORS_REFERRED = Rule.inReport(Stage.NAME, "indicators-referred-to",
            "values of indicators referred to by their count (两项指标…低于6‰和8‰的目标) are those of the measures the "
                    + "clause before lists",
            "婴儿死亡率和5岁以下儿童死亡率继续下降，两项指标已实现低于6‰和8‰的规划目标。",
            "婴儿死亡率继续下降，两项指标已实现低于6‰和8‰的规划目标。");
    static final Rule PEOPLE_SERVED = Rule.inReport(Stage.NAME, "people-served",
            "people counted as given a service (为1.2万名儿童进行了视力筛查, 2.1万名儿童接受了筛查) are the people who received it",
            "2024年，全区共为1.2万名儿童进行了视力筛查。", "2024年，全区儿童视力筛查率为95.2%。");
    static final Rule AGE_OF_PREVIOUS = Rule.of(Stage.NAME, "age-of-previous-measure",
            "a rate naming no population, in the clause after a rate of an aged population (5岁以下儿童生长迟缓率…，"
                    + "低体重率…), or after a population's rate that opens the same way (孕产妇系统保健覆盖率…，系统保健管理率…), "
                    + "is a rate of that population",
            "到2025年，5岁以下儿童生长迟缓率控制在5%以下，低体重率降低到3%以下。",
            "到2025年，儿童之家覆盖率达到95%，低体重率降低到3%以下。");
    static final Rule PEOPLE_COUNTED = Rule.inReport(Stage.NAME, "people-counted",
            "people counted, then what of theirs the clause goes on about (120名困境儿童的基本生活得到保障), are the people",
            "2024年，全区120名困境儿童的基本生活得到保障。", "2024年，全区新建12所设立心理辅导室的学校。");
    static final Rule PART_AFTER_MEASURE = Rule.inReport(Stage.NAME, "part-after-measure",
            "a measure followed by the part of the population its value is for (…死亡率城市为3.1‰), or by the parts "
                    + "each value is for (…死亡率城市和农村分别为…), is that part's",
            "2024年，全区5岁以下儿童贫血患病率城市为3.1%，农村为4.5%。",
            "2024年，全区城市5岁以下儿童贫血患病率为3.1%。");
    static final Rule GROUPS_OF_PROGRESSION = Rule.of(Stage.NAME, "groups-of-progression",
            "values from one group to the next (从一年级的12%上升至六年级的55%) after the name of a measure are that "
                    + "measure's, for each group; the second group takes the words the first opens with (小学…六年级)",
            "2024年，全区学生近视率随年级升高而上升，从小学一年级的12.1%上升至六年级的55.3%。",
            "2024年，全区小学一年级学生近视率为12.1%，六年级学生近视率为55.3%。");
    static final Rule CARRIED = Rule.of(Stage.NAME, "subject-carried",
            "a share, a bare share word or a part of a population takes the subject just named (占…, 占比, 其中农村…)",
            "全区常住儿童5万人，占常住人口的20%。", "全区常住儿童5万人。");

    static final Rule GAP_OF_SUBJECT = Rule.inReport(Stage.NAME, "gap-of-subject",
            "a gap between groups (性别差距, 城乡差距) named after a measure is that measure's gap, with the way it runs",
            "全区男童肥胖率为8.2%，女童为6.1%，性别差距由男童比女童高2.5个百分点缩小为高2.1个百分点。",
            "全区男童肥胖率为8.2%，女童为6.1%。");
    static final Rule AGE_OF_LEAD = Rule.of(Stage.NAME, "age-of-lead-clause",
            "a rate of a population whose age the clause before gives (开展0-6岁儿童…工作，儿童…率…) takes that age",
            "开展0-6岁儿童视力筛查工作，儿童视力筛查率达到95%以上。",
            "开展儿童视力筛查工作，儿童视力筛查率达到95%以上。");
    static final Rule TOPIC_OF_MEASURE = Rule.of(Stage.NAME, "topic-of-measure",
            "a measure written alone (巩固率, 入学率) is of the topic just named: by the name before it in its list or "
                    + "sentence, or by a clause saying how a topic fared (某教育快速发展，入学率…)",
            "全区义务教育入学率为99.5%，巩固率为98%。", "全区义务教育巩固率为98%。");
    static final Rule PLACES_WITH = Rule.of(Stage.NAME, "places-with",
            "places counted after the number and what is set up in them (在10所学校设立某站) are the places with it (设立某站的学校); a share keeps the words' order",
            "在10所学校设立心理辅导室。", "新增10所学校。");
    static final Rule REFERRED_TO = Rule.of(Stage.NAME, "referred-to",
            "a measure referred back to (这一指标, 该比例, 此项数据) is the one the paragraph named last",
            "全区儿童之家覆盖率达到95%。2020年，这一指标为90%。", "全区儿童之家覆盖率达到95%。2020年，全区社区数为90个。");
    static final Rule BODIES_ACTING = Rule.of(Stage.NAME, "bodies-acting",
            "places or bodies counted at a clause's opening, then what they do (12所学校开展某项目, 8家机构提供某服务), "
                    + "are those that do it (开展某项目的学校)",
            "2024年，全区有12所学校开展午餐营养改善项目。", "2024年，全区有学校12所，开展午餐营养改善项目。");
    static final Rule AMOUNT_OF_ACT = Rule.inReport(Stage.NAME, "amount-of-act",
            "an amount written alone after a clause counting an act (共资助学生…人次，金额…) is the act's amount (资助金额)",
            "全年共救助困境儿童1200人次，金额300万元。", "全年救助资金300万元。");
    static final Rule GOAL_STATUS = Rule.inReport(Stage.NAME, "goal-status",
            "a count of indicators by how they stand (提前达标30项，未达标4项) names the indicators in that state, "
                    + "of the whole the sentence counts them in (在40项监测指标中 → 提前达标的监测指标)",
            "在40项监测指标中，提前达标30项，有4项指标未达标。", "全区新建幼儿园30所，改扩建4所。");
    static final Rule ITEMS_OF_SUMMARY = Rule.of(Stage.NAME, "items-of-summary",
            "a value each item has (均, 都) after a list summed up by its count and kind (甲、乙和丙三类学校，…均…) "
                    + "is each item's, named with the kind",
            "城区、镇区和乡村三类学校，专任教师本科学历比例均达到90%。", "三类学校专任教师本科学历比例均达到90%。");
    static final Rule COUNT_INSIDE_NAME = Rule.inReport(Stage.NAME, "count-inside-name",
            "a measure of the things a count of kinds counts (纳入规划的10种疫苗接种率) is named across the count",
            "全区纳入免疫规划的10种疫苗接种率保持在98%以上。", "全区纳入免疫规划的疫苗有10种，接种率保持在98%以上。");
    static final Rule RATE_OF_ACT = Rule.of(Stage.NAME, "rate-of-act",
            "a share of people right before what they did (学龄儿童100%入学) is the rate of that act",
            "全区学龄儿童100%入学。", "全区学龄儿童入学率为100%。");
    static final Rule STAGE_OF_SENTENCE = Rule.of(Stage.NAME, "stage-of-sentence",
            "a clause that is a stage of schooling alone (义务教育阶段，…) gives the stage to the names after it that "
                    + "name none (在校生 → 义务教育阶段在校生; a rate takes the stage without 阶段)",
            "义务教育阶段，全区共有学校30所，在校生2.1万人，巩固率为98%。", "全区义务教育阶段学校30所，在校生2.1万人。");
    static final Rule SHARE_HELD_BY = Rule.of(Stage.NAME, "share-held",
            "what holds a share right before it, no whole named (人大代表中女性占33.3%), is named as that share (…比例)",
            "区人大代表中女性占33.3%。", "区人大代表中女性比例为33.3%。");
    static final Rule WHOLE_FRAMED = Rule.of(Stage.NAME, "whole-framed",
            "a share of a part (女性的比重) in the clause after one framing the whole it is of (在全区公务员中，) is that "
                    + "part's share of the whole (公务员中女性比重)",
            "2024年，在全区公务员中，女性的比重为31.2%。", "2024年，全区女性的比重为31.2%。");
    static final Rule STAGE_OF_COUNT_BEFORE = Rule.inReport(Stage.NAME, "stage-of-count-before",
            "pupils or staff counted bare (在校生, 寄宿生, 专任教师, 寄宿率) after a count of a stage's or a school's pupils "
                    + "or staff in the same sentence (普通高中招生…，在校生…) are that stage's",
            "2024年，全区普通高中招生1.2万人，在校生3.5万人，毕业生1.1万人。",
            "2024年，全区招生1.2万人，在校生3.5万人。");
    static final Rule PART_OF_INSTITUTIONS = Rule.inReport(Stage.NAME, "part-of-institutions",
            "after a clause counting institutions, a clause counting a bare noun counts their parts (…机构110个，床位1.5万张)",
            "全区共有妇幼保健机构12个，床位900张，卫生技术人员1500人。",
            "全区共有妇幼保健机构12个，小学30所。");
    static final Rule BENCHMARK_ASIDE = Rule.of(Stage.NAME, "benchmark-aside",
            "a wider area's figure in brackets after one of the document's own (3.2‰（全国为4.5‰）) is of the measure "
                    + "that figure was named by, in a list as alone",
            "全区婴儿死亡率和5岁以下儿童死亡率分别为3.2‰（全国为4.5‰）和4.1‰（全国为6.2‰）。",
            "全区婴儿死亡率为3.2‰，5岁以下儿童死亡率为4.1‰。");
    static final Rule QUANTITY_WORD = Rule.of(Stage.FINISH, "quantity-word",
            "a name that names an action or a thing gets the quantity its unit counts (…活动 2小时 → …活动时间)",
            "儿童每天校内体育活动不少于2小时。", "儿童每天校内体育活动时间不少于2小时。");

    /**
     * 均, 都 or 各 saying each item has the value, or changed by it against one year (均比上年下降); 年均, 平均, 人均 are
     * averages, not "each" (but 2023年均 is).
     */
    private static final Pattern DOCUMENT_VERB = Pattern.compile(
            "(?:规划|纲要|方案|计划|意见|文件|国家|国纲|省|市)?(?:所)?(?:规定|提出|确定|要求|明确|设定|制定)");
    /** A window that is a comparison alone: 比, what is compared with, and the verb of the change. */
    private static final Pattern COMPARED_WITH = Pattern.compile("^\\s*比[^，。；,;\\d]{1,16}(?:[(（](?:19|20)\\d{2}年?[)）])?"
            + "(?:" + Vocabulary.verbWords() + ")了?\\s*$");
    /** 占 right before a share, with a bound word at most between. */
    private static final Pattern SHARE_HELD = Pattern.compile("占\\s*(?:约|近|超过|超|逾|达到|达)?\\s*$");
    /** A name that already says it is a share or a rate. */
    private static final Pattern SHARE_NAMED = Pattern.compile("(?:比重|比例|占比|率|百分比)$");
    /** 人大代表中女性占33.3%: the share a subject named alone holds, as a share's name; or null. */
    private List<String> shareHeld(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || n.rule() != SUBJECT || !g.first().unit().equals(Unit.PERCENT)) return null;
        String name = n.names().get(0);
        if (name.length() < 3 || parts.contains(name) || LEVEL_PARTS.contains(name) || SHARE_NAMED.matcher(name).find()
                || !SHARE_HELD.matcher(g.window()).find()) {
            return null;
        }
        return List.of(name + "比例");
    }

    /** A count of the items listed, right before the one value each reaches (…3个100%). */
    private static final Pattern ITEMS_COUNTED = Pattern.compile("(?<=\\p{IsHan})(?:[0-9]{1,2}|[两三四五六七八九十])个\\s*$");
    private static final Guarded DISTRIBUTIVE = Guarded.of(
            "(?:(?<=\\d年)均|(?<![年平人日月周])均|都|各|分别)"
                    // 均比上年下降, 均较2020年提高: each changed by the value against the same year
                    + "(?:(?:比|较)(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + "|(?:19|20)\\d{2}年)(?:同期)?)?"
                    + "(?:为|达到|达|保持在|提高了?|下降了?|降低了?|增加了?|减少了?|上升了?|在|是)?"
                    + "(?:近|约|超过)?\\s*$", "均都各别");
    private static final Pattern CITED_DOCUMENT = Pattern.compile("《[^《》]{0,40}(?:纲要|规划|计划|方案|报告|意见|条例|法)》");
    private static final Guarded ENDS_IN_LIST_MARK = Guarded.of(
            "[、和及](?:" + Vocabulary.boundWords() + ")?\\s*$", "、和及");
    /** A per-capita frame opening a name: 每千名儿童(拥有), 每千人口, 每万常住人口. */
    private static final Pattern PER_CAPITA = Pattern.compile(
            "(每[十百千万]?(?:名|个|位)?(?:常住)?(?:人口|儿童|学生|居民|妇女|孕产妇|新生儿|婴幼儿|老年人))(?:至少)?(?:拥有)?");
    /** A number about the subject just measured: its goal in brackets, its rate of change, its gap to the goal. */
    private static final Guarded SAME_SUBJECT_WORDS = Guarded.of(
            "目标值?\\s*[（(]\\s*$|^[，,；;\\s]*(?:年均|每年)?(?:增幅|降幅|涨幅|升幅|增速|增长幅度|下降幅度)", "目幅速");
    /** A clause that goes on about the subject of the one before: a comparison or a change. */
    /** A demonstrative opening words of their own (这个问题, 此项工作, 这一数字). */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:这|那|此)(?:个|些|一|项|种|类)?");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:较|比|同比|与|" + dev.zhibiao.extract.Vocabulary.gapVerbWords() + "|是)");
    /** 占, 约占, 占到 alone before a share: no whole is named. */
    private static final Pattern BARE_SHARE = Pattern.compile("^\\s*[，,]?\\s*(?:约占|占到|占)\\s*$");
    /** The word a count's name ends with (人数, 数量), which its share leaves out. */
    private static final Pattern COUNT_WORD = Pattern.compile("(?:总人数|人数|总数|数量|数)$");
    /** The bare share words a clause may name in place of its subject's share (占比为48%). */
    private static final java.util.Set<String> SHARE_HEADS = java.util.Set.of("占比", "比例", "比重", "所占比例", "所占比重");
    /** How many of a line's names before a figure are looked through for the one it refers to. */
    private static final int RECENT_NAMES = 64;
    /** How far before a clause its lead-in may start, in characters. */
    private static final int LEAD_IN = 40;
    /** How many characters may stand between a lead-in's population and the words a name opens with. */
    private static final int TOPIC_WORDS = 6;
    /** How long a topic a measure alone may take, in characters. */
    private static final int MAX_TOPIC = 16;
    /** How many clauses before its own a measure alone looks through for its topic. */
    private static final int TOPIC_CLAUSES = 3;
    /** An age or a span of ages, as a regular expression: 6岁, 0—3岁, 3至6周岁, 3岁以下. */
    private static final String AGE_WORDS = "\\d+(?:\\s*[-—–~至到]\\s*\\d+)?\\s*(?:周岁|岁)(?:以下|以上|及以上)?";
    /** An age and the population it bounds: 0-6岁儿童, 3岁以下婴幼儿. */
    private static final Pattern AGED_POPULATION = Pattern.compile("(" + AGE_WORDS + ")(儿童|婴幼儿|幼儿|学生|青少年|新生儿|婴儿)");
    /** A number with a unit after an age: the clause gives a figure, not only a population. */
    private static final Pattern FIGURE_AFTER = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:%|‰|/10万|/万|倍|"
            + dev.zhibiao.extract.Vocabulary.measureWords().alternation() + ")");
    /** A gap between groups opening a name: 性别差距, 城乡差距, 地区差距. */
    private static final Pattern GAP = Pattern.compile("((?:性别|城乡|地区|区域|男女)?差距)");
    /** Which group is ahead: 女性比男性少, 男童比女童高. */
    private static final Pattern THAN = Pattern.compile("([^的由年\\P{IsHan}]\\p{IsHan}{0,2}?)比(\\p{IsHan}{1,3}?)(高|低|多|少|长|短)");
    /** Words that open a name of institutions with what is done to them (新改扩建, 共有), not what they are. */
    private static final Pattern BUILDING = Pattern.compile("^(?:全[国省市区县])?(?:共有|现有|拥有|新改扩建|新建改扩建|新扩建|改扩建|新建|改建|扩建|建成|建设|创建|新增)+");
    /** 在 and the area its places are in, just before a count of places (在全市12所…). */
    private static final Pattern IN_PLACES = Pattern.compile("在\\s*(?:全[国省市区县镇]|本[省市区县])?\\s*$");
    /** Units that count kinds of a thing, which the noun right after them names. */
    private static final java.util.Set<String> KINDS = java.util.Set.of("种", "类", "万种");
    /** A whole of indicators counted before their states: 在34项重点量化指标中, 可监测的14项主要指标中. */
    private static final Pattern INDICATORS_COUNTED = Pattern.compile(
            "[\\d一二三四五六七八九十]+\\s*项([^，。；,;\\d]{0,10}?指标)中");
    /** What stands around a state before its count: the clause mark, whose it is, 已, and 的有 or 有 after it. */
    private static final Pattern STATUS_EDGES = Pattern.compile(
            "^[\\s、，,；;：:]*(?:其中|我[国省市县区]|全[国省市县区])?(?:已经|已|均|共)?|(?:的有|有|的|为|共|达)\\s*$");
    /** A list summed up by its count and kind: 甲、乙和丙三类学校, 四大行业 after its items. */
    private static final Pattern SUMMARY = Pattern.compile(
            "([^，。；,;\\d]{2,60}?)(\\d{1,2}|[一二两三四五六七八九十])(?:大|个|类|种|项)(\\p{IsHan}{1,4})");
    /** 均 or 都 saying each has the value, with a bound word after it (均超过, 都达到). */
    private static final Pattern EACH_BOUNDED = Pattern.compile(
            "(?<![年平人日月周])(?:均|都)(?:" + Vocabulary.boundWords() + ")?(?:为|达到|达|保持在|在|是)?\\s*$");
    /** What may open the clause of such a list: 其中, 在. */
    private static final Pattern SUMMARY_LEAD = Pattern.compile("^(?:其中|在|从)\\s*[，,]?\\s*");
    /** A plan whose indicators a sentence counts by state: 在实施某纲要中, 在某规划实施中. */
    private static final Pattern IN_PLAN = Pattern.compile(
            "在(?:实施)?《?([^，。；《》\\d]{2,12}?(?:纲要|规划|计划|方案))》?(?:实施)?(?:中|过程中)");
    /**
     * The plan a clause counts indicators of, named before the count ({@code 全省儿童发展规划重点监测的38项}), or "":
     * the women's and the children's plan of one page each have counts in the same states.
     */
    private static String planOfClause(Group g) {
        Matcher m = PLAN_OF_COUNT.matcher(g.text()).region(g.clause()[0], g.first().start());
        String plan = "";
        while (m.find()) plan = m.group(1);
        return plan;
    }

    /** A plan named right before what it monitors: 儿童发展规划重点监测的, 妇女发展纲要的. */
    private static final Pattern PLAN_OF_COUNT = Pattern.compile(
            "(?:全|本|我)?[省市县区]?([^，。；《》“”\\d全本我和及与、项个]{2,8}?(?:纲要|规划))》?(?:重点|主要)?(?:监测)?的?(?=\\s*\\d|(?:重点|主要)?(?:监测|量化)?的?\\s*$)");
    /** A year in a state (提前达到2025年目标值), which is no part of its name. */
    private static final Pattern YEAR_WORDS = Pattern.compile("(?:19|20)\\d{2}\\s*年");
    /** Schools named by the stage of education they give (学前教育学校, 高中阶段教育学校). */
    private static final Pattern EDUCATION_SCHOOLS = Pattern.compile("(\\p{IsHan}{0,8}教育)学校");
    /** Who a stage of education counts: its teachers and its pupils. */
    private static final Pattern TEACHERS_AND_PUPILS = Pattern.compile("(?:专任)?教师|教职工|(?:在校|在园|毕业|招生)(?:学生|生|幼儿)?(?:数|人数)?$");
    /** A school stage or a place counted in its own right (小学30所, 乡镇12个). */
    private static final Pattern STAGE_OR_PLACE = Pattern.compile("小学|初中|高中|中学|大学|高校|乡|镇|村|社区|街道|县|市|区$");
    /** A change to another value (降至, 提高到, 缩小为) in the words after a number. */
    private static final Pattern CHANGE_TO = Pattern.compile("(?:" + Vocabulary.verbWords() + "|降|升|增|减|发展)(?:至|到|为)");
    /** An age or a span of ages opening a name (6岁, 0—3岁, 3至6岁). */
    private static final Pattern AGE = Pattern.compile(AGE_WORDS);
    /** Words of a rate over a whole population (总体近视率): a part of it drops them. */
    private static final Pattern OVERALL = Pattern.compile("^(?:的)?(?:总体|整体|总|平均)");
    private static final Pattern WHOLE_AREA_PREFIX = Pattern.compile("^(?:全国|全省|全市|全县|全区|我国|我省|我市)");

    /** Names and the rule that gave them. */
    record Names(List<String> names, Rule rule) {
        boolean isEmpty() {
            return names.isEmpty();
        }

        int size() {
            return names.size();
        }
    }

    /** The words of a list a base rule reads, each worked out once and only when a rule asks. */
    private final class Words {
        final Group g;
        final String window;
        final String subject;
        final boolean distributive;
        private String object;

        Words(Group g) {
            this.g = g;
            String w = scopes.withoutMarkers(g.window());
            // a document cited by its title (实现《纲要》“保持在…”的目标) is never what a number measures
            if (w.indexOf('《') >= 0) w = CITED_DOCUMENT.matcher(w).replaceAll("");
            // 农村孕产妇死亡率是城市的1.8倍: the group compared with is no part of the name
            if (g.last().unit().symbol().equals("倍")) {
                Matcher of = KindRules.OF_GROUP.matcher(w);
                if (of.find()) w = w.substring(0, of.start());
            }
            // 实现甲率、乙率、丙率3个100%: the listed items, counted right before the value they each reach
            Matcher counted = ITEMS_COUNTED.matcher(w);
            boolean each = w.indexOf('、') >= 0 && counted.find();
            if (each) w = w.substring(0, counted.start());
            window = w;
            // after a list mark the text before is the previous number's object, not this one's subject
            String named = ENDS_IN_LIST_MARK.find(window) ? "" : namer.subject(window);
            // 与《纲要》规定的“达到80%”的目标: what a document did with the goal names nothing it measures
            // 孕产妇死亡率持续改善，2024年整体为…: a word of the whole alone names nothing of its own
            // 是“十二五”期间的2.3倍: a copula and 的 left of a time compared with name nothing
            // 比第六次人口普查(2010年)提高1.3年: what a change is compared with is not what changed
            subject = named.length() <= 5 && (DOCUMENT_VERB.matcher(named).matches() || WHOLE_ONLY.contains(named)
                    || COPULA_ONLY.matcher(named).matches() || SPAN_ONLY.matcher(named).matches()) || named.startsWith("比") && g.first().start() > 0
                    && COMPARED_WITH.matcher(window).find() ? "" : named;
            distributive = each || DISTRIBUTIVE.find(window);
        }

        String object() {
            if (object == null) {
                object = namer.object(g.after());
                // 由14.1/10万降至2019年12.1/10万: words after a number that change it to another go on with the
                // statement and name nothing; other words keep what stands before the next number
                int digit = firstDigit(object);
                if (digit >= 0) object = CHANGE_TO.matcher(object).find() ? "" : object.substring(0, digit).strip();
                // 近视率52.7% 这个问题不容忽视: a demonstrative opens a clause of its own, which names nothing counted
                if (object.length() < 2 || DEMONSTRATIVE.matcher(object).lookingAt()) object = "";
            }
            return object;
        }

        boolean single() {
            return g.size() == 1;
        }
    }

    private record Base(Rule rule, Function<Words, List<String>> names) {
    }

    private record Refinement(Rule rule, BiFunction<Group, Names, List<String>> names) {
    }

    private final IndicatorNamer namer;
    private final ScopeReader scopes;
    private final ChangeReader changes;
    private final NumberFinder numbers;
    private final java.util.Set<String> parts = java.util.Set.copyOf(Lexicon.load("statement/population-parts.txt").words());
    private final List<String> populations = Lexicon.load("statement/populations.txt").words();
    /** Measures that name no topic, longest first, and the words saying how a topic fared. */
    private final List<String> measures = Lexicon.load("statement/measures.txt").words().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private final List<String> developments = Lexicon.load("statement/developments.txt").words();
    private final List<String> establishing = Lexicon.load("statement/establishing.txt").words();
    private final List<String> amounts = Lexicon.load("statement/amounts.txt").words();
    private final List<String> statuses = Lexicon.load("statement/goal-statuses.txt").words();
    private final List<Base> base;
    private final List<Refinement> refinements;

    NameRules(IndicatorNamer namer, ScopeReader scopes, ChangeReader changes, NumberFinder numbers) {
        this.namer = namer;
        this.scopes = scopes;
        this.changes = changes;
        this.numbers = numbers;
        base = List.of(
                new Base(LIST_ITEMS, w -> {
                    if (w.single() || w.subject.isEmpty()) return null;
                    List<String> items = namer.items(w.subject, w.g.size());
                    return items.isEmpty() ? null : items;
                }),
                new Base(SHARED_VALUE, w -> {
                    if (!w.single() || w.subject.isEmpty()) return null;
                    List<String> shared = namer.shared(w.subject, w.distributive);
                    if (shared.size() < 2) return null;
                    // 校内、校外各1小时体育活动时间: each item is a time of the thing counted after the number
                    String object = w.object();
                    return object.isEmpty() ? shared : shared.stream().map(n -> n + object).toList();
                }),
                new Base(SUBJECT, w -> !w.subject.isEmpty() && (!w.single() || w.object().isEmpty())
                        ? List.of(w.subject) : null),
                new Base(FRAME_AND_OBJECT, w -> !w.subject.isEmpty() ? List.of(namer.frame(w.window) + w.object()) : null),
                new Base(LIST_BEFORE, w -> w.single() ? null : listBefore(w.g)),
                new Base(EACH_OF_LIST, w -> {
                    if (!w.distributive) return null;
                    // 初中阶段毛入学率和巩固率，都在98%以上: the measures the clause before lists, with no number of its own
                    List<String> listed = w.subject.isEmpty() && w.single() ? listedBefore(w.g) : null;
                    return listed != null ? listed : eachOfList(w.g);
                }),
                new Base(OBJECT_AFTER, w -> {
                    // 比上年回落0.5个千分点婚前医学检查率…: points measure a change of a rate named before them, never
                    // a thing after them; a copy that lost its comma runs the next measure on
                    if (w.g.last().unit().isPoints() || w.object().isEmpty()) return null;
                    // 每个社区卫生服务中心至少配备2名医生: a count per unit keeps the unit it is per
                    String frame = namer.frame(w.window);
                    return frame.startsWith("每") && frame.length() >= 3 ? List.of(frame + w.object()) : List.of(w.object());
                }),
                new Base(PEOPLE_ACTING, w -> {
                    if (!w.single() || !w.subject.isEmpty() || !PEOPLE_UNITS.contains(w.g.first().unit().symbol())) return null;
                    List<String> acted = acting(w.g.after());
                    if (acted != null) return acted;
                    // 对5万余人开展入职查询, 发现有9人存在犯罪记录: people an act was done to, or who are in a state, are
                    // counted by it
                    if (!ACT_ON.matcher(w.window).find()) return null;
                    String act = namer.actOf(w.g.after());
                    return act.isEmpty() ? null : List.of(act);
                }),
                // 新增学位3400个，其中8所已建成: institutions counted (所, 家) are no part of a count of other things
                new Base(PREVIOUS, w -> w.g.memory().previous.isEmpty() || institutionsAfterOtherCount(w.g) ? List.of()
                        : List.of(w.g.memory().previous.get(0))));
        refinements = List.of(
                new Refinement(REFERRED_TO, NameRules::referredTo),
                new Refinement(PER_CAPITA_FRAME, NameRules::perCapitaFrame),
                new Refinement(CITED_FOR_OWN, (g, n) -> g.scope() != g.ctx().own() && (n.isEmpty() || n.size() < g.size())
                        && !g.ctx().local().isEmpty() ? cited(g.ctx(), g.first().start(), g.size()) : null),
                new Refinement(CITED_SHORTENED, NameRules::citedAsOwn),
                new Refinement(SAME_SUBJECT, this::sameSubject),
                new Refinement(CONTINUES, (g, n) -> {
                    boolean multiple = g.last().unit().symbol().equals("倍") && KindRules.MULTIPLE.matcher(g.window()).find();
                    if (!(n.isEmpty() || multiple || changes.comparedTo(g.window()) != null)
                            || !CONTINUATION.matcher(g.window()).find()) return null;
                    // a clause before that names nothing (比上年增加6所) leaves the names as they were; one listing
                    // as many measures as there are values (甲、乙和丙死亡率，与某年相比分别下降…) names one each
                    List<String> earlier = eachOfEarlierClause(g);
                    return earlier.isEmpty() ? null : earlier;
                }),
                new Refinement(MEASURE_OF_CLAUSE_BEFORE, (g, n) -> n.rule() == PREVIOUS ? measureOfClauseBefore(g) : null),
                new Refinement(PREDICATE_OF_BEFORE, (g, n) -> n.isEmpty() && !g.window().isBlank() && !institutionsAfterOtherCount(g)
                        && g.clause()[0] == g.windowStart() && namer.frame(g.window()).isEmpty() ? eachOfEarlierClause(g) : null),
                new Refinement(INDICATORS_REFERRED, this::indicatorsReferred),
                new Refinement(PART_AFTER_MEASURE, this::partAfterMeasure),
                new Refinement(PEOPLE_SERVED, this::peopleServed),
                new Refinement(PEOPLE_COUNTED, this::peopleCounted),
                new Refinement(GROUPS_OF_PROGRESSION, this::groupsOfProgression),
                new Refinement(CARRIED, (g, n) -> {
                    // 女大学生人数为1.2万人，占51.8%: a share with no whole named is the share of what was counted
                    if (n.rule() == PREVIOUS && n.size() == 1 && g.size() == 1 && g.first().unit().equals(Unit.PERCENT)
                            && BARE_SHARE.matcher(g.window()).matches()) {
                        String counted = COUNT_WORD.matcher(n.names().get(0)).replaceFirst("");
                        return counted.length() >= 2 && !endsWithRate(counted) ? List.of(counted + "占比") : null;
                    }
                    // 流动人口中5岁以下儿童死亡率为…，其中婴儿死亡率为…: the part is of the population the whole was of
                    List<String> framed = framedPart(g, n);
                    if (framed != null) return framed;
                    List<String> previous = g.memory().previous;
                    // 婴儿及5岁以下儿童死亡率分别为…，其中农村分别为7.5‰和9.6‰: the part's values, one for each measure before
                    if (n.size() == 1 && g.size() > 1 && g.size() == previous.size() && parts.contains(n.names().get(0))) {
                        List<String> each = new ArrayList<>(previous.size());
                        for (String p : previous) each.addAll(elided(n.names(), List.of(p), g.ctx(), among(g), g.first().unit()));
                        return each;
                    }
                    List<String> carried = elided(n.names(), previous, g.ctx(), among(g), g.first().unit());
                    return carried.equals(n.names()) ? null : carried;
                }),
                new Refinement(COUNT_INSIDE_NAME, this::countInsideName),
                new Refinement(TOPIC_OF_MEASURE, this::topicOfMeasure),
                new Refinement(GOAL_STATUS, this::goalStatus),
                new Refinement(ITEMS_OF_SUMMARY, this::itemsOfSummary),
                new Refinement(PLACES_WITH, this::placesWith),
                new Refinement(BODIES_ACTING, this::bodiesActing),
                new Refinement(AMOUNT_OF_ACT, this::amountOfAct),
                new Refinement(GAP_OF_SUBJECT, this::gapOfSubject),
                new Refinement(AGE_OF_LEAD, this::ageOfLead),
                new Refinement(AGE_OF_PREVIOUS, this::ageOfPrevious),
                new Refinement(STAGE_OF_SENTENCE, this::stageOfSentence),
                new Refinement(PART_OF_INSTITUTIONS, this::partOfInstitutions),
                new Refinement(STAGE_OF_COUNT_BEFORE, this::stageOfCountBefore),
                new Refinement(RATE_OF_ACT, NameRules::rateOfAct),
                new Refinement(SHARE_HELD_BY, this::shareHeld),
                new Refinement(WHOLE_FRAMED, NameRules::wholeFramed),
                new Refinement(BENCHMARK_ASIDE, NameRules::benchmarkAside));
    }

    /** The base rules in the order they are tried, then the refinements in the order they run. */
    static List<Rule> declared() {
        return List.of(PAIRED_LIST, LIST_ITEMS, SHARED_VALUE, SUBJECT, FRAME_AND_OBJECT, LIST_BEFORE, EACH_OF_LIST,
                OBJECT_AFTER, PEOPLE_ACTING, PREVIOUS, REFERRED_TO, PER_CAPITA_FRAME, CITED_FOR_OWN, CITED_SHORTENED, SAME_SUBJECT, CONTINUES, MEASURE_OF_CLAUSE_BEFORE, PREDICATE_OF_BEFORE,
                INDICATORS_REFERRED, PART_AFTER_MEASURE, PEOPLE_SERVED, PEOPLE_COUNTED, GROUPS_OF_PROGRESSION, CARRIED, COUNT_INSIDE_NAME, TOPIC_OF_MEASURE, GOAL_STATUS, ITEMS_OF_SUMMARY, PLACES_WITH, BODIES_ACTING, AMOUNT_OF_ACT, GAP_OF_SUBJECT, AGE_OF_LEAD, AGE_OF_PREVIOUS, STAGE_OF_SENTENCE, PART_OF_INSTITUTIONS, STAGE_OF_COUNT_BEFORE, RATE_OF_ACT, SHARE_HELD_BY, WHOLE_FRAMED, BENCHMARK_ASIDE, QUANTITY_WORD);
    }

    /** 3.2‰（全国为4.5‰）: the name of the sentence's last number before the aside the list's one number stands in; or null. */
    private static List<String> benchmarkAside(Group g, Names n) {
        if (g.size() != 1) return null;
        int at = g.first().start();
        for (ScopeReader.Stretch st : g.ctx().stretches()) {
            if (at < st.start() || at >= st.end()
                    || !ScopeReader.BENCHMARK_ASIDE.matcher(g.text()).region(st.start(), st.end()).matches()) {
                continue;
            }
            Quantity before = null;
            for (Quantity q : g.memory().nameOf.keySet()) {
                if (q.start() < st.start() && (before == null || q.start() > before.start())) before = q;
            }
            return before == null ? null : List.of(g.memory().nameOf.get(before));
        }
        return null;
    }

    /** The names of a list's numbers, with the last rule that gave them; empty names when nothing names them. */
    Names read(Group g) {
        Names names = baseNames(g);
        for (Refinement r : refinements) {
            List<String> n = r.names().apply(g, names);
            if (n != null) names = new Names(n, r.rule());
        }
        Group.Memory memory = g.memory();
        if (memory.named && memory.topic != null && names.size() == 1 && institution(names.names().get(0))
                && !names.names().get(0).endsWith(memory.topic)) {
            // 妇幼保健机构30家，儿童医院5家: institutions of two kinds counted, a later part is of neither alone;
            // 学校520所，其中小学140所，招生…: the later parts are of the kind the whole was narrowed to; an aside in
            // brackets (初中52所（其中九年一贯制学校10所），招生…) leaves the sentence's institutions as they were
            if (!inBrackets(g)) memory.topic = g.window().strip().startsWith("其中") ? institutionsTopic(names.names().get(0)) : null;
        }
        if (!memory.named && !names.isEmpty()) {
            memory.named = true;
            String first = names.names().get(0);
            // a sentence that opens with anything but the carried institutions' teachers or pupils is of another topic
            if (memory.carried && !TEACHERS_AND_PUPILS.matcher(first).lookingAt() && !first.startsWith(memory.topic)) {
                memory.topic = null;
                memory.carried = false;
            }
            if (names.size() == 1 && institution(first)) memory.topic = institutionsTopic(first);
        }
        return names;
    }

    /** A place written alone: a division's name, after its province's at most (某省某州, 某市). */
    private static final Pattern PLACE = Pattern.compile("(?:\\p{IsHan}{2,3}(?:省|自治区))?\\p{IsHan}{1,4}(?:自治州|自治县|省|市|州|县|区|盟|旗)");
    /** The place a name opens with, which a part that is another place replaces. */
    private static final Pattern PLACE_OPENING = Pattern.compile("^(?:\\p{IsHan}{2,3}(?:省|自治区))?\\p{IsHan}{1,4}?(?:自治州|自治县|州|盟|旗)(?=\\p{IsHan}{3,})"
            + "|^(?:\\p{IsHan}{2,3}(?:省|自治区))?\\p{IsHan}{1,3}?(?:省|市|县)(?=\\p{IsHan}{3,})");
    /** Words of a kind of area, not of one place (城区, 农村地区, 中心城市). */
    private static final Pattern NOT_A_PLACE = Pattern.compile("城区|城市|城镇|农村|乡村|山区|地区|中心|主城|郊区|新区|全");

    /** Units that count institutions alone. */
    private static final java.util.Set<String> INSTITUTION_UNITS = java.util.Set.of("所", "家");

    /** Whether a list counts institutions right after a count of things of another measure word. */
    private static boolean institutionsAfterOtherCount(Group g) {
        Unit before = g.memory().previousUnit, now = g.first().unit();
        // 1.37万所 and 3000所 count the same things, in ten thousands or ones
        String was = before == null ? "" : before.symbol().replaceFirst("^(?:万亿|万|亿)", "");
        return before != null && INSTITUTION_UNITS.contains(now.symbol()) && !was.equals(now.symbol()) && !before.isRate()
                && !before.isPoints() && !was.isEmpty() && g.first().value() != null;
    }

    /** The institutions a name counts, as a topic for the parts counted after it; or null. */
    private static String institutionsTopic(String name) {
        String topic = BUILDING.matcher(name).replaceFirst("");
        // a list of institutions (中小学、幼儿园) or a whole clause is no one topic to carry
        return topic.length() >= 2 && topic.length() <= 12 && topic.indexOf('、') < 0 && topic.indexOf('将') < 0 ? topic : null;
    }

    /** Whether a list's first number stands inside brackets opened in its sentence. */
    private static boolean inBrackets(Group g) {
        String t = g.text();
        for (int i = g.first().start() - 1; i >= Math.max(g.sentence().start(), g.first().start() - BRACKET_REACH); i--) {
            char c = t.charAt(i);
            if (c == '）' || c == ')') return false;
            if (c == '（' || c == '(') return true;
        }
        return false;
    }

    /** True when a name ends in the head of a name of institutions (…机构, …幼儿园, …中小学校). */
    private boolean institution(String name) {
        return namer.namesInstitution(name);
    }

    /**
     * 平均受教育年限为9.9年，…，性别差距由女性比男性少0.8年缩小为少0.6年: the gap is the measure's, and which group
     * is ahead is part of its name ({@code 平均受教育年限性别差距(女性比男性少)}).
     */
    private List<String> gapOfSubject(Group g, Names n) {
        if (n.size() != 1) return null;
        Matcher gap = GAP.matcher(n.names().get(0));
        if (!gap.lookingAt()) return null;
        String base = null;
        List<String> locals = g.ctx().local();
        for (String name : locals.subList(Math.max(0, locals.size() - RECENT_NAMES), locals.size())) {
            if (!GAP.matcher(name).lookingAt() && name.length() >= 3) base = name;
        }
        List<String> previous = g.memory().previous;
        if (!previous.isEmpty() && !GAP.matcher(previous.get(previous.size() - 1)).lookingAt()) {
            base = previous.get(previous.size() - 1);
        }
        if (base == null) return null;
        // the base is the measure whose gap it is: a part of a population (女童…) names one side, not the measure
        base = withoutPart(WHOLE_AREA_PREFIX.matcher(base).replaceFirst(""));
        // …nor the whole population the groups split (15岁及以上人口平均受教育年限 → 平均受教育年限)
        Matcher wholeAge = AGE.matcher(base);
        if (wholeAge.lookingAt() && base.startsWith("人口", wholeAge.end()) && base.length() - wholeAge.end() - 2 >= 3) {
            base = base.substring(wholeAge.end() + 2);
        }
        String way = "";
        Matcher than = THAN.matcher(g.window() + n.names().get(0));
        if (than.find()) way = "(" + than.group(1) + "比" + than.group(2) + than.group(3) + ")";
        return List.of(base + gap.group(1) + way);
    }

    /** 开展0-6岁儿童健康管理工作，儿童健康管理率…: the population's age given by a clause before, with no number. */
    private List<String> ageOfLead(Group g, Names n) {
        if (n.size() != 1 || g.windowStart() != g.clause()[0]) return null;
        String name = n.names().get(0);
        if (name.isEmpty() || Character.isDigit(name.charAt(0)) || !endsWithRate(name)) return null;
        // the lead-in is the clause just before: a bounded look back keeps a long sentence linear
        String before = g.text().substring(Math.max(g.sentence().start(), g.clause()[0] - LEAD_IN), g.clause()[0]);
        if (firstDigit(before) < 0) return null;
        Matcher age = AGED_POPULATION.matcher(before);
        String found = null;
        while (age.find()) {
            // a clause holding a figure of its own is read for itself; only a lead-in gives its age
            boolean figure = FIGURE_AFTER.matcher(before).region(age.end(), before.length()).find();
            // …儿童健康管理工作，儿童健康管理率: the name opens with the population; 0—6岁儿童眼保健和视力检查要求，
            // 眼保健和视力检查覆盖率: the population is followed by what the name measures
            found = figure ? null : name.startsWith(age.group(2)) ? age.group(1) : topicBeforeMeasure(before, age, name);
        }
        return found == null ? null : List.of(found + name);
    }

    /**
     * 0—6岁儿童眼保健和视力检查要求，眼保健和视力检查覆盖率 and 0-3岁儿童发育监测与筛查工作，监测筛查率: the population
     * is followed, within a few words, by the words the name opens with; the population and those words come first.
     */
    private static String topicBeforeMeasure(String before, Matcher age, String name) {
        if (name.length() < 4) return null;
        int at = before.indexOf(name.substring(0, 2), age.end());
        if (at < 0 || at - age.end() > TOPIC_WORDS) return null;
        for (int i = age.end(); i < at; i++) {
            if (Character.UnicodeScript.of(before.charAt(i)) != Character.UnicodeScript.HAN) return null;
        }
        return before.substring(age.start(), at);
    }

    /** 某教育人口覆盖率为100%，巩固率为92%: a measure written alone takes the topic just named. */
    private List<String> topicOfMeasure(Group g, Names n) {
        List<String> out = new ArrayList<>(n.size());
        boolean changed = false;
        for (int i = 0; i < n.size(); i++) {
            String name = n.names().get(i);
            String bare = bareMeasure(name);
            // in a list the item before gives the topic (某合同覆盖率、履约率); the first item looks before the list
            String topic = bare == null ? null : i > 0 ? topicOf(out.get(i - 1)) : topicBefore(g);
            out.add(topic == null ? name : topic + bare);
            changed |= topic != null;
        }
        return changed ? out : null;
    }

    /** The measure a name is, when it is a measure alone (全省巩固率 → 巩固率); else null. */
    private String bareMeasure(String name) {
        String bare = WHOLE_AREA_PREFIX.matcher(name).replaceFirst("");
        bare = bare.startsWith("的") ? bare.substring(1) : bare;
        return measures.contains(bare) ? bare : null;
    }

    /** The topic a name gives before the measure that ends it (某教育人口覆盖率 → 某教育), or null. */
    private String topicOf(String name) {
        String whole = WHOLE_AREA_PREFIX.matcher(name).replaceFirst("");
        for (String m : measures) {
            if (whole.endsWith(m)) return topic(whole.substring(0, whole.length() - m.length()));
        }
        return null;
    }

    /** A topic as a reader carries it: a few words, no figure, no measure of its own. */
    private static String topic(String t) {
        if (t.length() < 2 || t.length() > MAX_TOPIC || firstDigit(t) >= 0 || t.indexOf('?') >= 0 || endsWithRate(t)) return null;
        for (int i = 0; i < t.length(); i++) {
            if ("，,。；;、：:“”\"".indexOf(t.charAt(i)) >= 0) return null;
        }
        return t;
    }

    /**
     * The topic of the clauses before the list's in its sentence, nearest first: the name of the figure just read
     * there, or a clause with no figure saying how a topic fared (某教育快速发展); a clause of another measure alone
     * (普及率大幅提高) is passed over, anything else ends the search.
     */
    private String topicBefore(Group g) {
        if (g.windowStart() != g.clause()[0]) return null;
        String t = g.text();
        List<int[]> before = new ArrayList<>();
        for (int[] c : g.sentence().clauses()) {
            if (c[1] <= g.clause()[0]) before.add(c);
        }
        int previousEnd = g.memory().previousEnd;
        List<String> previous = g.memory().previous;
        for (int k = before.size() - 1, seen = 0; k >= 0 && seen < TOPIC_CLAUSES; k--, seen++) {
            int[] c = before.get(k);
            if (previousEnd > c[0] && previousEnd <= c[1]) {
                if (previous.isEmpty()) return null;
                String last = previous.get(previous.size() - 1);
                String topic = topicOf(last);
                return topic != null ? topic : placesAndThing(last);
            }
            String clause = t.substring(c[0], c[1]).strip();
            if (clause.isEmpty() || firstDigit(clause) >= 0) return null;
            String own = ownMeasure(clause);
            if (own != null) continue;
            String fared = fared(clause);
            if (fared != null) return topic(namer.subject(fared));
            return setUp(clause);
        }
        return null;
    }

    /** The clause's words before the word saying how its topic fared, when one closes it; else null. */
    private String fared(String clause) {
        String c = withoutClosingMarks(clause);
        for (String d : developments) {
            if (c.endsWith(d) && c.length() > d.length()) return c.substring(0, c.length() - d.length());
        }
        return null;
    }

    /** 纳入规划的10种疫苗接种率为98%: the words before the count of kinds open the rate's name. */
    private List<String> countInsideName(Group g, Names n) {
        Group.Memory m = g.memory();
        if (n.size() != 1 || m.previousEnd != g.windowStart() || m.previousUnit == null || m.previousWindowStart < 0
                || !KINDS.contains(m.previousUnit.symbol())) {
            return null;
        }
        String window = g.window();
        if (window.isEmpty() || !Character.isLetter(window.charAt(0))) return null;
        String before = namer.frame(g.text().substring(m.previousWindowStart, m.previousStart));
        return before.length() >= 2 && firstDigit(before) < 0 ? List.of(before + n.names().get(0)) : null;
    }

    /** 在40项监测指标中，提前达标30项: the indicators counted in a state, of the whole counted before. */
    private List<String> goalStatus(Group g, Names n) {
        String unit = g.first().unit().symbol();
        if (!g.ctx().report() || n.size() > 1 || !unit.equals("项") && !unit.equals("个")) return null;
        String t = g.text();
        // 已完成6个社区托育点建设: a count with a thing of its own after it counts those things, not indicators
        int next = g.last().end();
        if (next < g.clause()[1] && Character.UnicodeScript.of(t.charAt(next)) == Character.UnicodeScript.HAN
                && "的项已未均都基提达".indexOf(t.charAt(next)) < 0 && !g.window().contains("指标")
                && !GOAL_REACHED_NOW.matcher(t).region(next, g.clause()[1]).lookingAt()
                && !t.substring(next, g.clause()[1]).contains("指标") && !t.substring(next, g.clause()[1]).contains("目标")) {
            return null;
        }
        // 超额完成30个的年度目标任务: a count a goal is named right after is that goal's value, of the measure before
        if (KindRules.goalNamedAfter(t, next)) return null;
        // the whole the sentence counts them in: 在34项重点量化指标中, 监测的14项主要指标中
        Matcher whole = INDICATORS_COUNTED.matcher(t).region(g.sentence().start(), g.first().start());
        String noun = null;
        while (whole.find()) noun = whole.group(1);
        if (!n.isEmpty() && n.rule() == OBJECT_AFTER && n.names().get(0).endsWith("指标中")) {
            // 在34项重点量化指标中: the whole itself, not where it stands
            String name = n.names().get(0);
            return List.of(name.substring(0, name.length() - 1));
        }
        // 有28项指标提前实现《纲要》目标: the state follows the indicators counted
        String after = stateAfterCount(t, g.last().end(), g.clause()[1]);
        if (after != null && g.size() == 1) {
            if (noun == null) return List.of(planOfClause(g) + after);
            // the whole the sentence counts them in names them: 提前达标的 + 监测指标, 无数据 + 监测指标
            int de = after.lastIndexOf('的');
            return List.of((de >= 0 ? after.substring(0, de + 1) : after.substring(0, after.length() - 2)) + noun);
        }
        String status = STATUS_EDGES.matcher(g.window()).replaceAll("");
        status = YEAR_WORDS.matcher(status).replaceAll("");
        // 已达标或基本达标的指标30项: the state and the indicators are both written
        int de = status.lastIndexOf('的');
        if (de > 0 && status.endsWith("指标") && states(status.substring(0, de)) && firstDigit(status) < 0) {
            return List.of(status);
        }
        boolean states = states(status);
        if (!states || firstDigit(status) >= 0 || status.indexOf('，') >= 0) return null;
        if (status.startsWith("指标")) status = status.substring(2);
        if (status.length() < 2) return null;
        String of = noun == null ? "指标" : noun;
        // 在实施某纲要中，提前达标10项: the indicators are the plan's
        String plan = null;
        if (noun == null) {
            Matcher in = IN_PLAN.matcher(t).region(g.sentence().start(), g.first().start());
            while (in.find()) plan = in.group(1);
        }
        return List.of((plan == null ? "" : plan) + status + (of.length() > 2 ? "的" : "") + of);
    }

    /**
     * The indicators counted, then the state they are in ({@code 有28项指标提前实现《纲要》目标}, {@code 8项指标未达标}):
     * what follows the count in its clause, cited titles read as words.
     */
    private static final Pattern COUNTED_THEN_STATE = Pattern.compile("^\\s*(?:的)?([^，。；,;\\d]{0,8}?指标)([^，。；,;\\d]{2,16})$");

    /** How a goal stands, said right after a count with no noun: 提前达到…目标, 已实现…, 未达标. */
    private static final Pattern GOAL_REACHED_NOW = Pattern.compile("(?:提前|已经|已|均|基本)?(?:达到|实现|完成|达标|未达标|未达到|接近)");
    /** Indicators counted, then a link to another count of them: 指标和某规划重点监测的. */
    private static final Pattern JOINED_COUNT = Pattern.compile("\\s*(?:的)?[^，。；,;\\d]{0,8}?指标\\s*(?:以及|及|和|与)[^，。；,;\\d]{0,16}");
    /** A count of indicators: its digits and measure word. */
    private static final Pattern NEXT_COUNT = Pattern.compile("\\d{1,3}\\s*[项个]");
    /** A link to the next count closing the words after a count (以及, 和). */
    private static final Pattern NEXT_COUNT_LINK = Pattern.compile("(?:以及|及|和|与)\\s*$");

    /** 已, 均 before a state, which the name leaves out. */
    private static final Pattern LEADING_ALREADY = Pattern.compile("^(?:已经|已|均|都|共)");
    /** A goal that a document set, reached ({@code 实现规划目标}, {@code 达到方案目标值}). */
    private static final Pattern GOAL_OF_DOCUMENT = Pattern.compile("(实现|达到)[^，。；\\d]{1,8}?(目标值?)$");

    /** The name of indicators counted before the state they are in, or null when the words after the count state none. */
    String stateAfterCount(String text, int countEnd, int clauseEnd) {
        if (countEnd >= clauseEnd) return null;
        String after = text.substring(countEnd, clauseEnd).replace("《", "").replace("》", "");
        // 64项提前达到2015年规划目标: the goal's year is no part of the state
        if (after.indexOf('年') >= 0) after = YEAR_WORDS.matcher(after).replaceAll("");
        // the clause may close with its mark, or go on to the next count (3项指标未达标以及2项…)
        for (int i = 0; i < after.length(); i++) {
            // 2项无数据指标“甲率”和“乙率”: the indicators' own names after them, quoted or in brackets, are no state
            if ("，。；,;！？、“\"（(：:".indexOf(after.charAt(i)) >= 0 || Character.isDigit(after.charAt(i))) {
                // 52项指标和某规划的36项指标全部实现: counts joined by 和 share the state the last one is in
                if (Character.isDigit(after.charAt(i)) && JOINED_COUNT.matcher(after.substring(0, i)).matches()) {
                    String shared = stateOfNextCount(text, countEnd + i, clauseEnd);
                    if (shared != null) return shared;
                }
                after = NEXT_COUNT_LINK.matcher(after.substring(0, i)).replaceFirst("");
                break;
            }
        }
        Matcher m = COUNTED_THEN_STATE.matcher(after);
        if (!m.matches() && after.indexOf("指标") < 0) {
            // 有64项提前达到规划目标: the state right after the count, the indicators left unsaid
            String state = LEADING_ALREADY.matcher(after.strip()).replaceFirst("");
            boolean stated = state.length() >= 2 && GOAL_REACHED_NOW.matcher(state).lookingAt()
                    && (states(state) || states(GOAL_OF_DOCUMENT.matcher(state).replaceFirst("$1$2")));
            return stated ? state + "的指标" : null;
        }
        if (!m.matches()) {
            // 2项无数据指标, 5项未达标的指标: the state stands before the indicators; the longest one stated wins
            String words = after.strip();
            if (!words.endsWith("指标") || words.length() > MAX_TOPIC) return null;
            for (int k = words.length() - 2; k >= 2; k--) {
                String state = words.substring(0, k);
                String noun = words.substring(k);
                if (state.endsWith("的")) state = state.substring(0, state.length() - 1);
                if (noun.indexOf('的') < 0 && states(state)) return words;
            }
            return null;
        }
        String state = LEADING_ALREADY.matcher(YEAR_WORDS.matcher(m.group(2)).replaceAll("").strip()).replaceFirst("");
        // 提前实现规划目标: a goal reached is one whichever document set it
        boolean stated = states(state) || states(GOAL_OF_DOCUMENT.matcher(state).replaceFirst("$1$2"));
        return stated ? state + "的" + m.group(1).strip() : null;
    }

    /**
     * The state of the count of indicators opening at {@code at} ({@code 36项指标全部实现}), or null. Only a year's
     * digits could stand there otherwise, and a year is no count of indicators.
     */
    private String stateOfNextCount(String text, int at, int clauseEnd) {
        Matcher c = NEXT_COUNT.matcher(text).region(at, clauseEnd);
        return c.lookingAt() ? stateAfterCount(text, c.end(), clauseEnd) : null;
    }

    private boolean states(String words) {
        if (words.length() > MAX_TOPIC) return false;
        for (String s : statuses) {
            if (words.endsWith(s)) return true;
        }
        return false;
    }

    /** 甲、乙和丙三类学校，某比例均达到90%: each item of the list summed up before has the value. */
    private List<String> itemsOfSummary(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || g.windowStart() != g.clause()[0]) return null;
        String w = g.window();
        if (w.indexOf('均') < 0 && w.indexOf('都') < 0 || !EACH_BOUNDED.matcher(w).find()) return null;
        int[] before = clauseBefore(g);
        if (before == null) return null;
        String clause = g.text().substring(before[0], before[1]).strip();
        clause = SUMMARY_LEAD.matcher(clause).replaceFirst("");
        Matcher summary = SUMMARY.matcher(clause);
        if (!summary.matches()) return null;
        int count = smallNumber(summary.group(2));
        String[] items = summary.group(1).split("、|和|及|与");
        if (count < 2 || items.length != count) return null;
        String kind = summary.group(3), measure = n.names().get(0);
        List<String> out = new ArrayList<>(count);
        for (String item : items) {
            if (item.isBlank() || item.length() > MAX_TOPIC) return null;
            out.add(item.strip() + kind + measure);
        }
        return out;
    }

    /** 2 to 10 as a digit or a Chinese numeral, else -1. */
    private static int smallNumber(String s) {
        if (s.chars().allMatch(Character::isDigit)) return s.length() <= 2 ? Integer.parseInt(s) : -1;
        int at = "一二三四五六七八九十".indexOf(s);
        return s.equals("两") ? 2 : s.length() == 1 && at >= 0 ? at + 1 : -1;
    }

    /** 在10所学校设立某站 → 设立某站的学校: the places counted are those with the thing set up. */
    private List<String> placesWith(Group g, Names n) {
        // a share keeps the words' order (社区建立某站点比例): only a count is of the places
        if (n.size() != 1 || n.rule() != OBJECT_AFTER || g.first().unit().isRate() || g.first().unit().isPoints()) return null;
        // the places are those 在 opens (在全市12所学校设立…), not a count of things that go on to do something
        if (!IN_PLACES.matcher(g.window()).find()) return null;
        String name = n.names().get(0);
        for (String verb : establishing) {
            int at = name.indexOf(verb);
            if (at < 2) continue;
            String places = name.substring(0, at), thing = name.substring(at);
            // what is set up ends before a second act (…阅览室并配备…)
            int and = indexOfAny(thing, "并和及，,");
            if (and > 0) thing = thing.substring(0, and);
            if (thing.length() - verb.length() < 2 || places.indexOf('的') >= 0 || places.length() > MAX_TOPIC) return null;
            return List.of(thing + "的" + places);
        }
        return null;
    }

    /** Words referring back to a measure (这一指标, 该比例, 此项数据), after a time word at most (近年该指标). */
    private static final Pattern REFERRING_NAME = Pattern.compile(
            "(?:近年|近年来|目前|当年|同期|期末)?(?:这一|这个|这项|该项|此项|该|此|上述)(?:指标|比例|比率|比重|数据|数值|数字)(?:数据|数值)?");

    /** 这一指标为90.2%: the measure the paragraph named last before it; null when the name refers to none. */
    private static List<String> referredTo(Group g, Names n) {
        if (n.size() != 1 || g.ctx().local().isEmpty() || !REFERRING_NAME.matcher(n.names().get(0)).matches()) return null;
        return List.of(g.ctx().local().get(g.ctx().local().size() - 1));
    }

    /** Places and bodies a count may count before what they do (学校, 社区, 机构…), longest first. */
    private final List<String> bodies = java.util.stream.Stream.concat(
                    Lexicon.load("statement/institutions.txt").words().stream(), Lexicon.load("statement/bodies.txt").words().stream())
            .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** What a counted place or body does (开展, 提供, 纳入…), and the verbs of setting a thing up in it. */
    private final List<String> bodyActs = java.util.stream.Stream.concat(
            Lexicon.load("statement/acts-of-bodies.txt").words().stream(), establishing.stream()).distinct().toList();

    /** 12所学校开展某项目 → 开展某项目的学校: the places or bodies counted are those that do what follows; or null. */
    private List<String> bodiesActing(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || n.rule() != OBJECT_AFTER || g.first().unit().isRate() || g.first().unit().isPoints()) {
            return null;
        }
        String name = n.names().get(0);
        for (String body : bodies) {
            if (!name.startsWith(body)) continue;
            String act = name.substring(body.length());
            for (String verb : bodyActs) {
                if (!act.startsWith(verb)) continue;
                // 建立了某平台的县: the name says what they do, not that it was done
                if (act.startsWith("了", verb.length())) act = verb + act.substring(verb.length() + 1);
                // what is done ends before a second act (…项目并配备…)
                int and = indexOfAny(act, "并和及，,");
                if (and > 0) act = act.substring(0, and);
                return act.length() - verb.length() < 2 || act.indexOf('的') >= 0 ? null : List.of(act + "的" + body);
            }
            return null;
        }
        return null;
    }

    /** 共资助学生7万人次，金额3千万元: an amount written alone is that of the act the clause before counts. */
    private List<String> amountOfAct(Group g, Names n) {
        if (n.size() != 1 || !amounts.contains(n.names().get(0)) || g.windowStart() != g.clause()[0]) return null;
        List<String> previous = g.memory().previous;
        if (previous.isEmpty()) return null;
        int end = g.memory().previousEnd;
        int[] before = clauseBefore(g);
        if (before == null || end <= before[0] || end > before[1]) return null;
        String act = namer.firstVerb(previous.get(previous.size() - 1));
        return act == null ? null : List.of(act + n.names().get(0));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** 设立某站的学校 → 学校某站: the places counted with what is set up in them, as a topic; or null. */
    private String placesAndThing(String name) {
        int de = name.indexOf('的');
        if (de < 0) return null;
        for (String verb : establishing) {
            if (name.startsWith(verb) && de > verb.length() + 1) {
                return topic(name.substring(de + 1) + name.substring(verb.length(), de));
            }
        }
        return null;
    }

    /** 指导各镇街设立某工作站: the places and the thing set up in them (各镇街某工作站), or null. */
    private String setUp(String clause) {
        String c = withoutClosingMarks(clause);
        for (String verb : establishing) {
            int at = c.indexOf(verb);
            if (at <= 0 || c.indexOf(verb, at + 1) >= 0) continue;
            String places = namer.afterLeadingVerbs(c.substring(0, at)), thing = c.substring(at + verb.length());
            return places.isEmpty() || thing.length() < 2 ? null : topic(places + thing);
        }
        return null;
    }

    /** The measure a clause opens with alone (普及率大幅提高 → 普及率), or null. */
    private String ownMeasure(String clause) {
        String c = WHOLE_AREA_PREFIX.matcher(clause).replaceFirst("");
        for (String m : measures) {
            if (c.startsWith(m)) return m;
        }
        return null;
    }

    /** A clause that is a stage of schooling alone, with 在 or 阶段 around it (义务教育阶段, 在学前教育方面). */
    private final Pattern stageClause = Pattern.compile("(?:在)?(" + String.join("|", Lexicon.load("statement/stages.txt").words())
            + ")(?:阶段)?(?:方面|中)?");
    /** How many clauses before a number's may say its stage of schooling. */
    private static final int LEAD_CLAUSES = 8;
    /** How far back from a number an opening bracket is looked for. */
    private static final int BRACKET_REACH = 60;
    /** Words of a name that give its own stage or kind of school. */
    private static final Pattern OWN_STAGE = Pattern.compile("教育|小学|初中|高中|中学|中职|职业|高等|幼儿园|学前|高校|大学|学院|托");

    /** 义务教育阶段，全区共有学校30所，在校生2.1万人: the stage a lead clause gives, for names naming none. */
    private List<String> stageOfSentence(Group g, Names n) {
        if (n.isEmpty() || g.clause()[0] <= g.sentence().start()) return null;
        String stage = null;
        // the nearest stage clause before the number's, among the few before it (学前教育阶段，…；义务教育阶段，…):
        // a long sentence is read in linear time
        List<int[]> clauses = g.sentence().clauses();
        int lo = 0, hi = clauses.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clauses.get(mid)[0] < g.clause()[0]) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo - 1; i >= 0 && i >= lo - LEAD_CLAUSES && stage == null; i--) {
            int[] c = clauses.get(i);
            Matcher m = stageClause.matcher(g.text()).region(c[0], c[1]);
            if (m.matches()) stage = m.group(1) + (g.text().startsWith("阶段", m.end(1)) ? "阶段" : "");
        }
        if (stage == null) return null;
        List<String> out = new ArrayList<>(n.size());
        for (String name : n.names()) {
            if (name.isEmpty() || OWN_STAGE.matcher(name).find() || Character.isDigit(name.charAt(0))) return null;
            // a rate is the stage's (义务教育巩固率); a count of the stage's schools or people keeps the stage as written
            out.add((endsWithRate(name) ? stage.replace("阶段", "") : stage) + name);
        }
        return out;
    }

    /** 妇幼保健机构110个，床位1.5万张: a bare noun counted after institutions are counted is a part of them. */
    private List<String> partOfInstitutions(Group g, Names n) {
        String topic = g.memory().topic;
        // 养老机构18家、床位3120张: the parts may follow the institutions in a list of counts, after 、
        boolean listed = g.windowStart() != g.clause()[0] && g.window().startsWith("、") && !inBrackets(g);
        if (topic == null || n.size() != 1 || g.windowStart() != g.clause()[0] && !listed) return null;
        // 全县专任教师8229人: a clause of the whole area counts all of them, not the sentence before's institutions
        if (g.memory().carried && (!TEACHERS_AND_PUPILS.matcher(n.names().get(0)).lookingAt()
                || WHOLE_AREA_PREFIX.matcher(g.window().strip()).lookingAt())) {
            return null;
        }
        if (n.rule() != SUBJECT && n.rule() != OBJECT_AFTER) return null;
        String name = n.names().get(0);
        // 某教育学校…所，专任教师…人，在校学生…人: the teachers and pupils are the stage's (某教育专任教师)
        Matcher stage = EDUCATION_SCHOOLS.matcher(topic);
        if (stage.matches() && (TEACHERS_AND_PUPILS.matcher(name).lookingAt())) return List.of(stage.group(1) + name);
        // 幼儿园210所，专任教师学历合格率99.5%: a rate of the institutions' teachers is a rate of theirs
        if (TEACHERS_AND_PUPILS.matcher(name).lookingAt() && endsWithRate(name) && institution(topic)) return List.of(topic + name);
        // a count named as such (儿科医师数) is a measure of its own, not a part of the institutions
        if (name.length() > 6 || name.endsWith("数") || name.startsWith(topic) || institution(name) || STAGE_OR_PLACE.matcher(name).find()
                || populations.stream().anyMatch(name::contains) || parts.contains(name) || name.endsWith("率")
                || name.indexOf('占') >= 0) {
            return null;
        }
        return List.of(topic + name);
    }

    private Names baseNames(Group g) {
        String paired = g.memory().paired.get(g.first());
        if (paired != null) return new Names(List.of(paired), PAIRED_LIST);
        Words w = new Words(g);
        for (Base b : base) {
            List<String> n = b.names().apply(w);
            if (n != null) return new Names(n, b.rule());
        }
        throw new IllegalStateException("the last base rule always names");
    }

    /**
     * The names of the clause before, one for each number: 甲率和乙率逐年提高，分别达到93.1%和96.4% names each value by
     * its item of the list.
     */
    private List<String> eachOfEarlierClause(Group g) {
        List<String> earlier = earlierClause(g);
        if (earlier.size() != 1 || g.size() < 2) return earlier;
        List<String> items = namer.items(earlier.get(0), g.size());
        return items.isEmpty() ? earlier : items;
    }

    /** 到某年，分别降至千分之五和千分之七以下: the list's names come from the sentence so far. */
    private static List<String> listBefore(Group g) {
        List<String> previous = g.memory().previous;
        if (previous.size() == g.size()) return previous;
        Map<String, Unit> all = g.memory().all;
        if (all.size() >= g.size()) {
            List<String> names = List.copyOf(all.keySet());
            return names.subList(names.size() - g.size(), names.size());
        }
        return List.of();
    }

    /** The names before of the list's unit, a change in points counting as its rate's. */
    private static List<String> eachOfList(Group g) {
        Unit u = g.first().unit();
        Unit base = u.rate();
        List<String> same = g.memory().all.entrySet().stream().filter(e -> e.getValue().equals(base))
                .map(Map.Entry::getKey).toList();
        return same.size() > 1 ? same : null;
    }

    /** 每千名儿童拥有儿科医生1.12名、床位3.17张: a list item takes the per-capita frame of the item before. */
    private static List<String> perCapitaFrame(Group g, Names n) {
        List<String> previous = g.memory().previous;
        if (!g.window().startsWith("、") || n.size() != 1 || previous.isEmpty()) return null;
        Matcher frame = PER_CAPITA.matcher(previous.get(0));
        String own = n.names().get(0);
        return frame.lookingAt() && !own.startsWith("每") && !own.startsWith(frame.group(1))
                ? List.of(frame.group(1) + own) : null;
    }

    /** A cited name that one of the line's own names ends with is that indicator, named in full by the document. */
    private static List<String> citedAsOwn(Group g, Names n) {
        if (g.scope() == g.ctx().own() || n.isEmpty() || g.ctx().local().isEmpty()) return null;
        List<String> out = new ArrayList<>(n.size());
        boolean changed = false;
        for (String name : n.names()) {
            String bare = NameFinisher.tidy(name);
            String own = null;
            List<String> locals = g.ctx().local();
            // the names of the line's own figures just before; a bound keeps a long line linear
            for (String local : locals.subList(Math.max(0, locals.size() - RECENT_NAMES), locals.size())) {
                if (bare.length() >= 3 && local.length() > bare.length() && local.endsWith(bare)) own = local;
            }
            out.add(own == null ? name : own);
            changed |= own != null;
        }
        return changed ? out : null;
    }

    /** 目标（≤47%）, 增幅24.1%, 尚差0.4个: the goal, the rate of change or the gap of what was just measured. */
    private List<String> sameSubject(Group g, Names n) {
        if (!SAME_SUBJECT_WORDS.find(g.window())) return null;
        List<String> previous = g.memory().previous;
        List<String> same = !previous.isEmpty() ? previous : earlierClause(g);
        if (same.isEmpty()) return null;
        return same.size() == g.size() || g.size() > 1 ? same : List.of(same.get(same.size() - 1));
    }

    /** The subject of the clause before the list's clause ({@code X显著提升，较2023年增长75.5%}). */
    private List<String> earlierClause(Group g) {
        String t = g.text();
        int[] before = clauseBefore(g);
        if (before == null) return List.of();
        List<Quantity> inside = numbers.find(t, before[0], before[1]);
        int end = inside.isEmpty() ? before[1] : inside.get(0).start();
        String subject = namer.subject(t.substring(before[0], end));
        return subject.isEmpty() ? List.of() : List.of(subject);
    }

    /** Names for the numbers of a citation that names no indicator: the line's own names, in order. */
    private static List<String> cited(LineContext ctx, int at, int n) {
        ScopeReader.Stretch stretch = null;
        for (ScopeReader.Stretch st : ctx.stretches()) {
            if (at >= st.start() && at < st.end()) stretch = st;
        }
        int k = 0;
        for (int c : ctx.cited()) {
            if (stretch != null && c >= stretch.start() && c < stretch.end()) k++;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ctx.local().get((k + i) % ctx.local().size()));
        return out;
    }

    /**
     * Names that leave out the subject a reader carries from the clause before: a share of it ({@code 占常住人口的8%}
     * after {@code 0-6岁儿童为5万人}), its bare share ({@code 占比为48%}), or a part of its population
     * ({@code 其中城市和农村各为…}, {@code 女童为…}). The subject is the last one named in the sentence, else in the
     * paragraph.
     */
    /** A population a measure is taken among, opening a name: 流动人口中, 农村地区中. */
    private static final Pattern AMONG = Pattern.compile("^(\\p{IsHan}{2,8}?中)(?=[\\p{IsHan}\\d]{3,})");

    /**
     * 其中婴儿死亡率 after 流动人口中5岁以下儿童死亡率: a rate named after 其中, of no population of its own, is taken among
     * the population the rate before was.
     */
    private static List<String> framedPart(Group g, Names n) {
        if (n.size() != 1 || g.memory().previous.size() != 1 || !g.window().contains("其中")) return null;
        String name = n.names().get(0), before = g.memory().previous.get(0);
        if (!endsWithRate(name) || !endsWithRate(before)) return null;
        Matcher among = AMONG.matcher(before);
        if (!among.lookingAt() || name.contains(among.group(1))) return null;
        return List.of(among.group(1) + name);
    }

    /**
     * Words that stand for the measure named before: of the whole or an average (整体为, 总体上为), or pointing back
     * to it (这比10年前下降了40%).
     */
    private static final java.util.Set<String> WHOLE_ONLY = java.util.Set.of("整体", "总体", "整体上", "总体上", "平均", "全年",
            "这", "此", "这一", "这一数字", "这一比例", "同期", "同比", "同比增长", "同比下降", "同比提高", "同比增加", "同比减少");

    /** A span of time alone (一年间, 五年来, 3年内), which names nothing measured. */
    private static final Pattern SPAN_ONLY = Pattern.compile("[一二三四五六七八九十两几\\d]{1,3}年(?:间|来|内|中)");

    /** The levels a national figure is split by (住院分娩率为99.9%(市99.9%,县99.8%)), named alone only there. */
    private static final java.util.Set<String> LEVEL_PARTS = java.util.Set.of("市", "县", "省级", "市级", "县级", "区级",
            "乡级", "镇级", "村级", "乡镇级");
    /** A level of government a carried whole names (市级, 国家级, 各市), which the level named alone replaces. */
    private static final Pattern LEVEL_IN_WHOLE = Pattern.compile("(?:国家|省|市|县|区|乡镇|乡|镇|村)级|各(?:省|市|县|区)");

    /** Whether the sentence says a list's numbers are among a whole counted before (其中宫颈炎300人、阴道炎500人). */
    private static boolean among(Group g) {
        return g.text().substring(g.sentence().start(), g.first().start()).contains("其中");
    }

    private List<String> elided(List<String> names, List<String> previous, LineContext ctx, boolean among, Unit unit) {
        String base = !previous.isEmpty() ? previous.get(previous.size() - 1)
                : !ctx.local().isEmpty() ? ctx.local().get(ctx.local().size() - 1) : null;
        // a subject with lost characters (?) is page noise, not one to carry
        if (base == null || names.isEmpty() || parts.contains(base) || base.indexOf('?') >= 0) return names;
        // 甲类、乙类学校在校生中女生分别为…，占比分别为…: each share is of the item it follows
        if (names.size() == 1 && SHARE_HEADS.contains(names.get(0)) && previous.size() > 1
                && previous.stream().noneMatch(p -> endsWithRate(p) || p.indexOf('?') >= 0)) {
            return previous.stream().map(p -> p + names.get(0)).toList();
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (n.startsWith("占") && n.length() > 1 && base.indexOf('占') < 0 && !endsWithRate(base)) {
                out.add(partOfOwnWhole(base, n) + n);
            } else if (SHARE_HEADS.contains(n) && !endsWithRate(base)) {
                out.add(base + n);
            } else if (shareOfNamed(n, base) != null) {
                // …在校生中女生达到5万人，女生比例达49%: the share of the part just counted
                out.add(shareOfNamed(n, base));
            } else if ((parts.contains(n) || LEVEL_PARTS.contains(n)) && !base.startsWith(n) && (base.length() >= 4 || endsWithRate(base))) {
                // 其中男性10.2年，女性9.6年: the part before named the whole with its own part, which this one replaces
                String whole = withoutPart(WHOLE_AREA_PREFIX.matcher(base).replaceFirst(""));
                if (n.length() > 1 && LEVEL_PARTS.contains(n)) {
                    // 各市出台某政策109项，县级出台202项; 市级…基地201个、区级159个: the level named replaces the whole's
                    Matcher level = LEVEL_IN_WHOLE.matcher(whole);
                    if (level.find() && whole.length() - (level.end() - level.start()) >= 3) {
                        out.add(whole.substring(0, level.start()) + n + whole.substring(level.end()));
                        continue;
                    }
                } else if (LEVEL_PARTS.contains(n)) {
                    for (String l : LEVEL_PARTS) if (whole.startsWith(l) && whole.length() - l.length() >= 3) whole = whole.substring(l.length());
                }
                // 15岁及以上人口… → 15岁及以上女性人口…: an age of a population comes first, then its part
                Matcher age = AGE.matcher(whole);
                out.add(age.lookingAt() && whole.startsWith("人口", age.end())
                        ? whole.substring(0, age.end()) + n + whole.substring(age.end()) : n + whole);
            } else if (parts.contains(n) && base.startsWith(n) && endsWithRate(base)) {
                // 农村婴儿死亡率为4.2‰，农村高于城市0.5倍多: the part just measured, measured again
                out.add(base);
            } else if (among && PARTS_HELD_UNITS.contains(unit.symbol()) && n.length() <= 10 && institution(n)
                    && PART_HELD.matcher(base).find() && ofInstitutions(base).length() >= 2) {
                // 卫生技术人员8820人，其中医院5120人, 在校学生6万人，其中小学3万人: the share of what was counted that
                // those institutions hold (医院卫生技术人员, 小学在校学生)
                out.add(n + ofInstitutions(base));
            } else if (among && kindsOf(withKinds(base, ctx), n) != null) {
                // 共检出各类妇科病患病人数1.2万人，其中宫颈炎300人、阴道炎500人: a kind of those counted, counted the same way
                out.add(kindsOf(withKinds(base, ctx), n));
            } else if (among && endsWithRate(base) && unit.isRate() && PLACE.matcher(n).matches() && !NOT_A_PLACE.matcher(n).find()) {
                // 入园率显著提高，其中，某州从15.8%增长到95.5%: a place named after 其中 is measured as the whole was
                out.add(n + PLACE_OPENING.matcher(base).replaceFirst(""));
            } else if (isPopulation(n) && measureOf(base) != null) {
                // 儿童青少年总体近视率为…，其中小学生为…: the part's rate is the whole's measure for that population
                out.add(n + measureOf(base));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** Units of the people and beds institutions hold, not of the institutions themselves. */
    private static final java.util.Set<String> PARTS_HELD_UNITS = java.util.Set.of("人", "万人", "名", "万名", "张", "万张", "人次", "万人次");
    /** What institutions hold, closing a name: their staff, pupils, beds. */
    private static final Pattern PART_HELD = Pattern.compile("(?:人员|学生|在校生|教师|教职工|医师|护士|床位|招生|毕业生|幼儿)$");
    /** What a count of institutions' parts counts, after the institutions it names (医疗卫生机构床位 → 床位). */
    private String ofInstitutions(String base) {
        int cut = namer.afterLastInstitution(base);
        // 医院有床位: what the institutions have, without the verb of having
        return base.substring(cut).replaceFirst("^(?:共有|拥有|实有|有)", "");
    }

    /** The name of the kinds counted (…各类…) among the line's last names, from {@code base} back; or base. */
    private static String withKinds(String base, LineContext ctx) {
        if (base.contains("各类")) return base;
        List<String> locals = ctx.local();
        for (int i = locals.size() - 1; i >= Math.max(0, locals.size() - RECENT_NAMES); i--) {
            if (locals.get(i).contains("各类")) return locals.get(i);
        }
        return base;
    }

    /** 检出各类妇科病患病人数 with 宫颈炎 → 检出宫颈炎患病人数: the kind in place of 各类 and the kinds' noun; or null. */
    private String kindsOf(String base, String kind) {
        int at = base.indexOf("各类");
        if (at < 0 || kind.length() < 2 || kind.length() > 6 || namer.endsWithHead(kind) || base.contains(kind)) return null;
        String rest = base.substring(at + 2);
        String noun = namer.firstWord(rest);
        if (noun.length() < 2 || rest.length() - noun.length() < 2) return null;
        return base.substring(0, at) + kind + rest.substring(noun.length());
    }

    /**
     * The part a share is of, as the share names it: a share that names its own whole (占全部研究生的比重) takes the
     * part alone, not the whole it was counted in nor its count (某教育在校生中女研究生人数 → 女研究生).
     */
    private String partOfOwnWhole(String base, String share) {
        int in = base.lastIndexOf('中');
        // 在校生中 is "among"; 中等, 中学, 中小学 open a word of their own
        if (in < 1 || in == base.length() - 1 || WORD_OPENING_ZHONG.matcher(base).region(in, base.length()).lookingAt()) return base;
        String part = base.substring(in + 1);
        part = part.endsWith("人数") ? part.substring(0, part.length() - 2) : part;
        // the whole is named again in the share (女研究生 … 占全部研究生)
        String whole = share.substring(1);
        boolean named = false;
        for (int i = 0; i + 2 <= part.length() && !named; i++) {
            named = whole.contains(part.substring(i, Math.min(part.length(), i + 3)));
        }
        return named && part.length() >= 2 ? part : base;
    }

    /** A copula, 的, or both, all that is left of a subject. */
    private static final Pattern COPULA_ONLY = Pattern.compile("[是为]的?|的");
    /** Words 中 opens: 中等职业教育, 中学, 中小学, 中心, 中职, 中专, 中医, 中级. */
    private static final Pattern WORD_OPENING_ZHONG = Pattern.compile("中(?:等|学|小学|心|职|专|医|级|国|央|华)");

    /** The share of the figure just named, when a name is a share of the part that name ends with; else null. */
    private static String shareOfNamed(String name, String base) {
        if (endsWithRate(base)) return null;
        for (String share : SHARE_HEADS) {
            if (name.endsWith(share) && name.length() - share.length() >= 2) {
                String part = name.substring(0, name.length() - share.length());
                return base.endsWith(part) && base.length() > part.length() ? base + share : null;
            }
        }
        return null;
    }

    /** A name without the part of a population that opens it (男性平均受教育年限 → 平均受教育年限). */
    private String withoutPart(String name) {
        for (String p : parts) {
            if (name.startsWith(p) && name.length() - p.length() >= 3) return name.substring(p.length());
        }
        // 15岁及以上男性人口…: the part stands after the population's age
        Matcher age = AGE.matcher(name);
        if (age.lookingAt()) {
            for (String p : parts) {
                if (name.startsWith(p, age.end())) return name.substring(0, age.end()) + name.substring(age.end() + p.length());
            }
        }
        return name;
    }

    /**
     * The measure the clause just before names, when that clause holds no number, comes after the last number
     * named, and goes on after its measure with how it went ({@code 儿童伤害死亡率呈持续下降趋势}); null otherwise.
     */
    private List<String> measureOfClauseBefore(Group g) {
        String subject = measuresOfClauseBefore(g);
        return subject != null ? List.of(subject) : null;
    }

    /**
     * The measures the clause just before names, when that clause holds no number, comes after the last number
     * named, and goes on after them with how they went ({@code 儿童伤害死亡率呈持续下降趋势}); null otherwise.
     */
    private String measuresOfClauseBefore(Group g) {
        int[] before = clauseBefore(g);
        // the last number read stands before that clause, or in this one (两项指标…: a count left out)
        int previous = g.memory().previousEnd;
        if (before == null || previous > before[0] && previous < before[1]) return null;
        String t = g.text();
        String clause = withoutClosingMarks(t.substring(before[0], before[1]).strip());
        if (clause.length() < 4 || firstDigit(clause) >= 0 && !numbers.find(t, before[0], before[1]).isEmpty()) return null;
        // the measure ends where the last head word does, and what follows says how it went
        for (int k = clause.length() - 1; k >= 2; k--) {
            String head = clause.substring(0, k);
            if (!namer.endsWithHead(head)) continue;
            String rest = clause.substring(k);
            if (!developed(rest)) return null;
            String subject = namer.subject(head);
            return subject.length() >= 3 && namer.endsWithHead(subject) ? subject : null;
        }
        return null;
    }

    /**
     * The measures the clause just before lists, when that clause is all a list of measures, holds no number and
     * comes after the last number read ({@code …，初中阶段毛入学率和巩固率，都在98%以上}); null otherwise.
     */
    private List<String> listedBefore(Group g) {
        int[] before = clauseBefore(g);
        int previous = g.memory().previousEnd;
        if (before == null || previous > before[0]) return null;
        String t = g.text();
        String clause = withoutClosingMarks(t.substring(before[0], before[1]).strip());
        if (clause.length() < 5 || firstDigit(clause) >= 0 || !namer.endsWithHead(clause)) return null;
        String subject = namer.subject(clause);
        if (!subject.equals(clause)) return null;
        List<String> shared = namer.shared(subject, true);
        return shared.size() >= 2 ? shared : null;
    }

    /** 两项指标, 上述指标: the indicators a clause refers to by their count, not by name. */
    private static final Pattern INDICATORS_BY_COUNT = Pattern.compile(
            "^(?:这|上述|以上|该|此)?(?:[两二三四五六七八九十\\d]+\\s*[项个])?(?:主要|重点)?指标$");

    /** 婴儿死亡率和5岁以下儿童死亡率继续下降，两项指标…低于6‰和8‰…: the measures the clause before lists, one a number. */
    private List<String> indicatorsReferred(Group g, Names n) {
        if (n.isEmpty() || !n.names().stream().allMatch(x -> INDICATORS_BY_COUNT.matcher(x).matches())) return null;
        String listed = measuresOfClauseBefore(g);
        if (listed == null) return null;
        List<String> items = namer.items(listed, g.size());
        return items.size() == g.size() && items.size() > 1 ? items : null;
    }

    /** True when the words say how a measure went (呈下降趋势, 持续提高, 逐年下降) and hold no name of their own. */
    private boolean developed(String words) {
        if (words.isEmpty() || words.length() > 12) return false;
        for (String d : developments) {
            if (words.contains(d)) return true;
        }
        return words.contains("趋势") || changes.mentionsChange(words);
    }

    /**
     * 5岁以下儿童生长迟缓率…，低体重率…: a rate with no population of its own, whose clause opens right after the
     * previous number, takes the aged population the previous rate opens with.
     */
    private static final int SHORT_RATE = 6;

    private List<String> ageOfPrevious(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || g.memory().previous.size() != 1) return null;
        String name = n.names().get(0);
        // 急性呼吸道感染死亡人数减少30%，腹泻死亡人数减少50%: a count of people measured the same way as a rate is
        boolean measured = endsWithRate(name) || name.endsWith("人数");
        if (name.length() < 3 || !measured || Character.isDigit(name.charAt(0)) || namer.hasPopulation(name)
                || g.windowStart() != g.clause()[0]) return null;
        // the clause before this one is the previous number's
        int[] before = clauseBefore(g);
        if (before == null || g.memory().previousEnd <= before[0] || g.memory().previousEnd > before[1]) return null;
        String previous = g.memory().previous.get(0);
        if (!endsWithRate(previous) && !previous.endsWith("人数")) return null;
        Matcher age = AGED_POPULATION.matcher(previous);
        // a rate of a condition alone (低体重率, 贫血患病率) is short; a longer one names a field of its own (学前教育毛入园率)
        if (age.lookingAt()) {
            boolean short_ = name.length() <= SHORT_RATE || name.endsWith("人数") && name.length() <= SHORT_RATE + 4;
            return short_ ? List.of(age.group() + name) : null;
        }
        // 孕产妇系统保健覆盖率…，系统保健标准管理率…: a rate opening as the previous one does after its population
        for (String p : populations) {
            if (!previous.startsWith(p) || previous.length() < p.length() + 4) continue;
            String rest = previous.substring(p.length());
            return name.length() >= 4 && rest.startsWith(name.substring(0, 2)) && !rest.equals(name) ? List.of(p + name) : null;
        }
        return null;
    }

    /** Measure words that count people. */
    private static final java.util.Set<String> PEOPLE_UNITS = java.util.Set.of("名", "人", "万人", "万名");

    /**
     * 120名困境儿童的基本生活得到保障: a count of people named after the number, followed by 的 and what of theirs
     * the clause goes on about, counts the people: the name stops before 的, where it ends in whom it counts.
     */
    private List<String> peopleCounted(Group g, Names n) {
        if (n.size() != 1 || n.rule() != OBJECT_AFTER || !PEOPLE_UNITS.contains(g.first().unit().symbol())) return null;
        String name = n.names().get(0);
        int de = name.indexOf('的');
        if (de < 2) return null;
        String people = name.substring(0, de);
        for (String p : populations) {
            if (people.endsWith(p)) return List.of(people);
        }
        return null;
    }

    /** Acts whose share of people is a rate of its own name, right after the share and closing its clause. */
    private static final Pattern ACT_AFTER_SHARE = Pattern.compile(
            "^\\s*(入学|入园|入托|住院分娩|接种|参保|就业|升学|筛查|建档|建卡|体检|达标|合格)\\s*[。；;，,！!]?\\s*$");

    /** 学龄儿童100%入学 → 学龄儿童入学率: the share is the rate of the act after it. */
    private static List<String> rateOfAct(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || !g.first().unit().equals(Unit.PERCENT)) return null;
        // every act opens with one of these characters; most clauses go on with none, and are not matched
        String after = g.after().stripLeading();
        if (after.isEmpty() || "入住接参就升筛建体达合".indexOf(after.charAt(0)) < 0) return null;
        Matcher m = ACT_AFTER_SHARE.matcher(g.after());
        if (!m.matches()) return null;
        String name = n.names().get(0), act = m.group(1);
        if (name.isEmpty() || endsWithRate(name)) return null;
        return List.of((name.endsWith(act) ? name : name + act) + "率");
    }

    /** What people did, right after their count: taking part in, receiving or gaining something. */
    /** 对 or 为 the people an act is done to, or 有 people in a state, right before their count. */
    private static final Pattern ACT_ON = Pattern.compile("(?:对|为|有)(?:共|约|近|超过|逾)?\\s*$");
    private static final Pattern ACTED = Pattern.compile(
            "^\\s*(参加|参与|接受|享受|获得|得到|领取|加入|签约)(?:了|过)?([^，,。；;、：:\\d（(]{2,14})[。；;！!\\s]*$");

    /** 参加了免费婚检 → 参加免费婚检: what the people counted before it did; null when the words say no act. */
    private static List<String> acting(String after) {
        Matcher m = ACTED.matcher(after);
        return m.matches() ? List.of(m.group(1) + m.group(2).strip()) : null;
    }

    /** What people were given: 进行了 or 接受了 and the service. */
    private static final Pattern SERVED = Pattern.compile("^(进行了|进行|接受了|接受|提供了|提供)(?:一次)?([^，。；、\\d]{2,16})$");

    /** 1.2万名儿童进行了视力筛查 → 接受视力筛查的儿童: the people counted are those who received the service. */
    private List<String> peopleServed(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || g.first().unit().isRate()) return null;
        String name = n.names().get(0);
        for (String p : populations) {
            // 适龄儿童提供一次口腔检查: a population counted in people may carry a qualifier of its own before it
            int at = name.indexOf(p);
            if (at < 0 || at > 0 && (at > MAX_QUALIFIER || !PEOPLE_UNITS.contains(g.first().unit().symbol())
                    || !IndicatorNamer.allHan(name.substring(0, at)) || name.substring(0, at).indexOf('为') >= 0)) {
                continue;
            }
            int end = at + p.length();
            Matcher served = SERVED.matcher(name.substring(end));
            // 为儿童提供心理辅导120人次: services given are counted by the time, not by the people
            boolean given = served.matches() && served.group(1).startsWith("提供");
            if (served.matches() && !endsWithHeadOfCount(served.group(2))
                    && (!given || PEOPLE_UNITS.contains(g.first().unit().symbol()))) {
                return List.of("接受" + served.group(2) + "的" + name.substring(0, end));
            }
        }
        return null;
    }

    /** How many characters may qualify a population before it (适龄 of 适龄儿童). */
    private static final int MAX_QUALIFIER = 2;

    /** Whether a service's words already name a count (康复救助人数), which the name keeps as it is. */
    private static boolean endsWithHeadOfCount(String s) {
        return s.endsWith("数") || s.endsWith("人次");
    }

    /** 某率城市为…: the part of the population a measure's value is for comes first (城市某率); null when no name ends so. */
    private List<String> partAfterMeasure(Group g, Names n) {
        if (n.size() > 1) return partsAfterMeasure(g, n);
        if (n.size() != 1) return null;
        String name = n.names().get(0);
        for (String part : parts) {
            if (!name.endsWith(part) || name.length() < part.length() + 3) continue;
            String measure = name.substring(0, name.length() - part.length());
            return namer.endsWithHead(measure) && endsWithRate(measure) ? List.of(part + measure) : null;
        }
        return null;
    }

    /** Pupils and staff a stage or a school counts, as a count's name ends (在校生, 专任教师, 寄宿率). */
    private static final Pattern PUPILS_OR_STAFF = Pattern.compile(
            "(?:在校学生|在校生|在园幼儿|招生|毕业生|寄宿生|寄宿率|教职工|专任教师|学生)(?:数|人数)?$");
    /** The stage or school a qualifier names (普通高中, 农村小学, 幼儿园, 特殊教育). */
    private static final Pattern STAGE_END = Pattern.compile("(?:小学|初中|高中|中学|中职|幼儿园|教育|学校|高校)(?:阶段)?$");
    /** Pupils of one sex, a part of those counted (女生, 男童). */
    private static final Pattern SEX_PART = Pattern.compile("[男女](?:生|性|童|孩)");
    /** Words of a sum or of having after a stage (共, 共有, 有). */
    private static final Pattern STAGE_TAIL = Pattern.compile("(?:共有|共计|共|有)$");

    /** 普通高中招生…，在校生…: bare pupils or staff after a stage's count in the sentence are that stage's. */
    private List<String> stageOfCountBefore(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || n.rule() != SUBJECT) return null;
        String name = n.names().get(0);
        Matcher own = PUPILS_OR_STAFF.matcher(name);
        if (!own.find() || own.start() != 0 || OWN_STAGE.matcher(name).find()) return null;
        Group.Memory m = g.memory();
        if (m.previous.size() != 1 || m.previousEnd < g.sentence().start() || m.previousEnd > g.first().start()) return null;
        String before = m.previous.get(0);
        Matcher head = PUPILS_OR_STAFF.matcher(before);
        if (!head.find() || head.start() < 2) return null;
        String stage = WHOLE_AREA_PREFIX.matcher(before.substring(0, head.start())).replaceFirst("");
        // 义务教育阶段共招生: the words of a sum are no part of the stage
        stage = STAGE_TAIL.matcher(stage).replaceFirst("");
        if (stage.length() < 2 || stage.length() > 8 || !STAGE_END.matcher(stage).find() || !IndicatorNamer.allHan(stage)) {
            return null;
        }
        // 女生普通高等教育…: a part of the pupils counted before is no stage of all of them
        if (SEX_PART.matcher(stage).lookingAt()) return null;
        return List.of(stage + name);
    }

    /** A clause framing the whole a share is of: 在全区公务员中, 在新录用人员当中. */
    private static final Pattern WHOLE_FRAME = Pattern.compile("\\s*在([^，,。；;：:\\d的]{2,20}?)(?:之中|当中|中)\\s*");
    /** The share word a name ends with, and a 的 before it. */
    private static final Pattern SHARE_END = Pattern.compile("的?(所占比重|所占比例|比重|比例|占比)$");

    /** 在全区公务员中，女性的比重为…: the part's share of the whole the clause before frames. */
    private static List<String> wholeFramed(Group g, Names n) {
        if (n.size() != 1 || g.size() != 1 || !g.first().unit().isRate()) return null;
        String name = n.names().get(0);
        Matcher share = SHARE_END.matcher(name);
        if (!share.find() || share.start() == 0 || share.start() > 6) return null;
        int[] clause = g.clause();
        if (clause[0] - 2 < g.sentence().start()) return null;
        int[] before = g.sentence().clauseAt(clause[0] - 2);
        if (before[1] > clause[0] || before[0] < g.sentence().start()) return null;
        Matcher frame = WHOLE_FRAME.matcher(g.text()).region(before[0], before[1]);
        if (!frame.matches() || name.contains(frame.group(1))) return null;
        return List.of(frame.group(1) + "中" + name.substring(0, share.start()) + share.group(1));
    }

    /** A group a progression names before its value: words with no clause mark, digit or 的. */
    private static final String GROUP = "([^，,。；;、：:从由的\\d%‰]{2,10})的";
    /** 从小学一年级的…: the first group of a progression, right before its value. */
    private static final Pattern FROM_GROUP = Pattern.compile("(?:从|由)" + GROUP + "\\s*$");
    /** The words after a school stage that name it as a stage or its pupils (小学阶段, 初中学生). */
    private static final Pattern STAGE_WORD = Pattern.compile("阶段学生|学段学生|阶段|学段|学生|生");
    private static final Pattern GROUP_FROM = Pattern.compile("(?:从|由)" + GROUP);
    /** …上升至六年级的: the group a progression goes on to, right before its value. */
    private static final Pattern TO_GROUP = Pattern.compile(
            "(?:上升|下降|提高|降低|增加|减少|增长|攀升|升高|增至|降至|升至)(?:至|到)?" + GROUP + "\\s*$");
    /** A time, not a group: 上年, 同期, 年初, 2020年底 … */
    private static final Pattern TIME_GROUP = Pattern.compile("(?:年|期|末|初|底|时|前|后|月|季度)$");
    /** The words a group opens with before its numeral (小学 of 小学一年级), and the rest (年级). */
    private static final Pattern GROUP_NUMERAL = Pattern.compile("^(\\D*?)([一二三四五六七八九十\\d]+)(\\D+)$");

    /**
     * 近视率…，从小学一年级的12.1%上升至六年级的55.3%: the value of a group a progression starts from, or goes on
     * to, is the measure named before the progression for that group.
     */
    private List<String> groupsOfProgression(Group g, Names n) {
        if (g.size() != 1) return null;
        String t = g.text();
        int at = g.first().start(), clauseStart = g.clause()[0];
        // every group's value follows 的 (一年级的12%): most numbers follow something else
        int before = at - 1;
        while (before > clauseStart && t.charAt(before) == ' ') before--;
        if (before <= clauseStart || t.charAt(before) != '的') return null;
        int sentenceStart = g.sentence().start();
        Matcher m = FROM_GROUP.matcher(t).region(Math.max(clauseStart, at - 14), at);
        String group;
        int opens;
        if (m.find()) {
            group = m.group(1);
            opens = m.start();
        } else {
            m = TO_GROUP.matcher(t).region(Math.max(clauseStart, at - 16), at);
            if (!m.find()) return null;
            group = m.group(1);
            Matcher from = GROUP_FROM.matcher(t).region(clauseStart, m.start());
            if (!from.find()) return null;
            opens = from.start();
            // 从小学一年级的…上升至六年级的: the second group is of the first's kind
            Matcher a = GROUP_NUMERAL.matcher(from.group(1)), b = GROUP_NUMERAL.matcher(group);
            if (a.matches() && b.matches() && b.group(1).isEmpty() && a.group(3).equals(b.group(3))) {
                group = a.group(1) + group;
            }
        }
        if (TIME_GROUP.matcher(group).find() || namer.endsWithHead(group)) return null;
        String measure = rateBefore(withoutClosingMarks(t.substring(sentenceStart, opens).strip()));
        if (measure == null) return null;
        // 小学阶段近视率 for 小学一年级: the stage the measure names is the group's own first words
        Matcher kind = GROUP_NUMERAL.matcher(group);
        String stage = kind.matches() ? kind.group(1) : "";
        if (!stage.isEmpty() && measure.startsWith(stage)) {
            Matcher rest = STAGE_WORD.matcher(measure).region(stage.length(), measure.length());
            int cut = rest.lookingAt() ? rest.end() : stage.length();
            if (measure.length() - cut >= 2) measure = measure.substring(cut);
        }
        // 小学一年级的…: a grade's rate is of its pupils (小学一年级学生近视率)
        if (group.endsWith("年级") && !hasPopulationAtStart(measure)) group = group + "学生";
        return List.of(group + measure);
    }

    private boolean hasPopulationAtStart(String measure) {
        for (String p : populations) {
            if (measure.startsWith(p)) return true;
        }
        return false;
    }

    /** The rate the words end with, or end with before a word of how it went; without whom it counts. */
    private String rateBefore(String words) {
        for (int k = words.length(); k >= 3; k--) {
            String head = words.substring(0, k);
            if (!endsWithRate(head)) continue;
            String subject = namer.subject(head);
            if (subject.length() < 2 || !endsWithRate(subject)) return null;
            String measure = measureOf(subject);
            return measure != null ? measure : subject;
        }
        return null;
    }

    /** 某死亡率城市和农村分别为…: a measure followed by the parts of the population each value is for. */
    private List<String> partsAfterMeasure(Group g, Names n) {
        // the first item is the measure with a part after it: most lists have none, and HanLP is not asked
        String firstName = n.names().get(0);
        boolean partAfter = false;
        for (String part : parts) {
            if (firstName.endsWith(part)) {
                partAfter = true;
                break;
            }
        }
        if (!partAfter) return null;
        int size = n.size();
        String subject = namer.subject(g.window());
        String[] items = LIST_JOINS.split(subject);
        if (items.length != size) return null;
        String last = items[items.length - 1];
        if (!parts.contains(last)) return null;
        // the first item is the measure with the first part after it
        String first = items[0];
        for (String part : parts) {
            if (!first.endsWith(part) || first.length() < part.length() + 3) continue;
            String measure = first.substring(0, first.length() - part.length());
            if (!namer.endsWithHead(measure) || !endsWithRate(measure)) return null;
            List<String> out = new ArrayList<>(size);
            out.add(part + measure);
            for (int i = 1; i < items.length; i++) {
                if (!parts.contains(items[i])) return null;
                out.add(items[i] + measure);
            }
            return out;
        }
        return null;
    }

    private static final Pattern LIST_JOINS = Pattern.compile("、|和|及|与");

    /** The clause just before the list's own in its sentence, as [start, end), or null. */
    private static int[] clauseBefore(Group g) {
        int[] before = null;
        for (int[] c : g.sentence().clauses()) {
            if (c[1] <= g.clause()[0]) before = c;
        }
        return before;
    }

    /** The words without the clause marks that close them. */
    private static String withoutClosingMarks(String s) {
        int end = s.length();
        while (end > 0 && "，,。；;、".indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return i;
        }
        return -1;
    }

    /**
     * What a rate measures without whom it counts ({@code 儿童青少年总体近视率} → {@code 近视率}), for a population
     * named alone after it ({@code 其中小学生为…}); null when the name is no rate of a population.
     */
    private String measureOf(String base) {
        if (!endsWithRate(base)) return null;
        String rest = base;
        boolean cut = true;
        while (cut) {
            cut = false;
            java.util.regex.Matcher age = AGE.matcher(rest);
            if (age.lookingAt()) {
                rest = rest.substring(age.end());
                cut = true;
            }
            for (String p : populations) {
                if (rest.startsWith(p) && rest.length() > p.length()) {
                    rest = rest.substring(p.length());
                    cut = true;
                    break;
                }
            }
        }
        rest = OVERALL.matcher(rest).replaceFirst("");
        return rest.length() >= 2 && rest.length() < base.length() ? rest : null;
    }

    /** A population a clause names alone: a population word, with an age or a grade before it (6岁儿童, 小学一年级学生). */
    private boolean isPopulation(String n) {
        String rest = AGE.matcher(n).replaceFirst("");
        return populations.contains(rest) || !rest.equals(n) && rest.equals("儿童");
    }

    private static boolean endsWithRate(String name) {
        return name.endsWith("率") || name.endsWith("比例") || name.endsWith("比重") || name.endsWith("占比");
    }
}
