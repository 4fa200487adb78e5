package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Kind;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Stage#KIND} stage: whether a number is a level or a change, a goal or an observed value, from the
 * wording, the year the {@link Stage#YEAR} stage gave and the document's profile. The first rule that holds
 * decides.
 */
final class KindRules {
    static final Rule MULTIPLE_OF_YEAR = Rule.inReport(Stage.KIND, "multiple-of-year",
            "a multiple of a year's level (是2020年的1.5倍) is a change counted from that year",
            "全区儿童之家数量是2020年的1.5倍。", "全区儿童之家数量达到150个。");
    static final Rule MULTIPLE_OF_GROUP = Rule.of(Stage.KIND, "multiple-of-group",
            "a multiple of another group's or place's level (是城市的1.8倍) is a gap between them, a change from no year",
            "全区农村孕产妇死亡率是城市的1.8倍。", "全区儿童之家数量达到1.8倍。");
    /** 是平原地区的, 是全国平均水平的: the words before a multiple of another group's level. */
    static final Pattern OF_GROUP = Pattern.compile("是\\s*(?!" + dev.zhibiao.extract.Vocabulary.lastYearWords() + "|[“\"]?十)[^，。；,;\\d]{1,12}?的\\s*$");
    static final Rule CHANGE = Rule.of(Stage.KIND, "change",
            "a change verb before the number (降低, 提高, 增长): in a report only against a baseline, in points or done (了)",
            "儿童近视率每年降低0.5个百分点。", "儿童近视率降至50%以下。");
    static final Rule VALUE_OF_YEAR_BEFORE = Rule.inReport(Stage.KIND, "value-of-year-before",
            "the number right after a relative baseline (较上年52%, 从上年的52%下降到…) is that year's observed value",
            "儿童近视率为51%，较上年52%下降1个百分点。", "儿童近视率为51%，较上年下降1个百分点。");
    static final Rule STATES_COUNTED = Rule.inReport(Stage.KIND, "states-counted",
            "a count of indicators by how they stand (实现目标的指标49项) is observed: the goal words are the state's",
            "在40项监测指标中，已实现目标的指标36项。", "全区力争实现目标的指标36项。");
    /** 争取 (or 争取到) with funds, support or a project as its object: what was obtained, no goal. */
    private static final Pattern SECURED = Pattern.compile("争取(?:到)?"
            + "(?![^，。；,;]{0,8}?(?:实现|达到|完成|建成|建设|推进|提高|提升|降低|新增|使|让))"
            + "(?=[^，。；,;\\d到]{0,32}?(?:资金|经费|款物|善款|捐款|公益金|补助|资助|支持|项目|物资))");
    /** An age bounding a population (6个月以内婴儿, 3周岁以内的儿童): the span is of the name. */
    private static final Pattern AGE_WITHIN = Pattern.compile("\\d+\\s*(?:个月|周岁|岁|月龄|周)\\s*以内(?=的?\\s*[\\p{IsHan}&&[^，。；、]])");
    static final Rule GOAL_IN_REPORT = Rule.inReport(Stage.KIND, "goal-word-in-report",
            "a clause of a report with a goal's words (控制在, 目标, 力争) restates a goal, unless dated in the report's time",
            "儿童近视率控制在50%以内。", "儿童近视率为49%。");
    static final Rule OBSERVED_IN_REPORT = Rule.inReport(Stage.KIND, "observed-in-report",
            "a level a report states is observed",
            "儿童近视率为49%。", "儿童近视率控制在50%以内。");
    static final Rule GOAL_NAMED_AFTER = Rule.of(Stage.KIND, "goal-named-after",
            "a level named a goal right after it (距离期末3.5个的目标, 低于6‰的规划目标) is that goal, whatever the sentence observes",
            "截至2023年底，全区每千人口托位数为2.5个，距离期末3.5个的目标尚有差距。",
            "截至2023年底，全区每千人口托位数为2.5个。");
    static final Rule OBSERVED_IN_PLAN = Rule.of(Stage.KIND, "observed-in-plan",
            "a level a plan states as reached: a year before its period, 截至, 已, a review section, its preamble",
            "截至2020年，儿童之家覆盖率达到85%。", "到2025年，儿童之家覆盖率达到95%。");
    static final Rule GOAL = Rule.of(Stage.KIND, "goal",
            "any other level of a plan is its goal",
            "到2025年，儿童之家覆盖率达到95%。", "截至2020年，儿童之家覆盖率达到85%。");

    /** 是2010年的1.9倍: the year a multiple is of, before the number. */
    static final Pattern MULTIPLE = Pattern.compile("[是为]\\s*(?:((?:19|20)\\d{2})\\s*年|" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ""
            // 是“十二五”期间的2.3倍: a multiple of an era's level, counted from its last year
            + "|" + Vocabulary.era() + "(?:期间|时期|期末|末)?)[^，。；,;]{0,16}$");
    /** A section that reviews where things stand (发展现状, 发展基础, 回顾): a level it states without a goal's year was reached. */
    static final Pattern REVIEW = Pattern.compile("现状|发展基础|背景|取得的成就|主要成就|回顾|基本情况|执行情况|实施情况|完成情况|实施成效");
    /** A plan's opening: its figures are observed. */
    private static final Pattern PREFACE = Pattern.compile("序言|前言|引言|^序$");
    // (?=[12]): every year opens with 1 or 2, and testing one character rejects most positions sooner
    private static final Pattern YEAR_WORD = Pattern.compile("(?=[12])((?:19|20)\\d{2})\\s*年(?![\\d—–-])");
    /** 下降了31.2%: a change done, in a report as in a plan, even when no baseline is named. */
    /** 平均身高增加1.1厘米: a change verb right before the number, with no 到 or 至 making it a level. */
    private static final Guarded VERB_RIGHT_BEFORE = Guarded.of("(?:" + Vocabulary.verbWords() + ")(?:超过|超|逾|近)?\\s*$",
            Vocabulary.changeVerbs().lastCharacters() + "超过逾近");
    private static final Guarded PAST_CHANGE = Guarded.of("(?:" + Vocabulary.verbWords() + ")了\\s*$", "了");
    private static final Pattern VALUE_OF_YEAR_OR_NONE = Pattern.compile("\\s*(?:的\\s*)?");
    /** Words that make a clause of a report a goal whatever year it names. */
    private static final Pattern GOAL_WORD = Pattern.compile("目标|力争|争取|确保|要求|应当|应|需|规划");
    /** Words of an intent, which a state reached does not have. */
    private static final Pattern GOAL_INTENT = Pattern.compile("力争|争取|确保|要求|应当|应|需");

    private record Decision(Rule rule, Kind kind, Predicate<Draft> holds) {
    }

    private final ChangeReader changes;
    private final List<String> targetMarkers = Lexicon.load("statement/target-markers.txt").words();
    private final List<String> actualMarkers = Lexicon.load("statement/actual-markers.txt").words();
    private final List<Decision> decisions;

    KindRules(ChangeReader changes) {
        this.changes = changes;
        decisions = List.of(
                new Decision(MULTIPLE_OF_YEAR, Kind.CHANGE, d -> d.multipleOf != null || d.multipleOfLastYear),
                new Decision(MULTIPLE_OF_GROUP, Kind.CHANGE, d -> d.number.unit().symbol().equals("倍")
                        && OF_GROUP.matcher(d.group.window()).find()),
                new Decision(CHANGE, Kind.CHANGE, d -> d.change != null && (!d.report() || d.baseline != null
                        || d.relative || changes.comparedTo(d.group.window()) != null || d.number.unit().isPoints()
                        || PAST_CHANGE.find(d.group.window()) || VERB_RIGHT_BEFORE.find(d.group.window())
                        || SIZE_OF_CHANGE.matcher(d.group.window()).find()
                        || changeOfLevelBefore(d))),
                new Decision(VALUE_OF_YEAR_BEFORE, Kind.ACTUAL, KindRules::valueOfYearBefore),
                new Decision(STATES_COUNTED, Kind.ACTUAL, d -> d.report() && d.nameRule == NameRules.GOAL_STATUS
                        && !GOAL_INTENT.matcher(d.group.window()).find()),
                new Decision(GOAL_IN_REPORT, Kind.TARGET, d -> d.report() && restatesGoal(d)),
                new Decision(GOAL_NAMED_AFTER, Kind.TARGET, KindRules::goalNamedAfter),
                new Decision(OBSERVED_IN_REPORT, Kind.ACTUAL, Draft::report),
                new Decision(OBSERVED_IN_PLAN, Kind.ACTUAL, this::observedInPlan),
                new Decision(GOAL, Kind.TARGET, d -> true));
    }

    /** 将 opening what will be done (将新建, 今年将集中财力办好), not the 将 that takes an object (将建设…列入). */
    // 今年全区要新建…: 要 before a deed is a will too, though not in 主要, 重要, 需要, 只要
    private static final Pattern WILL_DO = Pattern.compile("(?:(?<![必即])将|(?<![主重需必只想纲提概])要)"
            + "(?:继续|进一步|全面|重点|集中财力|力争|着力|大力|再|免费|陆续)?"
            + "(?:新建|新增|改扩建|建成|建设|达到|实现|提高|提升|增加|完成|投入|开展|培训|覆盖|降至|降低|控制|办好|招聘|打造|创建|扩大"
            + "|开放|设立|建立|配备)");
    /** What a 将 construction does with its object: 列入, 纳入, 作为. */
    private static final Pattern PUT_INTO = Pattern.compile("列入|纳入|作为|列为");
    /** True when a 将 of what will be be done, not one taking an object it puts into a list, stands before the number in its sentence. */
    private static boolean willDo(Draft d) {
        String t = d.group.text();
        Matcher will = WILL_DO.matcher(t).region(d.group.sentence().start(), d.number.start());
        while (will.find()) {
            int end = d.group.sentence().clauseAt(will.start())[1];
            if (!PUT_INTO.matcher(t).region(will.end(), Math.max(will.end(), end)).find()) return true;
        }
        return false;
    }

    /** A five-year era opening a paragraph as its time (“十三五”期间，, 十二五时期，, “十三五”以来，). */
    // 据统计，“十一五”时期，…: a word of where figures come from may open the paragraph before its era
    private static final Pattern PERIOD_OF_ERA = Pattern.compile("\\s*(?:(?:据统计|据了解|统计显示|数据显示|回顾)[，,：:]?\\s*)?"
            + Vocabulary.era() + "(?:规划)?(?:期间|时期|以来)\\s*[，,]");
    /** Words holding 需 or 应 that are no modal of a goal: 需求, 供应, 适应, 相应, 应急. */
    private static final Pattern NOT_MODAL = Pattern.compile("需求|供应|适应|反应|相应|应用|响应|对应|效应|应急|应对|顺应|应届");
    /** A change verb anywhere in a clause. */
    private static final Pattern VERB_IN = Pattern.compile(Vocabulary.verbWords());
    /** A clause that is only a change verb after a separator (、增加, ，减少了). */
    private static final Pattern BARE_CHANGE = Pattern.compile("^[\\s、，,；;]*(?:分别|均|都)?(?:" + Vocabulary.verbWords() + ")了?\\s*$");

    /**
     * 儿童之家2.3万个、增加1320个, 收入47595元、增长10.2%: a change verb standing alone right after a level, naming
     * nothing but taking the level's name, tells how much that level changed, in a report too.
     */
    private static boolean changeOfLevelBefore(Draft d) {
        // 分别为40个和25个，分别增加3个和2个: a list's changes after the list of levels they are of
        return (d.nameRule == NameRules.PREVIOUS || d.nameRule == NameRules.LIST_BEFORE) && d.group.window().length() <= 8
                && BARE_CHANGE.matcher(d.group.window()).matches();
    }

    /** Words of a time to come: 到 before a year, or a word of intent or forecast. */
    private static final Pattern TO_COME = Pattern.compile("(?:到|至)\\s*(?:(?:19|20)\\d{2}\\s*年|" + Vocabulary.era() + "\\s*(?:期末|末)|规划期末)|将|力争|争取|预计|预期");

    /** True when the sentence, up to the number, speaks of a time to come. */
    private static boolean toCome(Draft d) {
        Sentences.Sentence s = d.group.sentence();
        return TO_COME.matcher(d.group.text()).region(s.start(), d.number.start()).find();
    }

    /** A noun of a change's size (降幅为12%, 下降幅度超过30%): what follows it is a change, in a report too. */
    private static final Pattern SIZE_OF_CHANGE = Pattern.compile("(?:增|涨|升|降)幅|幅度");

    /** True when the clause names a gap (差距) before the number. */
    private static boolean gapNamed(Draft d) {
        int from = d.group.clause()[0], to = d.number.start();
        int at = d.group.text().indexOf("差距", from);
        return at >= 0 && at + 2 <= to;
    }

    static List<Rule> declared() {
        return List.of(MULTIPLE_OF_YEAR, MULTIPLE_OF_GROUP, CHANGE, VALUE_OF_YEAR_BEFORE, STATES_COUNTED, GOAL_IN_REPORT, GOAL_NAMED_AFTER, OBSERVED_IN_REPORT,
                OBSERVED_IN_PLAN, GOAL);
    }

    /** Decides the draft's kind, the change it makes, and the baseline and bound that follow from them. */
    void decide(Draft d) {
        String window = d.group.window();
        d.change = changes.read(window, d.number.unit(), d.report());
        // 男、女识字率差距从5个百分点缩小到3个百分点: points a gap is measured in are its level, unless a change
        // verb stands right before them (差距缩小了2个百分点)
        if (d.change != null && d.number.unit().isPoints() && gapNamed(d) && !changes.verbRightBefore(window)) d.change = null;
        d.relative = !YearReader.relativeBaselines(d.group.text(), d.group.clause()[0], d.number.start()).isEmpty();
        boolean ownRelative = d.relative;
        // 与上年比较，床位增加4.9万张，人员增加…: a comparison that opens the sentence as a clause of its own is each
        // change's after it
        if (!d.relative && d.change != null) {
            int[] first = d.group.sentence().clauseAt(d.group.sentence().start());
            d.relative = first[1] <= d.group.clause()[0] && first[1] - first[0] <= 10
                    && !YearReader.relativeBaselines(d.group.text(), first[0], first[1]).isEmpty();
        }
        // 比上年增加11所，增长1.83%: a bare change right after a change against last year is against it too
        if (!d.relative && d.change != null && BARE_CHANGE.matcher(window).matches()) {
            int[] own = d.group.clause();
            int end = own[0];
            while (end > d.group.sentence().start() && "，,、；; ".indexOf(d.group.text().charAt(end - 1)) >= 0) end--;
            int[] before = end > d.group.sentence().start() ? d.group.sentence().clauseAt(end - 1) : null;
            d.relative = before != null && before[1] <= own[0]
                    && !YearReader.relativeBaselines(d.group.text(), before[0], before[1]).isEmpty()
                    && VERB_IN.matcher(d.group.text()).region(before[0], before[1]).find();
        }
        // 高于全国平均水平2个百分点: the comparison word gives the gap's direction, not a bound; a bound the number
        // carries itself (高于城市0.5倍多) stays
        if (changes.comparedTo(window) != null && d.number.comparator() == null) d.bound = Bound.EQ;
        for (Decision k : decisions) {
            if (k.holds().test(d)) {
                d.kind = k.kind();
                d.kindRule = k.rule();
                break;
            }
        }
        if (d.kindRule == MULTIPLE_OF_YEAR) {
            d.baseline = d.multipleOf;
            d.bound = Bound.EQ;
        }
        // …比2020年提高3.2个百分点；某率为91.4%，比上年提高0.8个百分点: last year named in the change's own clause
        // wins over a year an earlier clause compared with
        if (d.kind == Kind.CHANGE && ownRelative && d.baseline != null
                && !YearReader.YEAR.matcher(d.group.text()).region(d.group.clause()[0], d.number.start()).find()) {
            d.baseline = null;
        }
        // 较上年下降2%, 是上年的1.2倍: a change against last year counts from the year before the record's
        if (d.kind == Kind.CHANGE && (d.relative || d.multipleOfLastYear) && d.baseline == null) {
            Integer y = d.year != null ? d.year : d.report() ? d.ctx().docYear() : null;
            if (y != null) d.baseline = y - 1;
        }
    }

    /** 较上年9.5/10万下降了2%: the number right after a relative baseline is that earlier year's value. */
    /** 从上年的52%下降到…: a change from last year's value, right before it. */
    private static final Guarded FROM_YEAR_BEFORE = Guarded.of("(?:从|由)(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")(?:同期)?的?\\s*$", "年");

    /** True when 从 or 由 stands in {@code t}[from, to). */
    static boolean holdsFrom(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '从' || c == '由') return true;
        }
        return false;
    }

    private static boolean valueOfYearBefore(Draft d) {
        String t = d.group.text();
        int at = d.number.start();
        int from = Math.max(d.group.clause()[0], at - 10);
        if (holdsFrom(t, from, at) && FROM_YEAR_BEFORE.find(t.substring(from, at))) return true;
        return YearReader.relativeBaselines(t, d.group.clause()[0], d.number.start()).stream()
                .anyMatch(r -> VALUE_OF_YEAR_OR_NONE.matcher(t).region(r[1], d.number.start()).matches());
    }

    /** 控制在 and the bounds also say what was reached: dated in the report's own time, they are observed. */
    /** A goal's name right after a number: 的目标, 的《规划》目标, 的“十四五”目标值. */
    private static final Pattern GOAL_AFTER = Pattern.compile(
            "^\\s*(?:以上|以下|以内)?\\s*的\\s*(?:《[^》]{1,24}》|“[^”]{1,12}”|规划|纲要|方案|计划)?\\s*(?:期末|末|年度|全年)?\\s*目标");

    private static boolean goalNamedAfter(Draft d) {
        return goalNamedAfter(d.group.text(), d.number.end());
    }

    /** True when a goal is named right after the number ending at {@code at}: 的目标, 的年度目标任务, 的《规划》目标. */
    static boolean goalNamedAfter(String t, int at) {
        // the goal is named with 的 and 标 within the reach: most numbers are followed by neither
        int end = Math.min(t.length(), at + 40);
        int de = t.indexOf('的', at);
        if (de < 0 || de > at + 6 || t.indexOf('标', de) < 0 || t.indexOf('标', de) >= end) return false;
        return GOAL_AFTER.matcher(t).region(at, end).lookingAt();
    }

    private static final Pattern STATE_AFTER_SHARE = Pattern.compile(
            "\\s*(?:以上|左右|多)?\\s*(?:的)?(?:指标|监测指标)?\\s*(?:已|均)?(?:达到|实现|超过|接近|完成)(?:或(?:超过|接近|基本达到))?[^，。；\\d]{0,12}目标");
    /**
     * 已建成, 已配备, 已有9个县: 已 before a verb tells a state reached; not 已婚 (a population's word) nor what exists
     * as a goal's basis (已有基础).
     */
    private static final Pattern ALREADY = Pattern.compile("已(?!婚|经|有(?:的)?(?:基础|工作|成果|经验))\\p{IsHan}");
    private static final Pattern EXISTING_BASIS = Pattern.compile("现有(?:的)?(?:基础|水平)");
    private static final Pattern HELD_FOR_YEARS = Pattern.compile("连续[一二三四五六七八九十两\\d]{1,3}年");
    /** 目标人群, 目标对象: the people a service aims at, no goal. */
    private static final Pattern AIMED_AT = Pattern.compile("目标(?:人群|群体|对象|人口)"
            // 目标任务完成率102.3%: how much of a goal was done is a measure of its own, observed
            + "|目标(?:任务)?(?:完成率|完成度|达成率|实现率|完成比例)");
    /** 超97%、已提前实现某规划目标: a level the clause goes on to say reached a goal is the level reached. */
    private static final Pattern REACHED_AFTER = Pattern.compile(
            "^[^，。；\\d]{0,4}?[、，,]?\\s*(?:已经?|均已|提前|已提前|已经提前)(?:实现|达到|完成)[^，。；\\d]{0,16}目标");

    private boolean restatesGoal(Draft d) {
        // 到2025年，…将达到3‰以下: a level for a year after the report's, and after the page's own date, is a goal
        Integer reportYear = d.ctx().profile().reportYear();
        Integer written = d.ctx().profile().writtenYear();
        if (d.year != null && reportYear != null && d.year > reportYear && (written == null || d.year > written)
                && !d.number.unit().isPoints() && toCome(d)) {
            return true;
        }
        // 今年将新建公办幼儿园6所，新增托位300个: what the sentence says will be done is a goal, unless done already
        if (willDo(d) && !ALREADY.matcher(d.clauseText).find()) return true;
        String clause = d.clauseText.contains("目标") ? AIMED_AT.matcher(d.clauseText).replaceAll("") : d.clauseText;
        // 为56名困难母亲争取救助资金28万元: 争取 taking funds or a project as its object tells what was obtained
        if (clause.contains("争取")) clause = SECURED.matcher(clause).replaceAll("");
        // 6个月以内婴儿, 3周岁以内儿童: an age bounding the population named is part of the name, not a goal's bound
        if (clause.contains("以内")) clause = AGE_WITHIN.matcher(clause).replaceAll("");
        // 有课后托管需求, 应急, 供应: words 需 and 应 stand in as no modal of a goal
        if (clause.indexOf('需') >= 0 || clause.indexOf('应') >= 0) clause = NOT_MODAL.matcher(clause).replaceAll("");
        // 88%以上达到或超过终期目标要求: a share of indicators by the state they reached is observed
        if (d.report() && d.group.after().contains("目标") && STATE_AFTER_SHARE.matcher(d.group.after()).lookingAt()) {
            return false;
        }
        if (d.report() && d.group.after().contains("目标") && REACHED_AFTER.matcher(d.group.after()).lookingAt()) return false;
        // 连续五年控制在…以下: a state that has held for years is observed, whatever the verb
        if (clause.contains("连续") && HELD_FOR_YEARS.matcher(clause).find()) return false;
        boolean bounded = TimeRules.contains(clause, targetMarkers);
        Integer docYear = d.ctx().docYear();
        boolean reached = bounded && !GOAL_WORD.matcher(d.clauseText).find() && d.year != null && docYear != null
                && d.year <= docYear;
        return bounded && !reached;
    }

    /**
     * What a whole sentence says about its numbers being observed values, worked out once per sentence: every
     * number of a long sentence asks, and scanning the sentence again for each made long lines quadratic.
     */
    record SentenceFacts(boolean marked, boolean futureYear, boolean perfective) {
    }

    private SentenceFacts facts(LineContext ctx, Sentences.Sentence s, Integer start) {
        return ctx.facts().computeIfAbsent(s.start(), k -> {
            String sentence = ctx.text().substring(s.start(), s.end());
            // 在现有基础上逐步增加: what exists is where a goal starts from, not a value reached
            if (sentence.contains("现有")) sentence = EXISTING_BASIS.matcher(sentence).replaceAll("");
            // 防治取得新进展，…降至1.2‰以下: new progress is what a plan aims at, not what was reached
            if (sentence.contains("取得新")) sentence = sentence.replace("取得新", "");
            return new SentenceFacts(TimeRules.contains(sentence, actualMarkers), futureYear(sentence, start),
                    sentence.contains("了"));
        });
    }

    private boolean observedInPlan(Draft d) {
        LineContext ctx = d.ctx();
        Sentences.Sentence s = d.group.sentence();
        Integer start = ctx.doc().period() == null ? null : ctx.doc().period().start();
        if (d.year != null && start != null && d.year < start) return true;
        // 到2025年，…从2020年的1.3提高到1.5: where a change starts, dated before the goal's year, was reached
        if (d.year != null && start == null && datedStart(d)) return true;
        // 儿童之家由原来的120个增加到186个: where a change starts from, the state before it, was reached
        if (TimeRules.fromUndatedTime(d)) return true;
        // a page of a plan published in 2024 (or telling of a meeting held then), whose period it does not state, tells
        // 2023年…降至3.0‰ as what was reached
        Integer written = ctx.profile().writtenYear();
        if (d.year != null && start == null && written != null && d.year < written
                && !GOAL_WORD.matcher(d.clauseText).find()) {
            return true;
        }
        // “十三五”时期…指数(0.86): a five-year era over before the plan starts is its past
        if (start != null && d.year == null && pastEra(d.group.text().substring(s.start(), d.number.start()), start)) {
            d.ofPastEra = true;
            return true;
        }
        SentenceFacts facts = facts(ctx, s, start);
        if (facts.marked()) return true;
        // “十三五”期间，…不断提高。女性平均受教育年限达到11.8年: an era over before the plan opening the paragraph
        // is the time of its sentences that name no time of their own
        if (start != null && d.year == null && !facts.futureYear() && s.start() > ctx.lineStart()
                && PERIOD_OF_ERA.matcher(ctx.text()).region(ctx.lineStart(), Math.min(ctx.lineEnd(), ctx.lineStart() + 16)).lookingAt()
                && pastEra(ctx.text().substring(ctx.lineStart(), Math.min(ctx.lineEnd(), ctx.lineStart() + 16)), start)
                && !TO_COME.matcher(d.group.text()).region(s.start(), d.number.start()).find()) {
            d.ofPastEra = true;
            return true;
        }
        // 已有61个县建立了…: 已 before a verb in the number's own clause tells a state reached
        if (!facts.futureYear() && ALREADY.matcher(d.clauseText).find()) return true;
        // 五年来，…。人均预期寿命达到84.36岁，…: a paragraph that opens looking back reports what was reached
        if (!facts.futureYear() && looksBack(ctx, s)) return true;
        // 监测显示，基本实现了…目标。\n孕产妇系统管理率达88.1%；\n…: a list under a line telling results reports them
        if (!facts.futureYear() && listOfResults(ctx)) return true;
        var section = ctx.seg().sectionAt(d.number.start());
        if (REVIEW.matcher(section.path().toString()).find()) return !facts.futureYear();
        boolean preamble = section.path().isRoot() && !ctx.seg().root().children().isEmpty()
                || section.path().depth() == 1 && PREFACE.matcher(section.heading()).find();
        if (!preamble || facts.futureYear()) return false;
        boolean pastYear = start != null && d.group.years().stream()
                .anyMatch(m -> m.role() != YearReader.Role.BASELINE && m.year() < start);
        return pastYear || facts.perfective();
    }

    /** Words of a time looked back on (五年来, 过去五年, 实施以来) that open a sentence. */
    /** A line telling results were reached (监测显示, 基本实现了…目标), which a list of figures may follow. */
    private static final Pattern RESULTS_TOLD = Pattern.compile("显示|(?:实现|取得|达到|完成)了");
    /** How many lines of a list are walked back to the line that opens it. */
    private static final int LIST_REACH = 20;

    /**
     * True when the line is an item of a list (its lines end with ；) opened by a line telling results were reached:
     * each item reports a figure reached, not a goal.
     */
    private static boolean listOfResults(LineContext ctx) {
        String t = ctx.text();
        if (!endsItem(t, ctx.lineStart(), ctx.lineEnd(), true)) return false;
        // a paragraph closed by 。 is a list's last item only after one closed by ；
        boolean item = endsItem(t, ctx.lineStart(), ctx.lineEnd(), false);
        // the line's own start, before any indent its body follows
        int end = t.lastIndexOf('\n', ctx.lineStart() - 1);
        for (int n = 0; n < LIST_REACH && end > 0; n++) {
            int start = t.lastIndexOf('\n', end - 1) + 1;
            if (start >= end) {
                end = start - 1;
                continue;
            }
            if (!endsItem(t, start, end, false)) return item && RESULTS_TOLD.matcher(t).region(start, end).find();
            item = true;
            end = start - 1;
        }
        return false;
    }

    /** Whether t[from, to) ends with an item's mark (；), or, for the list's last line, with 。 too. */
    private static boolean endsItem(String t, int from, int to, boolean last) {
        int e = to;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e <= from) return false;
        char c = t.charAt(e - 1);
        return c == '；' || c == ';' || last && c == '。';
    }

    private static final Pattern LOOKING_BACK = Pattern.compile(
            "(?:^|[。；!！])[^。；!！]{0,16}?(?:[一二三四五六七八九十两\\d]年来|过去[一二三四五六七八九十两\\d]年|以来[，,])");

    /**
     * True when a sentence of the paragraph so far, up to this one, opens looking back on a time gone by: the rest
     * of the paragraph reports what was reached.
     */
    private static boolean looksBack(LineContext ctx, Sentences.Sentence s) {
        // where in the line the first sentence looking back opens, found once a line (-1: none)
        int[] at = ctx.lookingBack();
        if (at[0] == -2) {
            String t = ctx.text();
            int from = ctx.lineStart(), to = ctx.lineEnd();
            // each such opening holds 来 after 年 or 以, or 过去: most lines hold neither, and are not searched
            boolean marked = false;
            for (int i = from + 1; i < to && !marked; i++) {
                char c = t.charAt(i), b = t.charAt(i - 1);
                marked = c == '来' && (b == '年' || b == '以') || c == '去' && b == '过';
            }
            Matcher m = marked ? LOOKING_BACK.matcher(t).region(from, to) : null;
            at[0] = m != null && m.find() ? m.start() : -1;
        }
        return at[0] >= 0 && at[0] < s.start() + 20;
    }



    private static final Pattern ERA = Pattern.compile("十([一二三四五六七八九])五");
    /** 从2020年的1.3, 分别由2020年的5.1%和: a change's start with its own year, before any 到 or 至. */
    private static final Pattern FROM_DATED = Pattern.compile("(?:从|由)\\s*((?:19|20)\\d{2})\\s*年(?:底|末)?的?[^，。；,;到至]{0,30}$");

    /** True when the number is where a change starts, dated by its own year, and the sentence names a later year. */
    private static boolean datedStart(Draft d) {
        String t = d.group.text();
        int from = d.group.clause()[0], at = d.number.start();
        if (!holdsFrom(t, Math.max(from, at - 40), at)) return false;
        java.util.regex.Matcher m = FROM_DATED.matcher(t).region(Math.max(from, at - 40), at);
        if (!m.find() || Integer.parseInt(m.group(1)) != d.year) return false;
        Sentences.Sentence s = d.group.sentence();
        java.util.regex.Matcher y = YEAR_WORD.matcher(t).region(s.start(), s.end());
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) > d.year) return true;
        }
        return false;
    }

    /** True when the words name a five-year era (十三五) that ends before {@code start}, and none that does not. */
    private static boolean pastEra(String words, int start) {
        if (words.indexOf('五') < 0) return false;
        java.util.regex.Matcher m = ERA.matcher(words);
        boolean past = false;
        while (m.find()) {
            if (YearReader.eraEnd(m.group(1)) >= start) return false;
            past = true;
        }
        return past;
    }

    /** True when the sentence names a year inside or after the plan's period (a goal's year). */
    private static boolean futureYear(String sentence, Integer start) {
        if (start == null || !YearReader.holdsYear(sentence, 0, sentence.length())) return false;
        java.util.regex.Matcher m = YEAR_WORD.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= start) return true;
        }
        return false;
    }
}
