package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.format.TextTable;

import java.util.Map;

/** The comparison as plain text for a terminal or JShell: summary, verdicts, warnings, progress. */
public final class TextReport {
    private TextReport() {
    }

    public static String write(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(summary(c)).append('\n');
        TextTable t = new TextTable("indicator", "district", "year", "plan", "benchmark", "target", "diff", "verdict",
                "reason").maxCellWidth(36);
        for (Assessment a : c.assessments()) {
            if (a.verdict() == Verdict.NOT_ADOPTED || a.verdict() == Verdict.LOCAL_ONLY) continue;
            t.row(a.indicator().name(), a.district(), a.year(), a.planText(), a.benchmark().label()
                            + (a.horizonDiffers() ? " " + a.benchmarkYear() : ""), a.referenceText(),
                    a.differenceText(), a.verdict(), a.reason());
        }
        sb.append("\nTargets set against a benchmark's (not adopted and local-only rows: see byIndicator() or CSV)\n")
                .append(t);
        if (!c.consistency().isEmpty()) {
            TextTable w = new TextTable("district", "indicator", "check", "finding").maxCellWidth(60);
            for (Warning x : c.consistency()) w.row(x.district(), x.indicator().name(), x.type().code(), x.message());
            sb.append("\nConsistency\n").append(w);
        }
        if (!c.progress().rows().isEmpty()) sb.append('\n').append(c.progress());
        return sb.toString();
    }

    /** One paragraph: what was compared with what, and the verdict counts. */
    public static String summary(Comparison c) {
        StringBuilder sb = new StringBuilder("Comparison of ").append(c.districts().size()).append(" plans (")
                .append(String.join(", ", c.districts())).append(") against ");
        int i = 0;
        for (Benchmark b : c.benchmarks()) {
            if (i++ > 0) sb.append(", ");
            sb.append(b.label());
        }
        if (c.benchmarks().isEmpty()) sb.append("no benchmark");
        sb.append('\n');
        for (Map.Entry<Verdict, Long> e : c.counts().entrySet()) {
            sb.append("  ").append(e.getKey()).append(' ').append(e.getValue());
        }
        sb.append("\n  ").append(c.consistency().size()).append(" consistency warnings");
        if (!c.reports().isEmpty()) sb.append(", ").append(c.progress().rows().size()).append(" progress rows");
        return sb.append('\n').toString();
    }
}
