package dev.zhibiao.format;

import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * RFC 4180 CSV, UTF-8, with a header row: tidy tables for pandas or R.
 *
 * <pre>{@code
 * String csv = Csv.records(List.of(extraction));   // one row per record
 * }</pre>
 */
public final class Csv {
    /** The columns of {@link #records}. */
    public static final List<String> RECORD_COLUMNS = List.of("document", "region", "indicator", "indicator_id",
            "confidence", "value", "low", "high", "unit", "comparator", "year", "baseline_year", "kind", "direction",
            "per_year", "scope", "domain", "attribute", "section", "start", "end", "quote");

    private Csv() {
    }

    /** One row per record of each extraction, in the columns of {@link #RECORD_COLUMNS}. */
    public static String records(Collection<Extraction> extractions) {
        StringBuilder sb = new StringBuilder();
        line(sb, RECORD_COLUMNS);
        for (Extraction x : extractions) {
            String doc = x.document().fileName() != null ? x.document().fileName() : x.document().id();
            String region = x.document().region() == null ? "" : x.document().region().fullName();
            for (Target t : x.records()) {
                List<String> r = new ArrayList<>();
                r.add(doc);
                r.add(region);
                r.add(t.indicator());
                r.add(t.indicatorId() == null ? "" : t.indicatorId());
                r.add(t.indicatorId() == null ? "" : Target.fmt(Math.round(t.indicatorConfidence() * 1000) / 1000.0));
                r.add(num(t.value()));
                r.add(num(t.low()));
                r.add(num(t.high()));
                r.add(t.unit().symbol());
                r.add(t.comparator().symbol());
                r.add(t.year() == null ? "" : t.year().toString());
                r.add(t.baselineYear() == null ? "" : t.baselineYear().toString());
                r.add(t.kind().code());
                r.add(t.direction() == null ? "" : t.direction().code());
                r.add(Boolean.toString(t.perYear()));
                r.add(t.scope().code());
                r.add(t.domain().label());
                r.add(t.attribute() == null ? "" : t.attribute());
                r.add(t.sectionPath().toString());
                r.add(t.span() == null ? "" : Integer.toString(t.span().start()));
                r.add(t.span() == null ? "" : Integer.toString(t.span().end()));
                r.add(t.quote() == null ? "" : t.quote());
                line(sb, r);
            }
        }
        return sb.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : Target.fmt(d);
    }

    /** Appends one row, quoting cells as RFC 4180 asks, ending in CRLF. */
    public static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** A cell, quoted where it holds a comma, a quote or a line break. */
    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
