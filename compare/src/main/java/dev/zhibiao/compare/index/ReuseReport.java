package dev.zhibiao.compare.index;

import dev.zhibiao.format.TextTable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of one plan restates other documents: for each of its measures, the most alike measure of
 * another document, kept as a pair when it restates at least {@code threshold} of the measure.
 *
 * <pre>{@code
 * var r = index.reuseReport("东莞市");
 * r.share();   // 0.4: four measures in ten restate a measure of another document
 * }</pre>
 *
 * @param documentId the plan
 * @param label      its region or title
 * @param threshold  the coverage from which a measure counts as restated
 * @param measures   how many measures the plan has
 * @param pairs      the restated measures with the measure each restates, in the plan's order
 */
public record ReuseReport(String documentId, String label, double threshold, int measures,
                          List<SimilarMeasure> pairs) {
    /** A measure counts as restated when half of it stands in a measure of another document. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public ReuseReport {
        pairs = List.copyOf(pairs);
    }

    /** The share of the plan's measures that restate another document's measure. */
    public double share() {
        return measures == 0 ? 0 : pairs.size() / (double) measures;
    }

    /** Restated measures per other document. */
    public Map<String, Integer> bySource() {
        Map<String, Integer> out = new TreeMap<>();
        for (SimilarMeasure p : pairs) out.merge(p.other().label(), 1, Integer::sum);
        return out;
    }

    public TextTable table() {
        TextTable t = new TextTable("measure", "coverage", "restates", "its measure").maxCellWidth(44);
        for (SimilarMeasure p : pairs) {
            t.row(heading(p.measure()), String.format("%.2f", p.coverage()), p.other().label(), heading(p.other()));
        }
        return t;
    }

    private static String heading(Measure m) {
        return m.heading().isEmpty() ? SimilarMeasure.clip(m.text(), 24) : m.heading();
    }

    @Override
    public String toString() {
        return String.format("%s: %d of %d measures (%.0f%%) restate a measure of another document (coverage ≥ %.2f)%n",
                label, pairs.size(), measures, share() * 100, threshold)
                + "by source: " + bySource() + "\n" + table();
    }
}
