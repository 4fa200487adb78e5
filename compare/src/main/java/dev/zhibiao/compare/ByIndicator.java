package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.format.TextTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison grouped by canonical indicator: for each, every district's targets by year against each
 * benchmark, with the difference and the verdict.
 *
 * <pre>{@code
 * var by = Comparison.of(corpus.plans()).against(Benchmarks.national()).byIndicator();
 * by.get("新生儿死亡率");         // by catalog name, id, or a plan's wording
 * }</pre>
 */
public final class ByIndicator {
    private final Map<String, List<Assessment>> groups;
    private final Map<String, Indicator> indicators;

    ByIndicator(List<Assessment> assessments) {
        Map<String, List<Assessment>> g = new LinkedHashMap<>();
        Map<String, Indicator> ind = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            g.computeIfAbsent(a.indicator().id(), k -> new ArrayList<>()).add(a);
            ind.putIfAbsent(a.indicator().id(), a.indicator());
        }
        Map<String, List<Assessment>> frozen = new LinkedHashMap<>();
        g.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.groups = java.util.Collections.unmodifiableMap(frozen);
        this.indicators = java.util.Collections.unmodifiableMap(ind);
    }

    /** The indicators, in the order the comparison met them. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /** The rows of one indicator, named by id, catalog name, or as any plan or benchmark writes it; empty when none. */
    public List<Assessment> get(String indicator) {
        List<Assessment> byId = groups.get(indicator);
        if (byId != null) return byId;
        for (Map.Entry<String, List<Assessment>> e : groups.entrySet()) {
            Indicator i = indicators.get(e.getKey());
            boolean named = i.name().equals(indicator) || e.getValue().stream().anyMatch(a ->
                    (a.plan() != null && a.plan().indicator().equals(indicator))
                            || (a.reference() != null && a.reference().indicator().equals(indicator)));
            if (named) return e.getValue();
        }
        return List.of();
    }

    /** Every group, by indicator id. */
    public Map<String, List<Assessment>> groups() {
        return groups;
    }

    /** Every row as a table, in Chinese. */
    public TextTable table() {
        return table(ReportLanguage.ZH);
    }

    public TextTable table(ReportLanguage lang) {
        TextTable t = new TextTable(lang.text("col.indicator"), lang.text("col.district"), lang.text("col.year"),
                lang.text("col.plan"), lang.text("col.benchmark"), lang.text("col.benchmark-target"),
                lang.text("col.diff"), lang.text("col.verdict"));
        for (List<Assessment> rows : groups.values()) {
            boolean first = true;
            for (Assessment a : rows) {
                t.row(first ? a.indicator().name() : "", a.district(), a.year(), a.planText(),
                        a.benchmark().label() + (a.horizonDiffers() ? " " + a.benchmarkYear() : ""),
                        a.referenceText(lang), a.differenceText(), a.verdict().label(lang));
                first = false;
            }
        }
        return t;
    }

    /** The count of indicators, then the table. */
    public String toText(ReportLanguage lang) {
        return lang.text("text.indicators", groups.size()) + "\n" + table(lang).maxCellWidth(30);
    }

    @Override
    public String toString() {
        return toText(ReportLanguage.ZH);
    }
}
