package dev.zhibiao.extract.statement;

import java.util.Objects;

/**
 * The declaration of one rule of a {@link Stage}: its name, what it reads, and an example the rule decides
 * with a counter-example it must not, each read in the document its {@code context} names ({@code district plan
 * 2021-2025}, {@code district report 2024}, {@code national plan 2021-2030}). A test reads every declared
 * example through the whole extractor and checks the rule's code is, and is not, in the records' trace.
 *
 * @param stage          the stage the rule belongs to
 * @param name           its name within the stage ({@code list-items})
 * @param reads          what it reads, in a sentence
 * @param context        the document its examples are read in
 * @param example        a text the rule decides
 * @param counterExample a text like it that the rule must not decide
 */
public record Rule(Stage stage, String name, String reads, String context, String example, String counterExample) {
    /** The context of most examples: a district's plan for 2021 to 2025. */
    public static final String PLAN = "district plan 2021-2025";
    /** A district's monitoring report for 2024. */
    public static final String REPORT = "district report 2024";

    public Rule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(counterExample, "counterExample");
    }

    /** A rule whose examples are read in a district's plan. */
    static Rule of(Stage stage, String name, String reads, String example, String counterExample) {
        return new Rule(stage, name, reads, PLAN, example, counterExample);
    }

    /** A rule whose examples are read in a district's monitoring report. */
    static Rule inReport(Stage stage, String name, String reads, String example, String counterExample) {
        return new Rule(stage, name, reads, REPORT, example, counterExample);
    }

    /** The code kept in a record's trace: {@code skip:formula}. */
    public String code() {
        return stage.prefix() + ":" + name;
    }

    @Override
    public String toString() {
        return code();
    }
}
