/**
 * Reading statements into records. {@link dev.zhibiao.extract.statement.StatementReader} takes the document,
 * its profile and its section tree, and gives the target records ({@code Target}) of its sentences and
 * tables: for each quantity, the indicator named
 * ({@link dev.zhibiao.extract.statement.IndicatorNamer}, with HanLP on the short windows around a number),
 * the bound the wording sets, the year it is for and the baseline year of a change
 * ({@link dev.zhibiao.extract.statement.YearReader}), whether it is a level or a change, whether it is a
 * target or an observed value, and whose it is: the document's own or a cited benchmark's
 * ({@link dev.zhibiao.extract.statement.ScopeReader}).
 *
 * <p>A list of numbers is read in the stages of {@link dev.zhibiao.extract.statement.Stage}, in order: skip,
 * name, bound, year, kind, time, finish, scope; once the records' indicators are resolved, the area
 * ({@link dev.zhibiao.extract.statement.AreaRules}). Each stage is a small class ({@code SkipRules}, {@code NameRules},
 * {@code BoundRules}, {@code TimeRules}, {@code KindRules}, {@code AreaRules}) whose rules are declared, with an example and a
 * counter-example, in the order they are tried; {@link dev.zhibiao.extract.statement.StatementRules} lists them
 * all, and a record's trace holds the code of each rule that decided it.
 *
 * <p>A time frame and the subject of a list carry from clause to clause; tables are read row by row. Each
 * record keeps its span and quote in the original text. The word lists the readers use live under
 * {@code statement/} and {@code number/}.
 */
package dev.zhibiao.extract.statement;
