package dev.zhibiao.compare.index;

import dev.zhibiao.format.TextTable;

import java.util.List;

/**
 * The measures of other documents most like one measure, most alike first; {@code toString} is a table.
 *
 * <pre>{@code
 * var similar = index.similar(measure);
 * similar.get(0).coverage();   // 0.92: nearly all of the measure stands in the other
 * }</pre>
 *
 * @param measure the measure compared
 * @param list    the alike measures, highest coverage first
 */
public record SimilarMeasures(Measure measure, List<SimilarMeasure> list) {
    public SimilarMeasures {
        list = List.copyOf(list);
    }

    public SimilarMeasure get(int i) {
        return list.get(i);
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public TextTable table() {
        TextTable t = new TextTable("#", "coverage", "document", "domain", "its measure", "restated passage")
                .maxCellWidth(48);
        int i = 1;
        for (SimilarMeasure s : list) {
            Measure o = s.other();
            t.row(i++, String.format("%.2f", s.coverage()), o.label(), o.domain(),
                    o.heading().isEmpty() ? SimilarMeasure.clip(o.text(), 24) : o.heading(), s.passage());
        }
        return t;
    }

    @Override
    public String toString() {
        return "like " + measure.label() + " «" + SimilarMeasure.clip(measure.text(), 30) + "»\n" + table();
    }
}
