package dev.zhibiao.extract.input;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The main text of a web page: blocks become lines, data tables become rows of cells, and the site's
 * navigation, scripts, headers and footers are left out. Only loaded when jsoup is on the class path.
 */
final class HtmlText {
    /** Elements that never hold a plan's text. */
    private static final String CLUTTER = "script, style, noscript, template, nav, aside, footer, form, iframe, svg, "
            + "button, select, object, embed, canvas, map, audio, video";
    /** Class and id words by which sites mark navigation and page furniture. */
    private static final Pattern CLUTTER_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|sidebar|share|copyright|toolbar|topbar)"
                    + "([-_\\s]|$)");
    private static final Set<String> LINE_BREAKS = Set.of("br", "hr");

    private HtmlText() {
    }

    static String convert(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Element body = page.body();
        body.select(CLUTTER).remove();
        removeNamedClutter(body);
        Element main = mainContent(body);
        StringBuilder out = new StringBuilder(html.length() / 2);
        StringBuilder inline = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    inline.append(inPre(t) ? t.getWholeText() : t.text());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (LINE_BREAKS.contains(e.normalName())) {
                    flush(out, inline);
                    return FilterResult.CONTINUE;
                }
                if (e.normalName().equals("table") && isDataTable(e)) {
                    flush(out, inline);
                    table(out, e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isBlock(e)) flush(out, inline);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) flush(out, inline);
                return FilterResult.CONTINUE;
            }
        }, main);
        flush(out, inline);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder inline) {
        if (inline.isEmpty()) return;
        for (String line : inline.toString().split("\n")) Cells.line(out, line);
        inline.setLength(0);
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || e.normalName().equals("td") || e.normalName().equals("th") || e.normalName().equals("li");
    }

    private static boolean inPre(TextNode t) {
        for (Element p = (Element) t.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("pre")) return true;
        }
        return false;
    }

    /** Removes blocks named as navigation or furniture, unless one holds most of the page's text. */
    private static void removeNamedClutter(Element body) {
        int total = body.text().length();
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            boolean named = CLUTTER_NAME.matcher(e.id()).find() || CLUTTER_NAME.matcher(e.className()).find()
                    || e.normalName().equals("header") && e.closest("article, main") == null;
            if (named && e.text().length() * 2 < total) doomed.add(e);
        }
        doomed.forEach(Element::remove);
    }

    /** The page's article or main element when it holds a fair share of the text, else the body. */
    private static Element mainContent(Element body) {
        int total = body.text().length();
        for (Element e : body.select("article, main, [role=main]")) {
            if (e.text().length() * 10 >= total * 3) return e;
        }
        return body;
    }

    /** A table of data rather than page layout: it holds no other table. */
    private static boolean isDataTable(Element table) {
        return table.select("table").size() == 1 && table.select("td, th").size() > 1;
    }

    private static void table(StringBuilder out, Element table) {
        // A cell under a rowspan from above is written as an empty cell, so columns keep their positions.
        // Keyed by first grid column: {rows still covered, columns wide}.
        TreeMap<Integer, int[]> spanning = new TreeMap<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element td : tr.select("> td, > th")) {
                col = coveredCells(spanning, col, cells);
                cells.add(Cells.clean(cellText(td)));
                int rows = span(td.attr("rowspan"));
                int cols = span(td.attr("colspan"));
                if (rows > 1) spanning.put(col, new int[] {rows - 1, cols});
                col += cols;
            }
            for (int[] s : spanning.tailMap(col).values()) {
                if (s[0] > 0) {
                    s[0]--;
                    cells.add("");
                }
            }
            spanning.values().removeIf(s -> s[0] <= 0);
            Cells.row(out, cells);
        }
    }

    /** Writes empty cells for the spans covering the grid from col on; returns the next free column. */
    private static int coveredCells(TreeMap<Integer, int[]> spanning, int col, List<String> cells) {
        int[] s;
        while ((s = spanning.get(col)) != null && s[0] > 0) {
            s[0]--;
            cells.add("");
            col += s[1];
        }
        return col;
    }

    private static String cellText(Element td) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) b.append(t.text());
            else if (node instanceof Element e && (LINE_BREAKS.contains(e.normalName()) || e.isBlock())) b.append('\n');
        }, td);
        return b.toString();
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
