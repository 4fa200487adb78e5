package dev.zhibiao.compare;

import dev.zhibiao.format.TextTable;

import java.util.List;

/**
 * Monitoring reports' values against the targets that apply to them.
 *
 * <pre>{@code
 * Comparison.of(corpus.documents()).against(Benchmarks.national()).progress();
 * }</pre>
 *
 * @param rows one row per reported value and applicable target (one row with no target when none applies)
 */
public record Progress(List<ProgressRow> rows) {
    public Progress {
        rows = List.copyOf(rows);
    }

    /** The rows of one indicator, named as a plan or the catalog writes it, or by id. */
    public List<ProgressRow> of(String indicator) {
        return rows.stream().filter(r -> r.indicator().id().equals(indicator) || r.indicator().name().equals(indicator)
                || r.reported().indicator().equals(indicator)).toList();
    }

    /** The rows as a table, in Chinese. */
    public TextTable table() {
        return table(ReportLanguage.ZH);
    }

    public TextTable table(ReportLanguage lang) {
        TextTable t = new TextTable(lang.text("col.district"), lang.text("col.indicator"), lang.text("col.year"),
                lang.text("col.reported"), lang.text("col.change"), lang.text("col.target-of"), lang.text("col.target"),
                lang.text("col.status"));
        for (ProgressRow r : rows) {
            t.row(r.district(), r.reported().indicator(), r.year(), r.reported().valueText(), r.changeText(lang),
                    r.targetSource(lang), r.targetText(), r.status().label(lang));
        }
        return t;
    }

    /** A heading with the counts, then the table. */
    public String toText(ReportLanguage lang) {
        long met = rows.stream().filter(r -> r.status() == ProgressRow.Status.MET).count();
        long notMet = rows.stream().filter(r -> r.status() == ProgressRow.Status.NOT_MET).count();
        return lang.text("text.progress", rows.size(), met, notMet) + "\n" + table(lang).maxCellWidth(30);
    }

    @Override
    public String toString() {
        return toText(ReportLanguage.ZH);
    }
}
