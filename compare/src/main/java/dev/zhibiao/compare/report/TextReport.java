package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.format.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison as plain text for a terminal or JShell: summary, verdicts, warnings, progress. Columns are
 * aligned by display width, so Chinese words (two columns each) line up.
 */
public final class TextReport {
    /** Verdicts counted in the summary even when none has them: a zero there is news. */
    static final List<Verdict> ALWAYS_COUNTED = List.of(Verdict.STRICTER, Verdict.SAME, Verdict.LOOSER);

    private TextReport() {
    }

    public static String write(Comparison c, ReportLanguage lang) {
        StringBuilder sb = new StringBuilder();
        sb.append(summary(c, lang)).append('\n');
        TextTable t = new TextTable(lang.text("col.indicator"), lang.text("col.district"), lang.text("col.year"),
                lang.text("col.plan"), lang.text("col.benchmark"), lang.text("col.benchmark-target"),
                lang.text("col.diff"), lang.text("col.verdict"), lang.text("col.reason")).maxCellWidth(36);
        for (Assessment a : c.assessments()) {
            if (a.verdict() == Verdict.NOT_ADOPTED || a.verdict() == Verdict.LOCAL_ONLY) continue;
            t.row(a.indicator().name(), a.district(), a.year(), a.planText(), a.benchmark().label()
                            + (a.horizonDiffers() ? " " + a.benchmarkYear() : ""), a.referenceText(lang),
                    a.differenceText(), a.verdict().label(lang), a.reason(lang));
        }
        sb.append('\n').append(lang.text("text.verdicts")).append('\n').append(t);
        if (!c.consistency().isEmpty()) {
            TextTable w = new TextTable(lang.text("col.district"), lang.text("col.indicator"), lang.text("col.check"),
                    lang.text("col.finding")).maxCellWidth(60);
            for (Warning x : c.consistency()) {
                w.row(x.district(), x.indicator().name(), x.type().label(lang), x.message(lang));
            }
            sb.append('\n').append(lang.text("text.consistency")).append('\n').append(w);
        }
        if (!c.progress().rows().isEmpty()) sb.append('\n').append(c.progress().toText(lang));
        return sb.toString();
    }

    /** One paragraph: what was compared with what, and the verdict counts. */
    public static String summary(Comparison c, ReportLanguage lang) {
        List<String> bs = new ArrayList<>();
        for (Benchmark b : c.benchmarks()) bs.add(b.label());
        String comma = lang.text("comma");
        String against = bs.isEmpty() ? lang.text("text.no-benchmark") : String.join(comma, bs);
        StringBuilder sb = new StringBuilder(c.districts().isEmpty() ? lang.text("text.summary.none", against)
                : lang.text("text.summary", c.districts().size(), String.join(comma, c.districts()), against));
        sb.append('\n');
        for (Map.Entry<Verdict, Long> e : c.counts().entrySet()) {
            if (e.getValue() == 0 && !ALWAYS_COUNTED.contains(e.getKey())) continue;
            sb.append("  ").append(e.getKey().label(lang)).append(' ').append(e.getValue());
        }
        sb.append("\n  ").append(lang.text("text.warnings", c.consistency().size()));
        if (!c.reports().isEmpty()) sb.append(lang.text("text.progress-rows", c.progress().rows().size()));
        return sb.append('\n').toString();
    }
}
