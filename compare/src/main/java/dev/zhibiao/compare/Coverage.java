package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.format.TextTable;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which district adopts which of a benchmark's indicators: for each pair, the verdict of the district's
 * latest target, or NOT_ADOPTED.
 *
 * @param benchmark  the benchmark whose indicators are the rows
 * @param indicators its indicators, in its order
 * @param districts  the districts, in the comparison's order
 * @param cells      verdict by indicator id, then by district
 */
public record Coverage(Benchmark benchmark, List<Indicator> indicators, List<String> districts,
                       Map<String, Map<String, Verdict>> cells) {
    static Coverage of(Benchmark benchmark, List<Assessment> assessments, List<String> districts) {
        Map<String, Indicator> inds = new LinkedHashMap<>();
        Map<String, Map<String, Verdict>> cells = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (!a.benchmark().equals(benchmark) || a.reference() == null) continue;
            inds.putIfAbsent(a.indicator().id(), a.indicator());
            Map<String, Verdict> row = cells.computeIfAbsent(a.indicator().id(), k -> new LinkedHashMap<>());
            String key = a.indicator().id() + "|" + a.district();
            int year = a.year() == null ? 0 : a.year();
            if (!years.containsKey(key) || year >= years.get(key)) {
                years.put(key, year);
                row.put(a.district(), a.verdict());
            }
        }
        Set<String> ds = new LinkedHashSet<>(districts);
        Map<String, Map<String, Verdict>> frozen = new LinkedHashMap<>();
        cells.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableMap(v)));
        return new Coverage(benchmark, List.copyOf(inds.values()), List.copyOf(ds),
                java.util.Collections.unmodifiableMap(frozen));
    }

    /** The verdict for one indicator and district, or null when the district was not compared. */
    public Verdict cell(String indicatorId, String district) {
        Map<String, Verdict> row = cells.get(indicatorId);
        return row == null ? null : row.get(district);
    }

    /** How many of the benchmark's indicators a district sets a target for. */
    public long adopted(String district) {
        return indicators.stream().map(i -> cell(i.id(), district))
                .filter(v -> v != null && v != Verdict.NOT_ADOPTED).count();
    }

    /** The matrix as a table, in Chinese. */
    public TextTable table() {
        return table(ReportLanguage.ZH);
    }

    public TextTable table(ReportLanguage lang) {
        String[] header = new String[districts.size() + 1];
        header[0] = lang.text("col.indicator");
        for (int i = 0; i < districts.size(); i++) header[i + 1] = districts.get(i);
        TextTable t = new TextTable(header);
        for (Indicator ind : indicators) {
            Object[] row = new Object[districts.size() + 1];
            row[0] = ind.name();
            for (int i = 0; i < districts.size(); i++) {
                Verdict v = cell(ind.id(), districts.get(i));
                row[i + 1] = v == null ? "" : v.label(lang);
            }
            t.row(row);
        }
        return t;
    }

    /** A heading, then the matrix. */
    public String toText(ReportLanguage lang) {
        return lang.text("text.coverage", benchmark.label(), indicators.size()) + "\n" + table(lang).maxCellWidth(30);
    }

    @Override
    public String toString() {
        return toText(ReportLanguage.ZH);
    }
}
