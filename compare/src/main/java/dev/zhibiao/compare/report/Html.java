package dev.zhibiao.compare.report;

import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.compare.Verdict;

import java.util.List;

/** Escaping and the shared look (verdict colours) of the HTML report. */
final class Html {
    private Html() {
    }

    /** Text escaped for HTML and SVG, element content or attribute values. */
    static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The verdicts in the order charts and legends show them: the plan asking more, as much, less, then the
     * verdicts that set no numbers side by side.
     */
    static final List<Verdict> ORDER = List.of(Verdict.STRICTER, Verdict.AHEAD, Verdict.SAME, Verdict.ON_TRACK,
            Verdict.LOOSER, Verdict.BEHIND, Verdict.INTERIM, Verdict.NOT_COMPARABLE, Verdict.NOT_ADOPTED);

    /**
     * The colour a verdict is drawn in; colour-blind safe enough beside the words that always accompany it. An
     * interim verdict takes a lighter or warmer shade of its final counterpart.
     */
    static String colour(Verdict v) {
        return switch (v) {
            case STRICTER -> "#1b7837";
            case AHEAD -> "#5aae61";
            case SAME -> "#4575b4";
            case ON_TRACK -> "#3f8fa8";
            case LOOSER -> "#d73027";
            case BEHIND -> "#e66101";
            case INTERIM -> "#7f7fb2";
            case NOT_ADOPTED -> "#9e9e9e";
            case LOCAL_ONLY -> "#bdbdbd";
            case NOT_COMPARABLE -> "#8e44ad";
        };
    }

    /** The mark a verdict has in the coverage matrix. */
    static String symbol(Verdict v) {
        return switch (v) {
            case STRICTER -> "▲";
            case AHEAD -> "△";
            case SAME -> "=";
            case ON_TRACK -> "≈";
            case LOOSER -> "▼";
            case BEHIND -> "▽";
            case INTERIM -> "◇";
            case NOT_ADOPTED -> "·";
            case LOCAL_ONLY -> "+";
            case NOT_COMPARABLE -> "≠";
        };
    }

    /** A verdict as a small coloured label in the reader's words, its code as a class for styles and scripts. */
    static String chip(Verdict v, ReportLanguage lang) {
        return "<span class=\"chip v-" + v.code() + "\" style=\"background:" + colour(v) + "\">" + esc(v.label(lang))
                + "</span>";
    }

    /** A number with at most three decimals and no trailing zeros. */
    static String num(double d) {
        return dev.zhibiao.model.Target.fmt(Math.round(d * 1000) / 1000.0);
    }
}
