package dev.zhibiao.compare;

import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Scope;

import java.util.List;

/**
 * A plan or report ready for comparison: its extraction with every record resolved to a canonical indicator.
 *
 * @param extraction the extraction
 * @param entries    its records with their indicators, repeats dropped
 */
record Plan(Extraction extraction, List<Entry> entries) {
    static Plan of(Extraction x, IndicatorResolver resolver) {
        return new Plan(x, Entry.resolve(x.records(), resolver));
    }

    String district() {
        return extraction.document().label();
    }

    Region region() {
        return extraction.document().region();
    }

    Integer endYear() {
        return extraction.document().endYear();
    }

    /** The plan's own goals: local targets and changes. */
    List<Entry> goals() {
        return entries.stream().filter(e -> e.target().scope() == Scope.LOCAL && e.target().kind() != Kind.ACTUAL)
                .toList();
    }

    /** The plan's own reported values and baselines. */
    List<Entry> actuals() {
        return entries.stream().filter(e -> e.target().scope() == Scope.LOCAL && e.target().kind() == Kind.ACTUAL)
                .toList();
    }
}
