package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.Kind;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two stages that date a record. {@link Stage#YEAR}: the year its own words give (the sentence's year, the
 * end of a from–to, the year that opens the paragraph). {@link Stage#TIME}: once its kind is known, the year it
 * takes (last year's value, the report's year, the eve of the plan, none for a goal a report cites or a goal
 * per year); these run in order, each when its case holds.
 */
final class TimeRules {
    static final Rule SENTENCE_YEAR = Rule.of(Stage.YEAR, "sentence-year",
            "the year the sentence names before the number",
            "到2025年，儿童之家覆盖率达到95%。", "儿童之家覆盖率达到95%。");
    static final Rule YEAR_AFTER = Rule.of(Stage.YEAR, "year-after",
            "a year in brackets right after the value (80.2岁(2020年末)) is the value's own",
            "全区人均预期寿命达到80.2岁(2020年末)。", "全区人均预期寿命达到80.2岁(较2020年末提高0.3岁)。");
    static final Rule CHANGE_OVER_PERIOD = Rule.of(Stage.YEAR, "change-over-period",
            "a change done over a period that opens the sentence or clause (2010—2020年，…下降了41.2%) is counted from "
                    + "the period's first year to its last",
            "2016—2020年，全区婴儿死亡率下降了21.5%。", "2016—2020年，全区婴儿死亡率下降到2.1‰。");
    static final Rule FROM_TO_END = Rule.of(Stage.YEAR, "from-to-end",
            "the end of a from–to (由2020年的80%提高到95%) takes the sentence's year, not the starting one",
            "到2025年，儿童之家覆盖率由2020年的80%提高到95%。", "到2025年，儿童之家覆盖率提高到95%。");
    static final Rule FROM_BASELINE = Rule.inReport(Stage.YEAR, "from-baseline",
            "a starting value with no year of its own (从5个百分点缩小到3个) is of the year the sentence compares with",
            "2024年，女性识字率比2020年提高2个百分点，男、女识字率差距从5个百分点缩小到3个百分点。",
            "2024年，男、女识字率差距从5个百分点缩小到3个百分点。");
    static final Rule LISTED_YEARS = Rule.of(Stage.YEAR, "listed-years",
            "years listed before values given 分别 (2020年、2021年、2022年…分别是…) date the values in turn",
            "2020年、2021年、2022年全区小学生近视率分别是40.1%、38.6%和37.2%。",
            "2022年全区小学生、初中生、高中生近视率分别是40.1%、68.6%和77.2%。");
    static final Rule FROM_PARALLEL = Rule.of(Stage.YEAR, "from-parallel",
            "a change from a value with no year (…从19.6%下降到…) after a dated one in its sentence (由2017年的…提高到…) "
                    + "starts in the same year",
            "2024年，全区人均预期寿命由2020年的79.5岁提高到80.2岁，婴儿死亡率从3.1‰下降到2.6‰。",
            "2024年，全区婴儿死亡率从3.1‰下降到2.6‰。");
    static final Rule FROM_PERIOD_START = Rule.of(Stage.YEAR, "from-period-start",
            "a change from a value with no year, in a sentence opened by a period (2011—2020年，…由…提高到…), starts in "
                    + "the period's first year (and arrives in its last)",
            "2016—2020年，全区学前教育毛入园率由85.2%提高到92.6%。", "2020年，全区学前教育毛入园率由85.2%提高到92.6%。");
    static final Rule PARAGRAPH_YEAR = Rule.inReport(Stage.YEAR, "paragraph-year",
            "a clause with no year takes the one that opens its paragraph, or a breakdown (其中) the one of the sentence it breaks down (2023年，…。…)",
            "2023年，全区儿童之家覆盖率为85%。儿童友好公园数量达到7个。",
            "全区儿童之家覆盖率为85%。儿童友好公园数量达到7个。");
    static final Rule YEAR_BEFORE = Rule.inReport(Stage.TIME, "year-before",
            "the value right after a relative baseline (较上年52%) is that earlier year's",
            "儿童近视率为51%，较上年52%下降1个百分点。", "儿童近视率为51%。");
    static final Rule REPORT_YEAR = Rule.inReport(Stage.TIME, "report-year",
            "an observed value or a change of a report with no year of its own is the report's year's",
            "儿童近视率为49%。", "2022年儿童近视率为49%。");
    static final Rule YEAR_OF_GOAL_REACHED = Rule.inReport(Stage.TIME, "year-of-goal-reached",
            "a year naming the goal a state reached (提前达到2030年目标的有12项) dates the goal, not the count: "
                    + "the count is the report's year's",
            "监测的20项指标中，已提前达到2030年目标的有12项。", "到2030年，儿童之家覆盖率达到95%。");
    static final Rule YEAR_BEFORE_PLAN = Rule.of(Stage.TIME, "year-before-plan",
            "a value a plan states as reached, with no year, is of the eve of its period",
            "全区现有儿童之家85个。", "到2025年，全区儿童之家达到100个。");
    static final Rule GOAL_CITED_IN_REPORT = Rule.inReport(Stage.TIME, "goal-cited-in-report",
            "a goal a report cites is not for the report's year, unless it names a year to come",
            "儿童近视率控制在50%以内。", "到2030年，儿童近视率控制在45%以内。");
    static final Rule PER_YEAR_GOAL = Rule.of(Stage.TIME, "per-year-goal",
            "a goal per year (每年降低) has no year of its own",
            "到2025年，儿童近视率每年降低0.5个百分点。", "到2025年，儿童近视率降低3个百分点。");
    static final Rule FROM_UNDATED_TIME = Rule.of(Stage.TIME, "from-undated-time",
            "the starting value of a change from a time named without a year (从项目实施前的21.5%下降到…) is of no year",
            "2024年，某病发病率从项目实施前的12.5%下降到3.1%。", "2024年，某病发病率从2019年的12.5%下降到3.1%。");
    static final Rule FROM_UNDATED_START = Rule.of(Stage.TIME, "from-undated-start",
            "the starting value of a change that writes no time of its own (2022年，某率从5.3‰降至3.2‰) is not of the "
                    + "year the change arrives in: it takes no year, or in a report the report's own, as any undated value there",
            "2022年，某病发病率从5.3%下降到3.1%。", "2022年，某病发病率从2019年的5.3%下降到3.1%。");
    static final Rule NONE = Rule.of(Stage.TIME, "none",
            "no year: a goal of the plan that names none",
            "儿童之家覆盖率达到95%。", "到2025年，儿童之家覆盖率达到95%。");

    private static final Pattern TO = Pattern.compile("到|至|(?:" + dev.zhibiao.extract.Vocabulary.verbWords() + ")为");
    /** （2021年为4.9‰）: brackets closed before the number hold an aside's own year. */
    /** 较2022年的: the values right after are that year's; 比2015年的8.2‰和: so is each of a list of them. */
    private static final Pattern VALUE_OF_YEAR = Pattern.compile("\\s*的\\s*(?:\\d+(?:\\.\\d+)?[^，。；、和及与\\d]{0,5}[、和及与]\\s*)*");
    private static final Pattern RECENT_YEARS = Pattern.compile("近[一二三四五六七八九十两\\d]+年|累计|以来");
    /** Words of a span of years (“十三五”期间, 五年来, 以来): a figure of such a span has no single year. */
    private static final Pattern ERA_SPAN = Pattern.compile("期间|年来|以来|时期");
    /** A goal named by its year ({@code 2025年目标（≤47%）}, {@code 2025年目标值为}), between the year and the number. */
    private static final Pattern GOAL_OF_YEAR = Pattern.compile("^目标值?\\s*(?:[（(]|为|是)?\\s*$");
    private static final Guarded FROM_UNDATED = Guarded.of("(?:从|由)(?:[^，。；\\d从由]{1,10}?(?:以前|之前|前|初期|之初)|原来|原先|原有"
            // 从90年代初的41.6‰, 从八十年代末的: a decade names no one year
            + "|(?:(?:19)?[5-9]0|[五六七八九]十)\\s*年代(?:初期|末期|中期|初|末|中)?)的?\\s*"
            // 从原来的40.5‰和60.2‰: each value of a list the time opens
            + "(?:\\d+(?:\\.\\d+)?[^，。；、和及与\\d]{0,5}[、和及与]\\s*)*$", "从由");
    private static final Guarded PER_YEAR = Guarded.of("每年|(?<![\\d\\s])年均|逐年", "年");

    /** A case of the TIME stage; {@code clears} when the case is why the record has no year. */
    private record Adjustment(Rule rule, Predicate<Draft> holds, Function<Draft, Integer> year, boolean clears) {
        Adjustment(Rule rule, Predicate<Draft> holds, Function<Draft, Integer> year) {
            this(rule, holds, year, false);
        }
    }

    private final List<String> targetMarkers = Lexicon.load("statement/target-markers.txt").words();
    private final List<Adjustment> adjustments = List.of(
            new Adjustment(YEAR_OF_GOAL_REACHED, TimeRules::yearOfGoalReached, d -> d.ctx().docYear()),
            new Adjustment(YEAR_BEFORE, d -> d.kindRule == KindRules.VALUE_OF_YEAR_BEFORE, d -> {
                Integer y = d.year != null ? d.year : d.report() ? d.ctx().docYear() : null;
                return y == null ? null : y - 1;
            }),
            new Adjustment(REPORT_YEAR, d -> d.kind == Kind.CHANGE && d.report() && d.year == null,
                    d -> d.ctx().docYear()),
            new Adjustment(REPORT_YEAR, d -> d.kind == Kind.ACTUAL && d.year == null && d.ctx().doc().period() != null
                    && d.report(), d -> RECENT_YEARS.matcher(d.clauseText).find() ? null : d.ctx().docYear()),
            // news of a plan (本报讯 过去五年，…提高到83.2岁。…制定实施“十四五”规划) tells its own time, not the plan's eve
            new Adjustment(YEAR_BEFORE_PLAN, d -> d.kind == Kind.ACTUAL && d.year == null && !d.ofPastEra
                    && d.ctx().doc().period() != null && !d.report() && !ofNow(d)
                    && !(d.ctx().doc().type() == dev.zhibiao.model.DocumentType.NEWS
                    && opensWithOwnTime(d.group.text(), d.group.sentence())), TimeRules::eveOfPlan),
            new Adjustment(GOAL_CITED_IN_REPORT, TimeRules::citedInReport, d -> null, true),
            new Adjustment(FROM_UNDATED_TIME, TimeRules::fromUndatedTime, d -> null, true),
            new Adjustment(FROM_UNDATED_START, TimeRules::undatedStart,
                    d -> d.report() && (d.year == null || d.year.equals(d.ctx().docYear())) ? d.ctx().docYear() : null, true),
            new Adjustment(PER_YEAR_GOAL, d -> d.kind != Kind.ACTUAL && PER_YEAR.find(d.clauseText)
                    && !(d.report() && d.kind == Kind.CHANGE && !contains(d.clauseText, targetMarkers)), d -> null, true));

    static List<Rule> declared() {
        return List.of(SENTENCE_YEAR, YEAR_AFTER, CHANGE_OVER_PERIOD, LISTED_YEARS, FROM_TO_END, FROM_BASELINE, FROM_PARALLEL, FROM_PERIOD_START, PARAGRAPH_YEAR, YEAR_OF_GOAL_REACHED, YEAR_BEFORE, REPORT_YEAR, YEAR_BEFORE_PLAN,
                GOAL_CITED_IN_REPORT, FROM_UNDATED_TIME, FROM_UNDATED_START, PER_YEAR_GOAL, NONE);
    }

    /** A change verb right before the number, done (下降了41.2%) and with no 到 or 至 making it a level. */
    private static final Pattern CHANGE_DONE = Pattern.compile("(?:" + dev.zhibiao.extract.Vocabulary.verbWords() + ")了?\\s*$");
    /** The period that opens the number's sentence or clause (2010—2020年，…), as a matcher that found it; or null. */
    private static Matcher periodOpening(String t, Group g, int at) {
        int from = g.sentence().start();
        // every period opens with its first year's digit or a few words of a speaker: only such openings are tried
        if (!YearReader.holdsYear(t, from, Math.min(at, from + 40))) return null;
        Matcher period = PERIOD_OPENS.matcher(t).region(from, at);
        if (period.lookingAt() && period.end() <= at) return period;
        period = PERIOD_OPENS.matcher(t).region(g.clause()[0], at);
        return period.lookingAt() && period.end() <= at ? period : null;
    }

    /** A change verb with 到 or 至 right before the number: the level a change arrived at (下降到2.1‰). */
    private static final Pattern ARRIVED_AT = Pattern.compile("(?:" + dev.zhibiao.extract.Vocabulary.verbWords() + ")(?:到|至)\\s*$");
    /** A year alone in brackets: 80.2岁(2020年末), 4.5‰（2023年）. */
    private static final Pattern BRACKETED_YEAR_AFTER = Pattern.compile("\\s*[(（]\\s*((?:19|20)\\d{2})\\s*年(?:末|底|度)?\\s*[)）]");

    /** The {@link Stage#YEAR} stage: the year, baseline and multiple the words before the number give. */
    void date(Draft d) {
        Group g = d.group;
        String t = g.text();
        int at = d.number.start();
        // beforeFrom: the last year of the sentence that is not a from–to's starting year
        Integer beforeFrom = null;
        boolean afterFrom = false;
        // 是2010年的1.9倍: a multiple of that year's level, a change counted from it
        int multipleAt = -1;
        if (d.number.unit().symbol().equals("倍")) {
            Matcher mult = KindRules.MULTIPLE.matcher(t).region(g.clause()[0], at);
            if (mult.find()) {
                if (mult.group(1) != null) {
                    d.multipleOf = Integer.parseInt(mult.group(1));
                    multipleAt = mult.start(1);
                } else if (mult.group(2) != null) {
                    d.multipleOf = YearReader.eraEnd(mult.group(2));
                } else {
                    d.multipleOfLastYear = true;
                }
            }
        }
        // the starting year of the last dated from–to before the number, in its sentence
        Integer lastFrom = null;
        // 截至2022年底，…，目前每千人口拥有托位3.4个: a clause opening with now takes no year of the clauses before
        boolean now = g.clause()[0] > g.sentence().start() && NOW_OPENS.matcher(t).region(g.clause()[0], at).lookingAt();
        for (YearReader.YearMention m : g.years()) {
            if (m.start() >= at) break;
            if (now && m.start() < g.clause()[0]) continue;
            if (m.role() == YearReader.Role.FROM && m.start() >= g.sentence().start()) lastFrom = m.year();
            if (m.start() == multipleAt) continue;
            // a year inside a cited goal belongs to that citation
            if (ScopeReader.at(g.ctx().stretches(), m.start(), null) != ScopeReader.at(g.ctx().stretches(), at, null)) continue;
            // （2021年为4.9‰）: a year inside brackets closed before the number is the aside's own
            if (closedBetween(t, m.end(), at)) continue;
            if (m.role() == YearReader.Role.BASELINE && (VALUE_OF_YEAR.matcher(t).region(m.end(), at).matches()
                    || bracketedAfter(t, m.end(), g.first().start(), at))) {
                // 较2022年的4.9‰, 较2022年(4.9‰和5.1‰): the value the comparison starts from, that year's own
                d.year = m.year();
                d.yearEnd = m.end();
            } else if (m.role() == YearReader.Role.BASELINE) {
                d.baseline = m.year();
            } else {
                if (m.role() != YearReader.Role.FROM) beforeFrom = m.year();
                d.year = m.year();
                d.yearEnd = m.end();
                d.ownYear = true;
                afterFrom = m.role() == YearReader.Role.FROM && TO.matcher(t).region(m.end(), at).find();
            }
        }
        // 由2020年的0.9个提高到2.75个: the value reached is not the starting year's; it takes the sentence's own
        if (afterFrom) d.year = beforeFrom;
        if (d.year != null) d.timeRule = afterFrom ? FROM_TO_END : SENTENCE_YEAR;
        // 人均预期寿命达到80.2岁(2020年末): a year in brackets right after the value is its own
        Matcher after = BRACKETED_YEAR_AFTER.matcher(t).region(d.number.end(), Math.min(t.length(), d.number.end() + 16));
        if (after.lookingAt()) {
            d.year = Integer.parseInt(after.group(1));
            d.yearEnd = after.end();
            d.ownYear = true;
            d.timeRule = YEAR_AFTER;
            return;
        }
        // 2020年、2021年、2022年…分别是a、b和c: each value is of its year in the list
        if (g.size() > 1 && d.ownYear && !afterFrom) {
            List<Integer> listed = listedYears(t, g);
            int i = g.numbers().indexOf(d.number);
            if (listed != null && i >= 0) {
                d.year = listed.get(i);
                d.timeRule = LISTED_YEARS;
            }
        }
        // 2019—2021年，某率分别为a、b和c: each value is of its year in the period
        if (d.year == null && d.baseline == null) {
            List<Integer> years = yearsOfPeriod(t, g);
            int i = g.numbers().indexOf(d.number);
            if (years != null && i >= 0) {
                d.year = years.get(i);
                d.yearEnd = at;
                d.timeRule = LISTED_YEARS;
                return;
            }
        }
        // 比2020年提高0.5年；…差距从5个百分点缩小到3个: a starting value with no year of its own is of the year
        // the sentence compares with
        if (d.baseline != null && startsFrom(t, g.sentence().start(), at)) {
            d.year = d.baseline;
            d.yearEnd = at;
            d.baseline = null;
            d.timeRule = FROM_BASELINE;
            return;
        }
        // 由2019年的78.1岁提高到2020年的78.6岁，某率从12.4%下降到11.7%: a later change from a value with no year
        // of its own, in the same sentence, starts where the dated one did
        if (lastFrom != null && startsFrom(t, g.sentence().start(), at)) {
            d.year = lastFrom;
            d.yearEnd = at;
            d.timeRule = FROM_PARALLEL;
            return;
        }
        // 2011—2020年，某率由83.5%提高到84.2%: a change over a period starts in its first year and arrives in its last
        boolean starts = startsFrom(t, g.sentence().start(), at);
        if (starts || arrives(t, g.clause()[0], at)) {
            // a speaker may open the sentence before the period (某某介绍，2019年至2021年，…)
            Matcher period = PERIOD_OPENS.matcher(t).region(g.sentence().start(), Math.min(at, g.sentence().start() + 36));
            boolean found = period.lookingAt();
            // 某率在2016年至2021年，从60.1%下降至52.3%: the period stands right before the change it spans
            if (!found) {
                period = PERIOD_BEFORE_FROM.matcher(t).region(g.sentence().start(), at);
                while (period.find()) found = true;
                if (found) {
                    period = PERIOD_BEFORE_FROM.matcher(t).region(g.sentence().start(), at);
                    int last = -1;
                    while (period.find()) last = period.start();
                    period.find(last);
                }
            }
            if (found) {
                d.year = Integer.parseInt(starts ? period.group(1) : period.group(2));
                d.yearEnd = at;
                d.timeRule = starts ? FROM_PERIOD_START : FROM_TO_END;
                return;
            }
        }
        // 2010—2020年，全市婴儿死亡率下降了41.2%: a change done over a period opening its sentence or clause is
        // counted from the period's first year to its last
        // (2016—2020年，…下降到2.1‰: the level it arrived at is of the period's last year)
        Matcher period = d.year == null && d.baseline == null ? periodOpening(t, g, at) : null;
        if (period != null) {
            boolean done = CHANGE_DONE.matcher(t).region(Math.max(g.clause()[0], at - 8), at).find();
            if (done || ARRIVED_AT.matcher(t).region(Math.max(g.clause()[0], at - 8), at).find()) {
                d.year = Integer.parseInt(period.group(2));
                if (done) d.baseline = Integer.parseInt(period.group(1));
                d.yearEnd = at;
                d.timeRule = done ? CHANGE_OVER_PERIOD : FROM_TO_END;
                return;
            }
        }
        // a clause with no year takes the one that opens its paragraph (2022年，…为98.2%。…提高3.3个百分点)
        Integer carried = d.year == null ? g.ctx().carriedYear(g.sentence().start()) : null;
        if (carried != null && (!d.ownYear || afterFrom) && !opensWithOwnTime(t, g.sentence()) && !now) {
            d.year = carried;
            d.timeRule = PARAGRAPH_YEAR;
        }
        // a baseline year the sentence does not write before the number is not this number's
        if (d.baseline != null && !t.substring(g.sentence().start(), at).contains(String.valueOf(d.baseline))
                && !t.substring(g.sentence().start(), at).contains(eraOf(d.baseline))) {
            d.baseline = null;
        }
    }

    /**
     * True when the list's values stand in brackets right after the year compared with ({@code 较2012年(84.99%和
     * 94.08%)}) and the number is one of them.
     */
    private static boolean bracketedAfter(String t, int yearEnd, int first, int at) {
        if (yearEnd > first || !BRACKET_OPENS.matcher(t).region(yearEnd, first).matches()) return false;
        for (int i = first; i < at; i++) {
            if (t.charAt(i) == ')' || t.charAt(i) == '）') return false;
        }
        return true;
    }

    /** A period opening a sentence, after a speaker at most: 2011—2020年, 2016-2020年间; “十三五”时期 is read elsewhere. */
    private static final Pattern PERIOD_OPENS = Pattern.compile(
            "\\s*(?:[^，,。；\\d]{1,14}?(?:介绍|表示|指出|说|显示|获悉|了解到)\\s*[，,：:]\\s*)?"
                    + "(?:在)?((?:19|20)\\d{2})\\s*年?\\s*(?:-|—{1,2}|–|~|至|到)\\s*((?:19|20)\\d{2})\\s*年(?:间|期间)?\\s*[，,]?");
    private static final Pattern BRACKET_OPENS = Pattern.compile("\\s*[（(]\\s*");
    /** A period right before the 从 or 由 of a change over it (在2016年至2021年，从…), wherever it stands. */
    private static final Pattern PERIOD_BEFORE_FROM = Pattern.compile(
            "(?:在)?((?:19|20)\\d{2})\\s*年?\\s*(?:-|—{1,2}|–|~|至|到)\\s*((?:19|20)\\d{2})\\s*年(?:间|期间)?\\s*[，,]?\\s*(?=[从由])");

    /** 从项目实施前的…: the number starts a change from a time named without a year. */
    static boolean fromUndatedTime(Draft d) {
        String t = d.group.text();
        int at = d.number.start(), from = Math.max(d.group.clause()[0], at - 14);
        return KindRules.holdsFrom(t, from, at) && FROM_UNDATED.find(t.substring(from, at));
    }

    /** True when the number is where a change from another arrives ({@code 由…提高到84.2%}): 到 or 至 before it. */
    private static boolean arrives(String t, int clauseStart, int at) {
        int i = at - 1;
        while (i >= clauseStart && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '了')) i--;
        if (i < clauseStart || t.charAt(i) != '到' && t.charAt(i) != '至') return false;
        return KindRules.holdsFrom(t, clauseStart, i);
    }

    /**
     * A sentence that opens with a time of its own ({@code 十年来，…}, {@code 目前，…}, {@code 过去五年，…}, {@code
     * “十二五”时期，…}): the year
     * opening its paragraph dated something else (2001年，省政府颁布了…), not the figures this sentence gives.
     */
    private static final Pattern OWN_TIME = Pattern.compile("\\s*(?:据[^，,。；]{1,4}[，,]\\s*)?[^，,。；\\d]{0,8}?(?:目前|当前|如今|至今|今年|本年"
            + "|[一二三四五六七八九十两多几\\d]年(?:来|以来)|近年来|过去[一二三四五六七八九十两\\d]{1,2}年|回眸|回顾"
            // “十二五”时期, 十三五期间: a plan's era of its own
            + "|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来))");

    private static boolean opensWithOwnTime(String t, Sentences.Sentence s) {
        return OWN_TIME.matcher(t).region(s.start(), Math.min(s.end(), s.start() + 20)).lookingAt();
    }

    /** Years listed one after another (2020年、2021年和2022年), with nothing else between. */
    private static final Pattern YEAR_LIST = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年(?:\\s*[、和及与]\\s*(?:19|20)\\d{2}\\s*年)+");

    /**
     * The years listed before a list of values given 分别, one for each value in order; null when the clause lists
     * none, or as many years as there are values.
     */
    private static List<Integer> listedYears(String t, Group g) {
        int from = g.clause()[0], to = g.first().start();
        if (t.substring(from, to).indexOf("分别") < 0) return null;
        // 到2023年和2030年，某率分别不低于52%和60%: the years may open the sentence, a clause before the values
        String before = t.substring(g.sentence().start(), to);
        Matcher m = YEAR_LIST.matcher(before);
        if (!m.find()) return null;
        List<Integer> years = new java.util.ArrayList<>();
        Matcher y = YearReader.YEAR.matcher(m.group());
        while (y.find()) years.add(Integer.parseInt(y.group(1)));
        if (m.find() || years.size() != g.size() || new java.util.HashSet<>(years).size() != years.size()) return null;
        return years;
    }

    /**
     * 2019—2021年，…分别为a、b和c: a period opening the sentence, with as many years as the values given 分别, dates
     * them year by year; or null.
     */
    private static List<Integer> yearsOfPeriod(String t, Group g) {
        if (g.size() < 2 || t.substring(g.clause()[0], g.first().start()).indexOf("分别") < 0) return null;
        Matcher period = PERIOD_OPENS.matcher(t).region(g.sentence().start(), g.first().start());
        if (!period.lookingAt()) return null;
        int first = Integer.parseInt(period.group(1)), last = Integer.parseInt(period.group(2));
        if (last - first + 1 != g.size()) return null;
        List<Integer> years = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) years.add(y);
        return years;
    }

    /** The five-year era a year ends (2015 → 十二五), or "" when it ends none. */
    static String eraOf(int year) {
        int n = (year - 1955) / 5 - 11;
        if ((year - 1955) % 5 != 0 || n < 0 || n > 8) return "\0";
        return "十" + "一二三四五六七八九".charAt(n) + "五";
    }

    /** A clause opening with now (目前, 当前, 如今, 现在), after a place's word at most. */
    private static final Pattern NOW_OPENS = Pattern.compile("\\s*[^，,。；\\d]{0,4}?(?:目前|当前|如今|现在)");

    /** 到目前, 至今: a sentence of figures as they stand now names no year, and the plan's eve is not one. */
    private static boolean ofNow(Draft d) {
        Sentences.Sentence s = d.group.sentence();
        String t = d.group.text();
        int i = t.indexOf("目前", s.start());
        if (i >= 0 && i < d.number.start()) return true;
        i = t.indexOf("至今", s.start());
        return i >= 0 && i < d.number.start();
    }

    /** True when 从 or 由 opens the number ({@code 从5个…}), with at most spaces between. */
    private static boolean startsFrom(String t, int from, int at) {
        int i = at - 1;
        while (i >= from && Character.isWhitespace(t.charAt(i))) i--;
        return i >= from && (t.charAt(i) == '从' || t.charAt(i) == '由');
    }

    /**
     * True when the number opens a from–to right after its 从 or 由 and arrives somewhere after it in its clause,
     * dated only by the sentence, the paragraph or the report: the time those give is the arrival's.
     */
    private static boolean undatedStart(Draft d) {
        if (d.timeRule != SENTENCE_YEAR && d.timeRule != PARAGRAPH_YEAR && d.timeRule != REPORT_YEAR) return false;
        String t = d.group.text();
        // 分别从20.1/10万、8.1‰和10.7‰降至…: each value of a list the 从 opens starts the change
        int at = d.group.first().start(), end = d.group.last().end();
        if (end > d.group.clause()[1]) return false;
        return startsFrom(t, d.group.clause()[0], at) && TO.matcher(t).region(end, d.group.clause()[1]).find();
    }

    /** The {@link Stage#TIME} stage: the year the record takes once its kind is known; the rule that set it. */
    Rule decide(Draft d) {
        boolean cleared = false;
        for (Adjustment a : adjustments) {
            if (a.holds().test(d)) {
                d.year = a.year().apply(d);
                d.timeRule = a.rule();
                cleared = a.clears();
            }
        }
        return cleared ? d.timeRule : d.timeRule == null || d.year == null ? NONE : d.timeRule;
    }

    /** True when a goal of a change or a level holds for each year ({@code 每年}, {@code 年均}). */
    static boolean perYear(String window) {
        return PER_YEAR.find(window);
    }

    /** A review of a whole era (“十三五”期间…) dates nothing; a plan's preamble baseline is its eve. */
    private static Integer eveOfPlan(Draft d) {
        LineContext ctx = d.ctx();
        int at = d.number.start();
        boolean review = KindRules.REVIEW.matcher(ctx.seg().sectionAt(at).path().toString()).find()
                && ERA_SPAN.matcher(ctx.text()).region(ctx.lineStart(), at).find();
        return review ? null : ctx.doc().period().start() - 1;
    }

    /** A report's year is not its goals' year, unless the goal is named by its own (2025年目标, 到2025年…). */
    /** 已提前达到2030年目标的有12项: the year is the goal's, and the number is no value of that goal. */
    private static boolean yearOfGoalReached(Draft d) {
        if (d.kind != Kind.ACTUAL || !d.report() || d.yearEnd < 0 || !d.group.text().startsWith("目标", d.yearEnd)) return false;
        return !GOAL_OF_YEAR.matcher(d.group.text()).region(d.yearEnd, d.number.start()).find();
    }

    private static boolean citedInReport(Draft d) {
        Integer docYear = d.ctx().docYear();
        // 今年，全市将新增…: a goal whose own words date it, in a report that dates none of its own, keeps its year
        boolean yearToCome = d.ownYear && d.year != null && (docYear == null || d.year > docYear);
        return d.kind == Kind.TARGET && d.report() && !yearToCome
                && !(d.yearEnd >= 0 && GOAL_OF_YEAR.matcher(d.group.text()).region(d.yearEnd, d.number.start()).find());
    }

    /** True when a bracket open at {@code from} closes before {@code to}. */
    private static boolean closedBetween(String t, int from, int to) {
        int open = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') open++;
            else if ((c == '）' || c == ')') && open-- == 0) return true;
        }
        return false;
    }

    static boolean contains(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }
}
