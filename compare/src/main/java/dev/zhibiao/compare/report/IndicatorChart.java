package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.zhibiao.compare.report.Html.esc;
import static dev.zhibiao.compare.report.Html.num;

/**
 * One indicator as an inline SVG: each district's targets as points (coloured by verdict, hollow where the
 * plan's year differs from the benchmark's) against each benchmark's target as a dashed line; an interim target
 * judged on a path has a short grey bar where the path stands in its year.
 */
final class IndicatorChart {
    private static final int W = 640, H = 230, LEFT = 52, RIGHT = 150, TOP = 18, BOTTOM = 44;

    private IndicatorChart() {
    }

    /** The chart, or empty when the rows hold no two numbers in one unit to draw. */
    static String svg(List<Assessment> rows, List<String> districts, ReportLanguage lang) {
        List<Assessment> drawn = rows.stream().filter(a -> a.plan() != null && a.reference() != null
                && a.verdict() != Verdict.NOT_COMPARABLE).toList();
        if (drawn.isEmpty()) return "";
        Target first = drawn.get(0).plan();
        drawn = drawn.stream().filter(a -> a.plan().unit().equals(first.unit())
                && (a.plan().kind() == dev.zhibiao.model.Kind.CHANGE) == (first.kind() == dev.zhibiao.model.Kind.CHANGE))
                .toList();
        String unit = first.kind() == dev.zhibiao.model.Kind.CHANGE ? lang.text("chart.change-unit", first.unit().symbol())
                : first.unit().symbol();
        Map<String, Line> lines = new LinkedHashMap<>();
        List<Point> points = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Assessment a : drawn) {
            Target r = a.reference();
            String key = a.benchmark().label() + "|" + a.benchmarkYear() + "|" + r.valueText();
            lines.putIfAbsent(key, new Line(a.benchmark(), a.benchmarkYear(), r));
            if (seen.add(a.district() + "|" + a.year() + "|" + a.plan().valueText())) {
                points.add(new Point(a.district(), a.year(), a.plan(), a.verdict(), a.horizonDiffers(), a.path()));
            }
        }
        List<String> xs = districts.stream().filter(d -> rows.stream().anyMatch(a -> a.district().equals(d))).toList();
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (Line l : lines.values()) { lo = Math.min(lo, lo(l.target)); hi = Math.max(hi, hi(l.target)); }
        for (Point p : points) {
            lo = Math.min(lo, lo(p.target));
            hi = Math.max(hi, hi(p.target));
            if (p.path != null) { lo = Math.min(lo, p.path); hi = Math.max(hi, p.path); }
        }
        double span = hi - lo;
        double pad = span == 0 ? Math.max(Math.abs(hi) * 0.1, 1) : span * 0.15;
        double ymin = lo - pad, ymax = hi + pad;
        if (lo >= 0 && ymin < 0) ymin = 0;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H).append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\">");
        axes(sb, ymin, ymax, unit);
        double band = (W - LEFT - RIGHT) / (double) Math.max(1, xs.size());
        for (int i = 0; i < xs.size(); i++) {
            double cx = LEFT + band * (i + 0.5);
            sb.append(text(cx, H - BOTTOM + 16, "middle", "xlabel", xs.get(i)));
            String d = xs.get(i);
            boolean adopted = points.stream().anyMatch(p -> p.district.equals(d));
            if (!adopted) {
                boolean notAdopted = rows.stream().anyMatch(a -> a.district().equals(d) && a.verdict() == Verdict.NOT_ADOPTED);
                if (notAdopted) sb.append(text(cx, H - BOTTOM - 6, "middle", "na", Verdict.NOT_ADOPTED.label(lang)));
            }
        }
        List<double[]> labelYs = new ArrayList<>();
        for (Line l : lines.values()) labelYs.add(new double[]{y(l.target.number(), ymin, ymax) + 4, labelYs.size()});
        double[] placed = spread(labelYs);
        int li = 0;
        for (Line l : lines.values()) {
            boolean national = l.benchmark.level() == Level.NATIONAL;
            String colour = national ? "#222" : "#e08214";
            double y = y(l.target.number(), ymin, ymax);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"").append(national ? "6 4" : "2 3").append("\">")
                    .append("<title>").append(esc(l.benchmark.name() + " " + l.target.valueText())).append("</title></line>");
            double ly = placed[li++];
            sb.append(text(W - RIGHT + 6, ly, "start", "blabel", l.benchmark.label() + " " + l.target.valueText()
                    + (l.year == null ? "" : " (" + l.year + ")")));
        }
        for (Point p : points) {
            int i = xs.indexOf(p.district);
            List<Integer> years = new ArrayList<>(new TreeSet<>(points.stream().filter(q -> q.district.equals(p.district))
                    .map(q -> q.year == null ? 0 : q.year).toList()));
            int k = years.indexOf(p.year == null ? 0 : p.year);
            double offset = years.size() == 1 ? 0 : (k - (years.size() - 1) / 2.0) * Math.min(22, band / (years.size() + 1));
            double cx = LEFT + band * (i + 0.5) + offset;
            String colour = Html.colour(p.verdict);
            String title = p.district + " " + p.target.indicator() + " " + p.target.valueText()
                    + (p.year == null ? "" : " (" + p.year + ")") + " — " + p.verdict.label(lang);
            if (p.path != null) {
                double py = y(p.path, ymin, ymax);
                sb.append("<line x1=\"").append(f(cx - 9)).append("\" x2=\"").append(f(cx + 9)).append("\" y1=\"")
                        .append(f(py)).append("\" y2=\"").append(f(py)).append("\" stroke=\"#888\" stroke-width=\"3\">")
                        .append("<title>").append(esc(lang.text("chart.path", Html.num(p.path), p.year))).append("</title></line>");
            }
            if (p.target.isRange()) {
                sb.append("<line x1=\"").append(f(cx)).append("\" x2=\"").append(f(cx)).append("\" y1=\"")
                        .append(f(y(p.target.low(), ymin, ymax))).append("\" y2=\"").append(f(y(p.target.high(), ymin, ymax)))
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/>");
            }
            double cy = y(p.target.number(), ymin, ymax);
            sb.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" r=\"6\" fill=\"")
                    .append(p.horizon ? "white" : colour).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"><title>").append(esc(title)).append("</title></circle>");
            sb.append(text(cx, cy - 10, "middle", "plabel", num(p.target.number())
                    + (p.year == null ? "" : " ·" + String.valueOf(p.year).substring(2))));
        }
        return sb.append("</svg>").toString();
    }

    private record Line(Benchmark benchmark, Integer year, Target target) {
    }

    private record Point(String district, Integer year, Target target, Verdict verdict, boolean horizon, Double path) {
    }

    /** Label positions near their lines but at least one text line apart, kept inside the plot. */
    private static double[] spread(List<double[]> wanted) {
        double gap = 13;
        List<double[]> sorted = new ArrayList<>(wanted);
        sorted.sort(java.util.Comparator.comparingDouble(a -> a[0]));
        double[] out = new double[wanted.size()];
        double prev = -Double.MAX_VALUE;
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            ys[i] = Math.max(sorted.get(i)[0], prev + gap);
            prev = ys[i];
        }
        double overflow = ys.length == 0 ? 0 : ys[ys.length - 1] - (H - BOTTOM + 4);
        for (int i = ys.length - 1; i >= 0 && overflow > 0; i--) {
            double limit = i == ys.length - 1 ? H - BOTTOM + 4 : ys[i + 1] - gap;
            ys[i] = Math.min(ys[i], limit);
        }
        for (int i = 0; i < sorted.size(); i++) out[(int) sorted.get(i)[1]] = Math.max(TOP, ys[i]);
        return out;
    }

    private static void axes(StringBuilder sb, double ymin, double ymax, String unit) {
        double step = niceStep((ymax - ymin) / 4);
        for (double v = Math.ceil(ymin / step) * step; v <= ymax + 1e-9; v += step) {
            double y = y(v, ymin, ymax);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e6e6e6\"/>");
            sb.append(text(LEFT - 6, y + 4, "end", "tick", num(v)));
        }
        // Above the axis, starting at the left edge: a unit with words ("%（变化幅度）") is wider than the margin.
        sb.append(text(4, TOP - 6, "start", "tick", unit));
        sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#999\"/>");
    }

    private static double niceStep(double raw) {
        if (raw <= 0) return 1;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
    }

    private static double y(double v, double ymin, double ymax) {
        return TOP + (H - TOP - BOTTOM) * (1 - (v - ymin) / (ymax - ymin));
    }

    private static double lo(Target t) {
        return t.isRange() ? t.low() : t.value();
    }

    private static double hi(Target t) {
        return t.isRange() ? t.high() : t.value();
    }

    private static String text(double x, double y, String anchor, String cls, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">"
                + esc(s) + "</text>";
    }

    private static String f(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
