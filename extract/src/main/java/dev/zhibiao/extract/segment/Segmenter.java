package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.normalize.NormalizedText;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.SectionPath;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts a normalised text into its section tree: numbered headings nest by rank, block words mark goal,
 * measure and table blocks, area headings set the domain, contents entries are set aside. Thread-safe.
 *
 * <pre>{@code
 * Segmentation s = new Segmenter().segment(Normalizer.standard().normalize(text));
 * System.out.println(s.root().outline());
 * }</pre>
 */
public final class Segmenter {
    /** A line with two > between words is a breadcrumb trail; {@code 3 > 2} is arithmetic. */
    private static final java.util.regex.Pattern NUMBER_BEFORE_GT = java.util.regex.Pattern.compile("\\d\\s*>");

    private final HeadingRule headings = new HeadingRule();
    private final DomainRule domains = new DomainRule();
    private final java.util.List<String> webWords = dev.zhibiao.extract.Lexicon.load("segment/web-clutter.txt").words();

    private static final class Node {
        final Heading heading;
        final int start;
        int end;
        SectionKind kind = SectionKind.OTHER;
        Domain domain = Domain.OTHER;
        boolean outside;
        final List<Node> children = new ArrayList<>();

        Node(Heading heading, int start) {
            this.heading = heading;
            this.start = start;
        }

        double rank() {
            return heading == null ? -1 : heading.rank();
        }
    }

    /** Segments a normalised text. */
    public Segmentation segment(NormalizedText normalized) {
        String t = normalized.text();
        Node root = new Node(null, 0);
        root.end = t.length();
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        List<TextLine> lines = new ArrayList<>();
        java.util.Set<Integer> menu = menuStarts(t);
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int lineEnd = nl < 0 ? t.length() : nl;
            int s = pos, e = lineEnd;
            while (s < e && Character.isWhitespace(t.charAt(s))) s++;
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
            pos = lineEnd + 1;
            if (s == e) continue;
            String line = t.substring(s, e);
            boolean inTable = open.peek().kind == SectionKind.TABLE;
            if (clutter(line) || !menu.isEmpty() && menu.contains(s)) {
                lines.add(new TextLine(s, e, s, TextLine.Role.CLUTTER));
                continue;
            }
            if (!inTable && headings.isContents(line)) {
                lines.add(new TextLine(s, e, s, TextLine.Role.CONTENTS));
                continue;
            }
            // 学前教育 alone between rows of cells (在校生⇥万人⇥505⇥535) is a category of the rows, not a heading
            if (!inTable && line.length() <= 12 && !lines.isEmpty() && cellCount(t, lines.get(lines.size() - 1)) >= 3
                    && noDigit(line) && cellCount(nextLine(t, pos)) >= 3) {
                lines.add(new TextLine(s, e, s, TextLine.Role.TABLE));
                continue;
            }
            boolean tabbed = s > 0 && t.charAt(s - 1) == '\t';
            Heading h = tabbed && inTable ? null : headings.match(line, inTable);
            // 一、发展水平 in a table, over rows named with their units, is a category of rows, not a new section
            if (h != null && inTable && h.rank() >= 1 && h.rank() <= 2 && line.length() <= 16
                    && HeadingRule.rowName(nextLine(t, pos))) {
                lines.add(new TextLine(s, e, s, TextLine.Role.TABLE));
                continue;
            }
            // a heading's shape on the last line, with nothing under it, is a text cut off (加强儿童卫生人才队)
            if (h != null && h.plain() && t.substring(Math.min(pos, t.length())).isBlank()) h = null;
            if (h == null) {
                lines.add(new TextLine(s, e, s, inTable ? TextLine.Role.TABLE : TextLine.Role.BODY));
                continue;
            }
            while (open.peek() != root && open.peek().rank() >= h.rank()) open.pop().end = s;
            Node parent = open.peek();
            Node node = new Node(h, s);
            classify(node, parent);
            parent.children.add(node);
            open.push(node);
            lines.add(new TextLine(s, e, s + h.bodyStart(), TextLine.Role.HEADING));
        }
        while (open.peek() != root) open.pop().end = t.length();
        List<dev.zhibiao.model.Span> outside = new ArrayList<>();
        outside(root, normalized, outside);
        return new Segmentation(normalized, toSection(root, SectionPath.ROOT, normalized), lines, outside);
    }

    /**
     * Where the lines of a site's menu ({@code MenuLines}) or of its list of other articles ({@code RelatedLists})
     * start; most texts have no bulleted line and no such list at all.
     */
    private static java.util.Set<Integer> menuStarts(String t) {
        // a menu needs three bulleted lines: one pass looks for a bullet opening a line
        boolean bullet = false;
        for (int i = 0; i < t.length() && !bullet; i++) {
            char c = t.charAt(i);
            bullet = c > 0xB6 && "•·●▪◆■◇□".indexOf(c) >= 0;
        }
        // a list of other articles names itself (相关阅读) or dates its headlines
        boolean related = dev.zhibiao.extract.normalize.RelatedLists.mayHold(t);
        if (!bullet && !related) return java.util.Set.of();
        List<String> stripped = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            int s = pos;
            while (s < end && Character.isWhitespace(t.charAt(s))) s++;
            String line = t.substring(s, end).strip();
            if (!line.isEmpty()) {
                stripped.add(line);
                starts.add(s);
            }
            pos = end + 1;
        }
        boolean[] isMenu = bullet ? dev.zhibiao.extract.normalize.MenuLines.of(stripped) : new boolean[stripped.size()];
        boolean[] isList = related ? dev.zhibiao.extract.normalize.RelatedLists.of(stripped) : new boolean[stripped.size()];
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < isMenu.length; i++) {
            if (isMenu[i] || isList[i]) out.add(starts.get(i));
        }
        return out;
    }

    /** The next line from {@code pos} that is not blank, stripped; "" at the end. */
    /** The cells of a body line, by its tabs; 0 for a line of another role. */
    private static int cellCount(String t, TextLine l) {
        return l.role() == TextLine.Role.BODY ? cellCount(t.substring(l.start(), l.end())) : 0;
    }

    /** The cells of a line holding tabs (在校生⇥万人⇥505⇥535 has 4); 1 for a line without. */
    private static int cellCount(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') n++;
        }
        return n;
    }

    private static boolean noDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) return false;
        }
        return true;
    }

    private static String nextLine(String t, int pos) {
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            String l = t.substring(pos, end).strip();
            if (!l.isEmpty()) return l;
            pos = end + 1;
        }
        return "";
    }

    /** Web page furniture: a short line with a navigation or page word (首页, 来源：, 打印本页). */
    private boolean clutter(String line) {
        if (dev.zhibiao.extract.normalize.KeywordLines.is(line, 0, line.length())) return true;
        if (line.length() > 60) return false;
        if (line.contains(">") && line.indexOf('>') != line.lastIndexOf('>') && !NUMBER_BEFORE_GT.matcher(line).find()) {
            return true;
        }
        for (String w : webWords) {
            if (line.contains(w)) return true;
        }
        return siteName(line);
    }

    /** A site's name: 某某信息网, or a page title run into one with a separator (某标题--某某网, 某标题_某某网站). */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "(?:新闻网|信息网|搜索网|门户网|门户网站|官网|官方网站)$|(?:--|_|\\||｜).{0,14}(?:网|网站|门户)$"
                    + "|^.{1,14}(?:网|网站|门户)(?:--|_|\\||｜)");

    private static boolean siteName(String line) {
        return line.indexOf('网') >= 0 && line.indexOf('。') < 0 && SITE.matcher(line).find();
    }

    private void classify(Node node, Node parent) {
        Heading h = node.heading;
        if (h.kind() != null) node.kind = h.kind();
        else if (parent.kind != SectionKind.OTHER) node.kind = parent.kind;
        boolean top = h.rank() <= 1 || h.plain() && parent.heading == null;
        if (parent.outside || top && domains.outsideAreas(h.title())) {
            node.outside = true;
            return;
        }
        Domain own = h.rank() <= 2.5 || node.kind == SectionKind.TABLE ? domains.named(h.title()) : null;
        if (own != null) node.domain = own;
        else if (parent.domain != Domain.OTHER) node.domain = parent.domain;
        else if (h.plain() && !parent.children.isEmpty()) {
            Node previous = parent.children.get(parent.children.size() - 1);
            if (previous.heading.plain()) node.domain = previous.domain;
        }
    }

    /** The spans of the outermost blocks outside the plan areas, in the original text. */
    private static void outside(Node n, NormalizedText text, List<dev.zhibiao.model.Span> out) {
        for (Node c : n.children) {
            if (c.outside) out.add(text.originalSpan(c.start, Math.max(c.start + 1, c.end)));
            else outside(c, text, out);
        }
    }

    private static Section toSection(Node n, SectionPath path, NormalizedText text) {
        List<Section> children = new ArrayList<>(n.children.size());
        for (Node c : n.children) children.add(toSection(c, path.child(c.heading.text()), text));
        String heading = n.heading == null ? "" : n.heading.text();
        var span = n.heading == null ? dev.zhibiao.model.Span.of(0, text.original().length())
                : text.originalSpan(n.start, Math.max(n.start + 1, n.end));
        return new Section(heading, path, span, n.kind, n.domain, children);
    }
}
