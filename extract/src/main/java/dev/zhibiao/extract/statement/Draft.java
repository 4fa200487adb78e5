package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Kind;

/**
 * One record as the {@link Stage#YEAR}, {@link Stage#KIND} and {@link Stage#TIME} stages make it: each reads
 * what the ones before set and sets its own fields.
 */
final class Draft {
    final Group group;
    final Quantity number;
    final String clauseText;
    Bound bound;
    /** The rule that named the record, in the {@link Stage#NAME} stage before. */
    final Rule nameRule;

    // set by the YEAR stage
    Integer year;
    Integer baseline;
    /** Where the year the number is dated by ends in the text, or -1. */
    int yearEnd = -1;
    /** True when the sentence names a year of its own before the number. */
    boolean ownYear;
    /** The year a multiple is of ({@code 是2010年的1.9倍}), or null. */
    Integer multipleOf;
    /** True for a multiple of last year's level ({@code 是上年的1.2倍}), whose year follows from the record's. */
    boolean multipleOfLastYear;
    /** True for a value of a five-year era the plan comes after (“十三五”时期…): of that span, not of one year. */
    boolean ofPastEra;
    Rule timeRule;

    // set by the KIND stage
    ChangeReader.Change change;
    /** True when a relative baseline (较上年) is named before the number. */
    boolean relative;
    Kind kind;
    Rule kindRule;

    Draft(Group group, Quantity number, Bound bound, Rule nameRule) {
        this.group = group;
        this.nameRule = nameRule;
        this.number = number;
        this.bound = bound;
        this.clauseText = group.text().substring(group.clause()[0], group.clause()[1]);
    }

    LineContext ctx() {
        return group.ctx();
    }

    boolean report() {
        return group.ctx().report();
    }
}
