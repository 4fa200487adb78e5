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

    public TextTable table() {
        TextTable t = new TextTable("district", "indicator", "year", "reported", "change", "target of", "target", "status");
        for (ProgressRow r : rows) {
            t.row(r.district(), r.reported().indicator(), r.year(), r.reported().valueText(), r.changeText(),
                    r.targetSource(), r.targetText(), r.status().code());
        }
        return t;
    }

    @Override
    public String toString() {
        long met = rows.stream().filter(r -> r.status() == ProgressRow.Status.MET).count();
        long notMet = rows.stream().filter(r -> r.status() == ProgressRow.Status.NOT_MET).count();
        return "Progress: " + rows.size() + " rows, " + met + " met, " + notMet + " not met\n" + table().maxCellWidth(30);
    }
}
