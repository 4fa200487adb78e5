package dev.zhibiao.extract.statement;

/**
 * The stages a statement is read in, in their order. Each stage takes what the ones before gave and adds one
 * thing to the record; its rules are declared in {@link StatementRules} with an example and a counter-example,
 * and the code of the rule that decided ({@code name:list-items}) is kept in the record's trace.
 */
public enum Stage {
    /** The numbers of a line and what they are (a percentage, a count, a range): {@code number:percent}. */
    NUMBER("number"),
    /** Rows and columns of a table, read cell by cell before any sentence: {@code table:row}. */
    TABLE("table"),
    /** Numbers that are no figure (a formula, a deadline, a count of the plan's own goals): {@code skip:formula}. */
    SKIP("skip"),
    /** What each number measures, from its clause and the clauses before: {@code name:subject}. */
    NAME("name"),
    /** The literal bound the wording sets (以上 is {@code >=}): {@code bound:before}. */
    BOUND("bound"),
    /** The year the words date a number by, before its kind is known: {@code time:sentence-year}. */
    YEAR("time"),
    /** A level or a change, a goal or an observed value: {@code kind:goal}. */
    KIND("kind"),
    /** The year the record takes, once its kind is known: {@code time:report-year}. */
    TIME("time"),
    /** The name completed by the quantity it counts, once the kind is known: {@code name:quantity-word}. */
    FINISH("name"),
    /** Whose the figure is: the document's own or a cited benchmark's: {@code scope:own}. */
    SCOPE("scope"),
    /** The plan area a record is filed under, once its indicator is known: {@code area:of-indicator}. */
    AREA("area");

    private final String prefix;

    Stage(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of its rules' codes. Two stages that both decide a year share {@code time}. */
    public String prefix() {
        return prefix;
    }
}
