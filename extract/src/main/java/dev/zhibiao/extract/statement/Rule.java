package dev.zhibiao.extract.statement;

import java.util.Objects;

/**
 * The declaration of one rule of a {@link Stage}: its name, what it reads, and an example the rule decides
 * with a counter-example it must not, each read in the document its {@code context} names ({@code district plan
 * 2021-2025}, {@code district report 2024}, {@code national plan 2021-2030}). A test reads every declared
 * example through the whole extractor and checks the rule's code is, and is not, in the records' trace. Immutable.
 */
public final class Rule {
    /** The context of most examples: a district's plan for 2021 to 2025. */
    public static final String PLAN = "district plan 2021-2025";
    /** A district's monitoring report for 2024. */
    public static final String REPORT = "district report 2024";

    private final Stage stage;
    private final String name;
    private final String reads;
    private final String context;
    private final String example;
    private final String counterExample;
    /** Made once: every record a rule decides carries it in its trace. */
    private final String code;

    public Rule(Stage stage, String name, String reads, String context, String example, String counterExample) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.name = Objects.requireNonNull(name, "name");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.context = Objects.requireNonNull(context, "context");
        this.example = Objects.requireNonNull(example, "example");
        this.counterExample = Objects.requireNonNull(counterExample, "counterExample");
        this.code = stage.prefix() + ":" + name;
    }

    /** A rule whose examples are read in a district's plan. */
    static Rule of(Stage stage, String name, String reads, String example, String counterExample) {
        return new Rule(stage, name, reads, PLAN, example, counterExample);
    }

    /** A rule whose examples are read in a district's monitoring report. */
    static Rule inReport(Stage stage, String name, String reads, String example, String counterExample) {
        return new Rule(stage, name, reads, REPORT, example, counterExample);
    }

    public Stage stage() {
        return stage;
    }

    public String name() {
        return name;
    }

    public String reads() {
        return reads;
    }

    public String context() {
        return context;
    }

    public String example() {
        return example;
    }

    public String counterExample() {
        return counterExample;
    }

    /** The code kept in a record's trace: {@code skip:formula}. */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r && stage == r.stage && name.equals(r.name) && reads.equals(r.reads)
                && context.equals(r.context) && example.equals(r.example) && counterExample.equals(r.counterExample);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, name, reads, context, example, counterExample);
    }

    @Override
    public String toString() {
        return code;
    }
}
