package dev.zhibiao.compare.report;

import dev.zhibiao.compare.ProgressRow;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Target;

import java.util.List;
import java.util.Locale;

import static dev.zhibiao.compare.report.Html.esc;
import static dev.zhibiao.compare.report.Html.num;

/**
 * Reported values against their targets, one line each: a scale from zero past the larger of the two, the
 * target as a tick, the value as a dot (green when met, red when not) and the change over the previous year
 * as an arrow from where the value stood.
 */
final class ProgressChart {
    private static final int W = 940, LABEL = 300, ROW = 30, TOP = 6, RIGHT = 260;
    /** Width of one display column of an 11px label: a Latin letter takes about one, a CJK character two. */
    private static final double COLUMN = 5.8;

    private ProgressChart() {
    }

    static String svg(List<ProgressRow> rows, ReportLanguage lang) {
        int h = TOP + ROW * rows.size() + 6;
        // Room on the right for the longest label: Chinese labels run longer than English ones.
        int right = RIGHT;
        for (ProgressRow r : rows) right = Math.max(right, (int) Math.ceil(TextTable.width(label(r, lang)) * COLUMN) + 16);
        right = Math.min(right, W - LABEL - 200);
        StringBuilder sb = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 " + W + " " + h + "\" width=\"" + W
                + "\" height=\"" + h + "\" role=\"img\">");
        int i = 0;
        for (ProgressRow r : rows) {
            double y = TOP + ROW * i++ + ROW / 2.0;
            Target t = r.target();
            double v = r.reported().number();
            double goal = t.isRange() ? t.high() : t.value();
            Double before = r.change() == null ? null : v - r.change();
            double max = Math.max(Math.max(v, goal), before == null ? 0 : before) * 1.1;
            if (max <= 0) max = 1;
            double x0 = LABEL, x1 = W - right;
            double scale = (x1 - x0) / max;
            String colour = r.status() == ProgressRow.Status.MET ? "#1b7837" : "#d73027";
            sb.append(text(LABEL - 8, y + 4, "end", "xlabel", r.district() + " " + r.reported().indicator()));
            sb.append(line(x0, y, x1, y, "#ddd", 6));
            sb.append(line(x0 + goal * scale, y - 10, x0 + goal * scale, y + 10, "#222", 2));
            if (before != null) {
                sb.append(line(x0 + before * scale, y, x0 + v * scale, y, "#999", 2));
            }
            sb.append("<circle cx=\"").append(f(x0 + v * scale)).append("\" cy=\"").append(f(y))
                    .append("\" r=\"6\" fill=\"").append(colour).append("\"><title>")
                    .append(esc(lang.text("chart.progress.title", r.reported().valueText(), r.targetText(),
                            r.targetSource(lang))))
                    .append("</title></circle>");
            sb.append(text(x1 + 8, y + 4, "start", "blabel", label(r, lang)));
        }
        return sb.append("</svg>").toString();
    }

    private static String label(ProgressRow r, ReportLanguage lang) {
        return lang.text("chart.progress.label", num(r.reported().number()) + r.reported().unit().symbol(),
                r.target().valueText(), r.targetSource(lang));
    }

    private static String line(double xa, double ya, double xb, double yb, String colour, double width) {
        return "<line x1=\"" + f(xa) + "\" y1=\"" + f(ya) + "\" x2=\"" + f(xb) + "\" y2=\"" + f(yb) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + width + "\" stroke-linecap=\"round\"/>";
    }

    private static String text(double x, double y, String anchor, String cls, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">"
                + esc(s) + "</text>";
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
