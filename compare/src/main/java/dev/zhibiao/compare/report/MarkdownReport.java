package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.Coverage;
import dev.zhibiao.compare.ProgressRow;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.extract.indicator.Indicator;

import java.util.List;
import java.util.Map;

/** The comparison as Markdown: summary, coverage, a table per indicator, warnings and progress. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(Comparison c) {
        StringBuilder sb = new StringBuilder("# Comparison of targets\n\n");
        sb.append(TextReport.summary(c).replace("\n  ", "\n\n- ").strip()).append("\n\n");
        for (Coverage cv : c.coverage()) {
            sb.append("## Coverage of ").append(cv.benchmark().label()).append("'s indicators\n\n");
            row(sb, concat("indicator", cv.districts()));
            rule(sb, cv.districts().size() + 1);
            for (Indicator i : cv.indicators()) {
                String[] cells = new String[cv.districts().size() + 1];
                cells[0] = i.name();
                for (int k = 0; k < cv.districts().size(); k++) {
                    Verdict v = cv.cell(i.id(), cv.districts().get(k));
                    cells[k + 1] = v == null ? "" : v.code();
                }
                row(sb, cells);
            }
            sb.append('\n');
        }
        sb.append("## Verdicts by indicator\n\n");
        for (Map.Entry<String, List<Assessment>> g : c.byIndicator().groups().entrySet()) {
            sb.append("### ").append(esc(g.getValue().get(0).indicator().name())).append("\n\n");
            row(sb, "district", "year", "plan", "benchmark", "benchmark target", "difference", "verdict", "reason");
            rule(sb, 8);
            for (Assessment a : g.getValue()) {
                row(sb, a.district(), a.year() == null ? "" : a.year().toString(), a.planText(),
                        a.benchmark().label() + (a.benchmarkYear() == null ? "" : " " + a.benchmarkYear()),
                        a.referenceText(), a.differenceText(), a.verdict().code(), a.reason());
            }
            sb.append('\n');
        }
        if (!c.consistency().isEmpty()) {
            sb.append("## Consistency\n\n");
            row(sb, "district", "indicator", "check", "finding");
            rule(sb, 4);
            for (Warning w : c.consistency()) row(sb, w.district(), w.indicator().name(), w.type().code(), w.message());
            sb.append('\n');
        }
        if (!c.progress().rows().isEmpty()) {
            sb.append("## Progress of monitoring reports\n\n");
            row(sb, "district", "indicator", "year", "reported", "change", "target of", "target", "status");
            rule(sb, 8);
            for (ProgressRow r : c.progress().rows()) {
                row(sb, r.district(), r.reported().indicator(), r.year() == null ? "" : r.year().toString(),
                        r.reported().valueText(), r.changeText(), r.targetSource(), r.targetText(), r.status().code());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String[] concat(String first, List<String> rest) {
        String[] out = new String[rest.size() + 1];
        out[0] = first;
        for (int i = 0; i < rest.size(); i++) out[i + 1] = rest.get(i);
        return out;
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(esc(c)).append(" |");
        sb.append('\n');
    }

    private static void rule(StringBuilder sb, int n) {
        sb.append('|').append(" --- |".repeat(n)).append('\n');
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }
}
