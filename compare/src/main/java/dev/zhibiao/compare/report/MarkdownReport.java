package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.Coverage;
import dev.zhibiao.compare.ProgressRow;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.extract.indicator.Indicator;

import java.util.List;
import java.util.Map;

/** The comparison as Markdown: summary, coverage, a table per indicator, warnings and progress. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(Comparison c, ReportLanguage lang) {
        StringBuilder sb = new StringBuilder("# ").append(lang.text("md.title")).append("\n\n");
        sb.append(TextReport.summary(c, lang).replace("\n  ", "\n\n- ").strip()).append("\n\n");
        for (Coverage cv : c.coverage()) {
            sb.append("## ").append(lang.text("md.coverage", cv.benchmark().label())).append("\n\n");
            row(sb, concat(lang.text("col.indicator"), cv.districts()));
            rule(sb, cv.districts().size() + 1);
            for (Indicator i : cv.indicators()) {
                String[] cells = new String[cv.districts().size() + 1];
                cells[0] = i.name();
                for (int k = 0; k < cv.districts().size(); k++) {
                    Verdict v = cv.cell(i.id(), cv.districts().get(k));
                    cells[k + 1] = v == null ? "" : v.label(lang);
                }
                row(sb, cells);
            }
            sb.append('\n');
        }
        sb.append("## ").append(lang.text("md.verdicts")).append("\n\n");
        for (Map.Entry<String, List<Assessment>> g : c.byIndicator().groups().entrySet()) {
            sb.append("### ").append(esc(g.getValue().get(0).indicator().name())).append("\n\n");
            row(sb, lang.text("col.district"), lang.text("col.year"), lang.text("col.plan"), lang.text("col.benchmark"),
                    lang.text("col.benchmark-target"), lang.text("col.diff"), lang.text("col.verdict"),
                    lang.text("col.reason"));
            rule(sb, 8);
            for (Assessment a : g.getValue()) {
                row(sb, a.district(), a.year() == null ? "" : a.year().toString(), a.planText(),
                        a.benchmark().label() + (a.benchmarkYear() == null ? "" : " " + a.benchmarkYear()),
                        a.referenceText(lang), a.differenceText(), a.verdict().label(lang), a.reason(lang));
            }
            sb.append('\n');
        }
        if (!c.consistency().isEmpty()) {
            sb.append("## ").append(lang.text("text.consistency")).append("\n\n");
            row(sb, lang.text("col.district"), lang.text("col.indicator"), lang.text("col.check"), lang.text("col.finding"));
            rule(sb, 4);
            for (Warning w : c.consistency()) {
                row(sb, w.district(), w.indicator().name(), w.type().label(lang), w.message(lang));
            }
            sb.append('\n');
        }
        if (!c.progress().rows().isEmpty()) {
            sb.append("## ").append(lang.text("md.progress")).append("\n\n");
            row(sb, lang.text("col.district"), lang.text("col.indicator"), lang.text("col.year"), lang.text("col.reported"),
                    lang.text("col.change"), lang.text("col.target-of"), lang.text("col.target"), lang.text("col.status"));
            rule(sb, 8);
            for (ProgressRow r : c.progress().rows()) {
                row(sb, r.district(), r.reported().indicator(), r.year() == null ? "" : r.year().toString(),
                        r.reported().valueText(), r.changeText(lang), r.targetSource(lang), r.targetText(),
                        r.status().label(lang));
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
