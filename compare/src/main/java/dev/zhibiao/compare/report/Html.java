package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Verdict;

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

    /** The colour a verdict is drawn in; colour-blind safe enough beside the words that always accompany it. */
    static String colour(Verdict v) {
        return switch (v) {
            case STRICTER -> "#1b7837";
            case SAME -> "#4575b4";
            case LOOSER -> "#d73027";
            case NOT_ADOPTED -> "#9e9e9e";
            case LOCAL_ONLY -> "#bdbdbd";
            case NOT_COMPARABLE -> "#8e44ad";
        };
    }

    /** A verdict as a small coloured label. */
    static String chip(Verdict v) {
        return "<span class=\"chip\" style=\"background:" + colour(v) + "\">" + v.code() + "</span>";
    }

    /** A number with at most three decimals and no trailing zeros. */
    static String num(double d) {
        return dev.zhibiao.model.Target.fmt(Math.round(d * 1000) / 1000.0);
    }
}
