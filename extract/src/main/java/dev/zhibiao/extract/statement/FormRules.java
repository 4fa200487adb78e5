package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Unit;

import java.util.List;
import java.util.Map;

/**
 * The rules that record what a number is ({@link Stage#NUMBER}), whose it is ({@link Stage#SCOPE}) and how a
 * table gave it ({@link Stage#TABLE}, with the year and kind a table's header gives).
 */
final class FormRules {
    static final Rule PERCENT = Rule.of(Stage.NUMBER, "percent", "a percentage",
            "儿童之家覆盖率达到95%。", "全区建设儿童友好公园7个。");
    static final Rule PER_MILLE = Rule.of(Stage.NUMBER, "per-mille", "a rate per thousand (‰, 千分之)",
            "婴儿死亡率降至5‰以下。", "儿童之家覆盖率达到95%。");
    static final Rule POINTS = Rule.of(Stage.NUMBER, "points", "percentage or per-mille points of a change",
            "儿童近视率每年降低0.5个百分点。", "儿童近视率降至50%以下。");
    static final Rule PER_10K = Rule.of(Stage.NUMBER, "rate-per-10k", "a rate per ten thousand or per 100,000",
            "孕产妇死亡率降至10/10万以下。", "婴儿死亡率降至5‰以下。");
    static final Rule COUNT = Rule.of(Stage.NUMBER, "count", "a count or a measure with a unit (个, 所, 小时, 岁)",
            "全区建设儿童友好公园7个。", "儿童之家覆盖率达到95%。");
    static final Rule RANGE = Rule.of(Stage.NUMBER, "range", "two numbers that bound one value (9—10小时)",
            "小学生每天睡眠时间保持在9—10小时。", "小学生每天睡眠时间不少于10小时。");

    static final Rule OWN = Rule.of(Stage.SCOPE, "own", "the document's own figure",
            "儿童之家覆盖率达到95%。", "国纲目标为儿童之家覆盖率达到90%。");
    static final Rule CITED_NATIONAL = Rule.of(Stage.SCOPE, "cited-national",
            "a national benchmark cited beside the document's own (国纲目标为…)",
            "儿童之家覆盖率达到95%（国纲目标为90%）。", "儿童之家覆盖率达到95%。");
    static final Rule CITED_PROVINCIAL = Rule.of(Stage.SCOPE, "cited-provincial",
            "a provincial benchmark cited beside the document's own (省目标为…)",
            "儿童之家覆盖率达到95%（省目标为92%）。", "儿童之家覆盖率达到95%。");
    static final Rule CITED_CITY = Rule.of(Stage.SCOPE, "cited-city",
            "a city's benchmark cited beside the district's own (市目标为…)",
            "儿童之家覆盖率达到95%（市目标为93%）。", "儿童之家覆盖率达到95%。");
    private static final Map<Scope, Rule> CITED = Map.of(
            Scope.NATIONAL, CITED_NATIONAL, Scope.PROVINCIAL, CITED_PROVINCIAL, Scope.CITY, CITED_CITY);

    private static final String TABLE = "专栏1 主要指标\n\t领域\t指标名称（单位）\t2025年\t2030年\n"
            + "\t儿童与健康\t婴儿死亡率（‰）\t≤4.5\t≤4";
    private static final String COLUMNS = "附表 主要指标\n序号\n指标名称\n单位\n2020年基期值\n2025年目标值\n"
            + "1\n孕产妇死亡率\n/10万\n12.5\n<10\n2\n儿童青少年总体近视率\n%\n52.3\n每年降低0.5个百分点";
    private static final String SENTENCE = "到2030年，婴儿死亡率降至4‰以下。";
    static final Rule ROW = Rule.of(Stage.TABLE, "row", "a table row: a name and a value under each year column",
            TABLE, SENTENCE);
    static final Rule COLUMN = Rule.of(Stage.TABLE, "column",
            "a table given one cell per line, led by its header (指标名称, 单位, 基期值, 目标值)", COLUMNS, SENTENCE);
    static final Rule SUB_ROWS = Rule.of(Stage.TABLE, "sub-rows",
            "a row with sub-rows (其中:…) whose values stand one under another in each column",
            "附表 主要指标\n指标\n2020年\n2025年\n1.某比例(%)\n其中:小学\n初中\n81.2%\n70.5%\n90%\n85%", SENTENCE);
    static final Rule CROSS_TABLE = Rule.inReport(Stage.TABLE, "cross-table",
            "a report's table of measures by row (学段 | 招生数(人) | 在校生数(人)): each value is its row's measure of its column",
            "某区2024年教育事业发展统计公报\n学段\t招生数(人)\t在校生数(人)\n小学\t800\t4800\n初中\t700\t2100", SENTENCE);
    static final Rule COLUMN_YEAR = Rule.of(Stage.YEAR, "column-year", "the year of a table's column",
            TABLE, SENTENCE);
    static final Rule COLUMN_HEADER = Rule.of(Stage.KIND, "column-header",
            "a column's header says its values are observed (基期值, 现状值) or goals (目标值)", COLUMNS, SENTENCE);
    static final Rule COLUMN_HEADER_CHANGE = Rule.of(Stage.KIND, "column-header-change",
            "a goal column's cell that states a change (每年降低0.5个百分点)", COLUMNS, SENTENCE);

    private FormRules() {
    }

    static List<Rule> declared() {
        return List.of(PERCENT, PER_MILLE, POINTS, PER_10K, COUNT, RANGE, ROW, COLUMN, SUB_ROWS, CROSS_TABLE, COLUMN_YEAR,
                COLUMN_HEADER, COLUMN_HEADER_CHANGE, OWN, CITED_NATIONAL, CITED_PROVINCIAL, CITED_CITY);
    }

    /** What kind of number a quantity is; a range adds {@link #RANGE}. */
    static List<Rule> number(Quantity q) {
        Unit u = q.unit();
        Rule form = u.equals(Unit.PERCENT) ? PERCENT : u.equals(Unit.PER_MILLE) ? PER_MILLE
                : u.isPoints() ? POINTS : u.equals(Unit.PER_100K) || u.equals(Unit.PER_10K) ? PER_10K
                : COUNT;
        return q.isRange() ? List.of(form, RANGE) : List.of(form);
    }

    /** Whose a figure of scope {@code scope} is in a document whose own scope is {@code own}. */
    static Rule scope(Scope scope, Scope own) {
        if (scope == own) return OWN;
        Rule cited = CITED.get(scope);
        if (cited == null) throw new IllegalStateException("no benchmark of scope " + scope + " is ever cited");
        return cited;
    }
}
