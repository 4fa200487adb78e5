package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.Coverage;
import dev.zhibiao.compare.ProgressRow;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.extract.indicator.Indicator;

import java.util.List;
import java.util.Map;

import static dev.zhibiao.compare.report.Html.chip;
import static dev.zhibiao.compare.report.Html.esc;

/**
 * The comparison as one self-contained HTML page: inline CSS and SVG, no script, no fonts or images fetched,
 * so it opens offline and can be mailed as it is. Its words are in the language asked for, and the page says
 * which ({@code <html lang="zh-CN">}), so browsers pick CJK fonts and screen readers the right voice.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(Comparison c, ReportLanguage lang) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(lang.text("html.title", String.join(lang.text("comma"), c.districts()))))
                .append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n");
        summary(sb, c, lang);
        coverage(sb, c, lang);
        charts(sb, c, lang);
        warnings(sb, c, lang);
        progress(sb, c, lang);
        localOnly(sb, c, lang);
        sources(sb, c, lang);
        return sb.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder sb, Comparison c, ReportLanguage lang) {
        sb.append("<header><h1>").append(esc(lang.text("html.h1"))).append("</h1><p class=\"lead\">")
                .append(esc(lang.text("html.lead.plans", c.districts().size()))).append("<b>")
                .append(esc(String.join(lang.text("comma"), c.districts()))).append("</b>")
                .append(esc(lang.text("html.lead.against")));
        List<Benchmark> bs = c.benchmarks();
        for (int i = 0; i < bs.size(); i++) {
            if (i > 0) sb.append(esc(lang.text("comma")));
            sb.append("<b>").append(esc(bs.get(i).region().name())).append("</b>");
            if (bs.get(i).origin() == Benchmark.Origin.CITED) sb.append(esc(lang.text("html.lead.cited")));
        }
        if (bs.isEmpty()) sb.append(esc(lang.text("text.no-benchmark")));
        sb.append("</p><div class=\"counts\">");
        for (Map.Entry<Verdict, Long> e : c.counts().entrySet()) {
            if (e.getValue() == 0 && !TextReport.ALWAYS_COUNTED.contains(e.getKey())) continue;
            sb.append("<div class=\"count\"><span class=\"n\" style=\"color:").append(Html.colour(e.getKey())).append("\">")
                    .append(e.getValue()).append("</span>").append(chip(e.getKey(), lang)).append("</div>");
        }
        sb.append("<div class=\"count\"><span class=\"n\">").append(c.consistency().size())
                .append("</span><span class=\"chip warn\">").append(esc(lang.text("html.warnings-chip")))
                .append("</span></div></div>")
                .append("<p class=\"note\">").append(esc(lang.text("html.note.verdicts"))).append("</p>")
                .append("<p class=\"note\">").append(esc(lang.text("html.note.interim"))).append("</p></header>\n");
    }

    private static void coverage(StringBuilder sb, Comparison c, ReportLanguage lang) {
        for (Coverage cv : c.coverage()) {
            String region = cv.benchmark().region().name();
            sb.append("<section><h2>").append(esc(lang.text("html.coverage", region)))
                    .append("</h2><div class=\"side\"><div><table class=\"matrix\"><thead><tr><th>")
                    .append(esc(lang.text("col.indicator"))).append("</th>");
            for (String d : cv.districts()) sb.append("<th>").append(esc(d)).append("</th>");
            sb.append("</tr></thead><tbody>");
            for (Indicator i : cv.indicators()) {
                sb.append("<tr><td class=\"ind\">").append(esc(i.name())).append("</td>");
                for (String d : cv.districts()) {
                    Verdict v = cv.cell(i.id(), d);
                    if (v == null) sb.append("<td></td>");
                    else sb.append("<td class=\"cell\" style=\"background:").append(Html.colour(v))
                            .append("\" title=\"").append(esc(d + " · " + i.name() + " · " + v.label(lang))).append("\">")
                            .append(Html.symbol(v)).append("</td>");
                }
                sb.append("</tr>");
            }
            sb.append("<tr class=\"total\"><td>").append(esc(lang.text("html.adopted"))).append("</td>");
            for (String d : cv.districts()) {
                sb.append("<td>").append(cv.adopted(d)).append(" / ").append(cv.indicators().size()).append("</td>");
            }
            sb.append("</tr></tbody></table><p class=\"legend\">");
            for (Verdict v : Html.ORDER) {
                sb.append("<span class=\"sw\" style=\"background:").append(Html.colour(v)).append("\">").append(Html.symbol(v))
                        .append("</span> ").append(esc(v.label(lang))).append(" &nbsp; ");
            }
            sb.append("</p></div><div class=\"panel\"><h3>").append(esc(lang.text("html.district-chart", region)))
                    .append("</h3>")
                    .append(DistrictChart.svg(cv.benchmark(), c.assessments(), cv.districts(), lang))
                    .append("<p class=\"note\">").append(esc(lang.text("html.note.district-chart")))
                    .append("</p></div></div></section>\n");
        }
    }

    private static void charts(StringBuilder sb, Comparison c, ReportLanguage lang) {
        sb.append("<section><h2>").append(esc(lang.text("html.by-indicator"))).append("</h2><div class=\"grid\">");
        for (Map.Entry<String, List<Assessment>> g : c.byIndicator().groups().entrySet()) {
            List<Assessment> rows = g.getValue().stream().filter(a -> a.reference() != null).toList();
            if (rows.isEmpty()) continue;
            Assessment first = rows.get(0);
            sb.append("<article class=\"ind\"><h3>").append(esc(first.indicator().name())).append("</h3>")
                    .append(IndicatorChart.svg(rows, c.districts(), lang))
                    .append("<table class=\"rows\"><thead><tr>");
            for (String h : List.of("col.plan-name", "col.year", "col.target", "col.benchmark", "col.diff", "col.verdict",
                    "col.reason")) {
                sb.append("<th>").append(esc(lang.text(h))).append("</th>");
            }
            sb.append("</tr></thead><tbody>");
            for (Assessment a : rows) {
                sb.append("<tr><td>").append(esc(a.district())).append("</td><td>").append(esc(a.year()))
                        .append("</td><td>").append(esc(a.planText())).append("</td><td>")
                        .append(esc(a.benchmark().label() + " " + a.referenceText()
                                + (a.benchmarkYear() == null ? "" : " (" + a.benchmarkYear() + ")")));
                if (a.path() != null) {
                    sb.append("<br><span class=\"path\">").append(esc(lang.text("path.short", a.pathText(), a.year())))
                            .append("</span>");
                }
                sb.append("</td><td>").append(esc(a.differenceText())).append("</td><td>").append(chip(a.verdict(), lang))
                        .append("</td><td class=\"reason\">").append(esc(a.reason(lang))).append("</td></tr>");
            }
            sb.append("</tbody></table></article>\n");
        }
        sb.append("</div></section>\n");
    }

    private static void warnings(StringBuilder sb, Comparison c, ReportLanguage lang) {
        if (c.consistency().isEmpty()) return;
        sb.append("<section><h2>").append(esc(lang.text("text.consistency"))).append("</h2><table class=\"rows\"><thead><tr>");
        for (String h : List.of("col.plan-name", "col.indicator", "col.check", "col.finding")) {
            sb.append("<th>").append(esc(lang.text(h))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (Warning w : c.consistency()) {
            sb.append("<tr><td>").append(esc(w.district())).append("</td><td>").append(esc(w.indicator().name()))
                    .append("</td><td><span class=\"chip warn\">").append(esc(w.type().label(lang))).append("</span></td><td>")
                    .append(esc(w.message(lang))).append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static void progress(StringBuilder sb, Comparison c, ReportLanguage lang) {
        List<ProgressRow> rows = c.progress().rows();
        if (rows.isEmpty()) return;
        List<ProgressRow> held = rows.stream().filter(r -> r.status() != ProgressRow.Status.NO_TARGET).toList();
        List<ProgressRow> free = rows.stream().filter(r -> r.status() == ProgressRow.Status.NO_TARGET).toList();
        long met = held.stream().filter(r -> r.status() == ProgressRow.Status.MET).count();
        sb.append("<section><h2>").append(esc(lang.text("html.progress"))).append("</h2><p>")
                .append(esc(lang.text("html.progress.counts", met, held.size() - met, free.size()))).append("</p>");
        if (!held.isEmpty()) {
            sb.append("<div class=\"panel\">").append(ProgressChart.svg(held, lang)).append("<p class=\"note\">")
                    .append(esc(lang.text("html.note.progress-chart"))).append("</p></div>");
        }
        progressTable(sb, held, lang);
        if (!free.isEmpty()) {
            sb.append("<details><summary>").append(esc(lang.text("html.progress.free", free.size()))).append("</summary>");
            progressTable(sb, free, lang);
            sb.append("</details>");
        }
        sb.append("</section>\n");
    }

    private static void progressTable(StringBuilder sb, List<ProgressRow> rows, ReportLanguage lang) {
        sb.append("<table class=\"rows\"><thead><tr>");
        for (String h : List.of("col.district", "col.indicator", "col.year", "col.reported", "col.change", "col.target-of",
                "col.target", "col.status")) {
            sb.append("<th>").append(esc(lang.text(h))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (ProgressRow r : rows) {
            sb.append("<tr><td>").append(esc(r.district())).append("</td><td>").append(esc(r.reported().indicator()))
                    .append("</td><td>").append(esc(r.year())).append("</td><td>").append(esc(r.reported().valueText()))
                    .append("</td><td>").append(esc(r.changeText(lang))).append("</td><td>").append(esc(r.targetSource(lang)))
                    .append("</td><td>").append(esc(r.targetText())).append("</td><td><span class=\"chip ")
                    .append(r.status().code()).append("\">").append(esc(r.status().label(lang))).append("</span></td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private static void localOnly(StringBuilder sb, Comparison c, ReportLanguage lang) {
        List<Assessment> local = c.verdicts(Verdict.LOCAL_ONLY).stream()
                .filter(a -> a.benchmark().equals(c.benchmarks().get(0))).toList();
        if (local.isEmpty()) return;
        sb.append("<section><details><summary><h2>").append(esc(lang.text("html.local-only", local.size())))
                .append("</h2></summary><table class=\"rows\"><thead><tr>");
        for (String h : List.of("col.plan-name", "col.indicator", "col.year", "col.target")) {
            sb.append("<th>").append(esc(lang.text(h))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (Assessment a : local) {
            sb.append("<tr><td>").append(esc(a.district())).append("</td><td>").append(esc(a.plan().indicator()))
                    .append("</td><td>").append(esc(a.year())).append("</td><td>").append(esc(a.planText())).append("</td></tr>");
        }
        sb.append("</tbody></table></details></section>\n");
    }

    private static void sources(StringBuilder sb, Comparison c, ReportLanguage lang) {
        sb.append("<footer><h2>").append(esc(lang.text("html.benchmarks"))).append("</h2><ul>");
        for (Benchmark b : c.benchmarks()) {
            sb.append("<li><b>").append(esc(name(b, c, lang))).append("</b> — ")
                    .append(esc(lang.text("html.benchmark.item", b.origin().label(lang), b.targets().size(),
                            b.endYear() == null ? "" : lang.text("html.benchmark.to", b.endYear()))))
                    .append("</li>");
        }
        sb.append("</ul><p class=\"note\">").append(esc(lang.text("html.note.sources"))).append("</p></footer>");
    }

    /** A benchmark's name; for figures a plan cites, which plan cites them, in the reader's words. */
    private static String name(Benchmark b, Comparison c, ReportLanguage lang) {
        if (b.origin() != Benchmark.Origin.CITED) return b.name();
        return c.assessments().stream().filter(a -> a.benchmark().equals(b)).map(Assessment::district).findFirst()
                .map(d -> lang.text("benchmark.cited-name", b.region().name(), d)).orElse(b.name());
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
            sans-serif;margin:0 auto;max-width:1240px;padding:24px;color:#222;background:#fafafa;font-size:14px}
            h1{font-size:24px;margin:0 0 6px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #ddd;\
            padding-bottom:4px}h3{font-size:15px;margin:0 0 6px}
            .lead{font-size:15px}.note,.legend{color:#555;font-size:12.5px}
            .counts{display:flex;gap:14px;flex-wrap:wrap;margin:10px 0}.count{background:#fff;border:1px solid #e3e3e3;\
            border-radius:8px;padding:8px 14px;text-align:center}.count .n{display:block;font-size:24px;font-weight:700}
            .chip{display:inline-block;color:#fff;border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap}
            .chip.warn{background:#f0a202;color:#222}.chip.met{background:#1b7837}.chip.not-met{background:#d73027}
            .chip.no-target{background:#bdbdbd;color:#222}
            table{border-collapse:collapse;background:#fff}th,td{border:1px solid #e3e3e3;padding:3px 7px;text-align:left;\
            vertical-align:top}th{background:#f1f1f1;font-weight:600}
            table.matrix td.cell{color:#fff;text-align:center;font-weight:700;min-width:56px}
            table.matrix tr.total td{font-weight:600;text-align:center}table.matrix td.ind{white-space:nowrap}
            .sw{display:inline-block;width:18px;color:#fff;text-align:center;border-radius:3px}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(600px,1fr));gap:16px}
            article.ind{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:12px}
            article.ind table{font-size:12px;width:100%}article.ind td:nth-child(-n+3){white-space:nowrap}td.reason{color:#555}
            svg.chart{max-width:100%;height:auto}svg text{font-family:inherit}
            svg .tick{font-size:11px;fill:#666}svg .xlabel{font-size:12px;fill:#222}svg .blabel{font-size:11px;fill:#333}
            svg .plabel{font-size:10.5px;fill:#333}svg .na{font-size:11px;fill:#9e9e9e;font-style:italic}
            details summary h2{display:inline}details summary{cursor:pointer}
            footer{margin-top:24px}.side{display:flex;gap:24px;align-items:flex-start}@media (max-width:1100px){.side{flex-wrap:wrap}}
            .panel{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:12px}
            svg .barlabel{font-size:11.5px;fill:#fff;font-weight:700}
            .path{color:#555;font-size:11.5px}
            """;
}
