package dev.zhibiao.extract.indicator;

import dev.zhibiao.format.TextTable;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Indicator names the catalog does not resolve, with how often each occurs: what a researcher adds to a
 * catalog file of their own ({@link IndicatorCatalog#withFile}).
 *
 * <pre>{@code
 * catalog.unresolved(extraction.records());
 * // name              count  nearest                              similarity
 * // 儿童友好图书馆数    2      environment.child_friendly_hospitals  0.78
 * }</pre>
 */
public record UnresolvedNames(List<Name> names) {
    /**
     * One unresolved name, the number of records that carry it, and the catalog's nearest indicator with its
     * similarity (null and 0 when there is none).
     */
    public record Name(String name, int count, String nearest, double similarity) {
    }

    public UnresolvedNames {
        names = List.copyOf(names);
    }

    static UnresolvedNames of(Map<String, Integer> counts, Function<String, Resolution> nearest) {
        return new UnresolvedNames(counts.entrySet().stream()
                .map(e -> {
                    Resolution r = nearest.apply(e.getKey());
                    return new Name(e.getKey(), e.getValue(), r.id(), r.confidence());
                })
                .sorted(Comparator.comparingInt(Name::count).reversed().thenComparing(Name::name))
                .toList());
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }

    @Override
    public String toString() {
        TextTable t = new TextTable("name", "count", "nearest", "similarity").maxCellWidth(60);
        names.forEach(n -> t.row(n.name(), n.count(), n.nearest(),
                n.nearest() == null ? "" : String.format("%.2f", n.similarity())));
        return t.toString();
    }
}
