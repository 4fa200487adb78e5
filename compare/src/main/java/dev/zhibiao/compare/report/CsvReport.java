package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.format.Csv;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * Tidy CSV: one row per district × indicator × year × benchmark, with plain numeric columns, for pandas or R
 * ({@code pd.read_csv("compare.csv")}). RFC 4180 quoting, UTF-8, header row. Verdicts are codes and reasons
 * English whatever the report language, so programs read one format; columns are only ever added at the end.
 */
public final class CsvReport {
    static final List<String> HEADER = List.of("district", "indicator_id", "indicator", "plan_indicator", "year",
            "plan_comparator", "plan_value", "plan_low", "plan_high", "plan_unit", "plan_kind", "benchmark",
            "benchmark_level", "benchmark_origin", "benchmark_year", "benchmark_comparator", "benchmark_value",
            "benchmark_low", "benchmark_high", "benchmark_unit", "benchmark_kind", "difference", "horizon_differs",
            "verdict", "reason", "benchmark_source", "path_value");

    private CsvReport() {
    }

    public static String write(Comparison c) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER);
        for (Assessment a : c.assessments()) line(sb, row(a));
        return sb.toString();
    }

    static List<String> row(Assessment a) {
        List<String> r = new ArrayList<>();
        Target p = a.plan(), b = a.reference();
        r.add(a.district());
        r.add(a.indicator().id());
        r.add(a.indicator().name());
        r.add(p == null ? "" : p.indicator());
        r.add(a.year() == null ? "" : a.year().toString());
        target(r, p);
        r.add(a.benchmark().region().name());
        r.add(a.benchmark().level().code());
        r.add(a.benchmark().origin().code());
        r.add(a.benchmarkYear() == null ? "" : a.benchmarkYear().toString());
        target(r, b);
        r.add(a.difference() == null ? "" : Target.fmt(Math.round(a.difference() * 10000) / 10000.0));
        r.add(Boolean.toString(a.horizonDiffers()));
        r.add(a.verdict().code());
        r.add(a.reason());
        r.add(b == null || b.source() == null ? "" : b.source());
        r.add(a.path() == null ? "" : Target.fmt(Math.round(a.path() * 10000) / 10000.0));
        return r;
    }

    private static void target(List<String> r, Target t) {
        if (t == null) {
            for (int i = 0; i < 6; i++) r.add("");
            return;
        }
        r.add(t.comparator().symbol());
        r.add(num(t.value()));
        r.add(num(t.low()));
        r.add(num(t.high()));
        r.add(t.unit().symbol());
        r.add(t.kind().code() + (t.direction() == null ? "" : "-" + t.direction().code()));
    }

    private static String num(Double d) {
        return d == null ? "" : Target.fmt(d);
    }

    static void line(StringBuilder sb, List<String> cells) {
        Csv.line(sb, cells);
    }
}
