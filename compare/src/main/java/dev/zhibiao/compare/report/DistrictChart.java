package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.format.TextTable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.zhibiao.compare.report.Html.esc;

/** Each district's verdicts against one benchmark as a stacked horizontal bar, so plans can be ranked at a glance. */
final class DistrictChart {
    private static final List<Verdict> ORDER = Html.ORDER;
    private static final int W = 500, LEFT = 70, ROW = 34, TOP = 8, LEGEND_ROW = 18;
    /** Width of one column of legend text at 11px: half an em for Latin, a whole em for a CJK character. */
    private static final double COLUMN = 6.0;

    private DistrictChart() {
    }

    static String svg(Benchmark benchmark, List<Assessment> assessments, List<String> districts, ReportLanguage lang) {
        StringBuilder legend = new StringBuilder();
        int legendRows = legend(legend, TOP + ROW * districts.size() + 18, lang);
        int h = TOP + ROW * districts.size() + 22 + LEGEND_ROW * legendRows;
        StringBuilder sb = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + W + " " + h + "\" width=\"" + W
                + "\" height=\"" + h + "\" role=\"img\">");
        int max = 1;
        Map<String, Map<Verdict, Integer>> counts = new java.util.LinkedHashMap<>();
        for (String d : districts) {
            Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
            for (Assessment a : assessments) {
                if (a.district().equals(d) && a.benchmark().equals(benchmark) && ORDER.contains(a.verdict())) {
                    m.merge(a.verdict(), 1, Integer::sum);
                }
            }
            counts.put(d, m);
            max = Math.max(max, m.values().stream().mapToInt(Integer::intValue).sum());
        }
        double scale = (W - LEFT - 20) / (double) max;
        int i = 0;
        for (Map.Entry<String, Map<Verdict, Integer>> e : counts.entrySet()) {
            double y = TOP + ROW * i++;
            sb.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\" class=\"xlabel\">").append(esc(e.getKey())).append("</text>");
            double x = LEFT;
            for (Verdict v : ORDER) {
                int n = e.getValue().getOrDefault(v, 0);
                if (n == 0) continue;
                double w = n * scale;
                sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"22\" fill=\"").append(Html.colour(v)).append("\"><title>")
                        .append(esc(lang.text("chart.district.count", e.getKey(), n, v.label(lang))))
                        .append("</title></rect>");
                if (w >= 16) {
                    sb.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(y + 19)
                            .append("\" text-anchor=\"middle\" class=\"barlabel\">").append(n).append("</text>");
                }
                x += w;
            }
        }
        return sb.append(legend).append("</svg>").toString();
    }

    /** The colour key below the bars, wrapped to the chart's width; returns the number of rows it takes. */
    private static int legend(StringBuilder sb, double top, ReportLanguage lang) {
        double ly = top, lx = LEFT;
        int rows = 1;
        for (Verdict v : ORDER) {
            String label = v.label(lang);
            double w = 16 + TextTable.width(label) * COLUMN + 12;
            if (lx > LEFT && lx + w > W) {
                lx = LEFT;
                ly += LEGEND_ROW;
                rows++;
            }
            sb.append("<rect x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly - 10)).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(Html.colour(v)).append("\"/><text x=\"").append(fmt(lx + 16)).append("\" y=\"").append(fmt(ly))
                    .append("\" class=\"tick\">").append(esc(label)).append("</text>");
            lx += w;
        }
        return rows;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
