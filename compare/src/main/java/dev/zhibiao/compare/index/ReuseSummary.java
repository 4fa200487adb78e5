package dev.zhibiao.compare.index;

import dev.zhibiao.format.TextTable;

import java.util.List;
import java.util.Map;

/**
 * Text reuse across the plans of an index: for each plan, the share of its measures that restate a
 * measure of another document, and the document it restates most.
 *
 * <pre>{@code
 * index.reuseReports();              // a table, one row per plan
 * index.reuseReports().get(0).pairs();
 * }</pre>
 *
 * @param reports one report per plan with measures, in document order
 */
public record ReuseSummary(List<ReuseReport> reports) {
    public ReuseSummary {
        reports = List.copyOf(reports);
    }

    public ReuseReport get(int i) {
        return reports.get(i);
    }

    public int size() {
        return reports.size();
    }

    public TextTable table() {
        TextTable t = new TextTable("plan", "measures", "restated", "share", "restates most");
        for (ReuseReport r : reports) {
            String most = r.bySource().entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").orElse("");
            t.row(r.label(), r.measures(), r.pairs().size(), String.format("%.0f%%", r.share() * 100), most);
        }
        return t;
    }

    @Override
    public String toString() {
        double threshold = reports.isEmpty() ? ReuseReport.DEFAULT_THRESHOLD : reports.get(0).threshold();
        return String.format("measures restating another document (coverage ≥ %.2f)%n", threshold) + table();
    }
}
