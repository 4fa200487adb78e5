package dev.zhibiao.extract.indicator;

import dev.zhibiao.format.TextTable;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Indicator names the catalog does not resolve, with how often each occurs: what a researcher adds to a
 * catalog file of their own ({@link IndicatorCatalog#withFile}).
 *
 * <pre>{@code
 * catalog.unresolved(extraction.records());
 * // name            count
 * // 儿童友好图书馆数    2
 * }</pre>
 */
public record UnresolvedNames(List<Name> names) {
    /** One unresolved name and the number of records that carry it. */
    public record Name(String name, int count) {
    }

    public UnresolvedNames {
        names = List.copyOf(names);
    }

    static UnresolvedNames of(Map<String, Integer> counts) {
        return new UnresolvedNames(counts.entrySet().stream()
                .map(e -> new Name(e.getKey(), e.getValue()))
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
        TextTable t = new TextTable("name", "count").maxCellWidth(60);
        names.forEach(n -> t.row(n.name(), n.count()));
        return t.toString();
    }
}
