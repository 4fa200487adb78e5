package dev.zhibiao.compare.index;

import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an extraction into index entries: the items of its measure blocks and its target records.
 * An item begins at a line opening with an item number (（一） 1． (1) ① 一、), after any bracketed mark
 * a converted file left before it ([bookmark: _Toc1]); lines without one continue
 * the item above, because plans wrap long items and page breaks cut them, unless they open a box (专栏)
 * or a tabbed row. A block without numbered lines is read as paragraphs, one item each.
 */
final class MeasureSplitter {
    /** Item numbers as plans write them, with full-width and half-width punctuation. */
    static final Pattern ITEM_NUMBER = Pattern.compile(
            "^\\s*(?:\\[[^\\]\n]{1,60}\\]\\s*)?(?:[（(][一二三四五六七八九十百0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}\\s*[．.、，,](?![0-9０-９])"
                    + "|[一二三四五六七八九十]{1,3}\\s*、|[①-⑳])\\s*");
    /** Shorter than this, a line is a heading or a fragment, not a measure. */
    static final int MIN_ITEM_CHARS = 16;

    private MeasureSplitter() {
    }

    static List<Measure> split(Extraction x) {
        List<Measure> out = new ArrayList<>();
        Document doc = x.document();
        List<Section> blocks = new ArrayList<>();
        collectBlocks(x.root(), blocks);
        List<Item> items = new ArrayList<>();
        for (Section block : blocks) itemsOf(block, doc.text(), items);
        if (blocks.isEmpty() && doc.type() == DocumentType.PLAN) {
            // Without a measure block (a news summary, a cut text) every paragraph may hold a measure.
            splitText(doc.text(), Span.of(0, doc.text().length()), SectionPath.ROOT, Domain.OTHER, items);
        }
        int n = 0;
        for (Item it : items) {
            out.add(new Measure(doc.id() + "#m" + (++n), Measure.Type.MEASURE, doc.id(), doc.title(), doc.region(),
                    it.domain, it.path, it.text, it.span, null, null, null, null));
        }
        int t = 0;
        for (Target r : x.records()) {
            String text = r.quote() == null || r.quote().isBlank() ? r.indicator() : r.quote();
            out.add(new Measure(doc.id() + "#t" + (++t), Measure.Type.TARGET, doc.id(), doc.title(), doc.region(),
                    r.domain(), r.sectionPath(), text, r.span(), r.indicator(), r.indicatorId(),
                    r.value() != null ? r.value() : r.low(), r.unit().symbol()));
        }
        return out;
    }

    /** The outermost measure blocks: a measure block inside another is read as part of it. */
    private static void collectBlocks(Section s, List<Section> out) {
        if (s.kind() == SectionKind.MEASURES) {
            out.add(s);
            return;
        }
        for (Section c : s.children()) collectBlocks(c, out);
    }

    private static void itemsOf(Section s, String text, List<Item> out) {
        if (s.children().isEmpty()) {
            splitText(text, clamp(s.span(), text), s.path(), s.domain(), out);
            return;
        }
        Span body = s.bodySpan(text);
        splitText(text, clamp(body, text), s.path(), s.domain(), out);
        for (Section c : s.children()) itemsOf(c, text, out);
    }

    private static Span clamp(Span span, String text) {
        int end = Math.min(span.end(), text.length());
        return Span.of(Math.min(span.start(), end), end);
    }

    /** Splits {@code span} of {@code text} into items at numbered lines, or into paragraphs when none is numbered. */
    static void splitText(String text, Span span, SectionPath path, Domain domain, List<Item> out) {
        List<int[]> lines = new ArrayList<>();
        boolean numbered = false;
        int i = span.start();
        while (i < span.end()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 || nl > span.end() ? span.end() : nl;
            int s = i;
            int e = end;
            while (s < e && blank(text.charAt(s))) s++;
            while (e > s && blank(text.charAt(e - 1))) e--;
            if (e > s) {
                lines.add(new int[]{s, e});
                numbered |= ITEM_NUMBER.matcher(text.substring(s, e)).lookingAt();
            }
            i = end + 1;
        }
        int start = -1;
        int last = -1;
        StringBuilder sb = new StringBuilder();
        for (int[] l : lines) {
            String line = text.substring(l[0], l[1]);
            var m = ITEM_NUMBER.matcher(line);
            boolean opens = m.lookingAt();
            if (opens || !numbered || start < 0 || opensBox(text, l[0], line)) {
                emit(sb, start, last, path, domain, out);
                sb.setLength(0);
                start = l[0];
                sb.append(opens ? line.substring(m.end()) : line);
            } else {
                sb.append(line);
            }
            last = l[1];
        }
        emit(sb, start, last, path, domain, out);
    }

    /** Spaces of every width, the ideographic one and the no-break one included. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A box (专栏) or a table row set off by a tab stands apart from the numbered item above it, which a
     * wrapped line never is.
     */
    private static boolean opensBox(String text, int lineStart, String line) {
        return line.startsWith("专栏") || lineStart > 0 && text.charAt(lineStart - 1) == '\t';
    }

    private static void emit(StringBuilder sb, int start, int end, SectionPath path, Domain domain, List<Item> out) {
        if (start < 0 || sb.length() < MIN_ITEM_CHARS) return;
        out.add(new Item(sb.toString(), Span.of(start, end), path, domain));
    }

    record Item(String text, Span span, SectionPath path, Domain domain) {
    }
}
