package dev.zhibiao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A node of a document's section tree: a heading and the text up to the next heading of the same or a
 * higher rank, with its sub-sections.
 *
 * @param heading  the heading line as written, trimmed ("" for the document's root)
 * @param path     headings from the top down to this one
 * @param span     the section's extent in the original text, heading included
 * @param kind     what the block holds: goals, measures, a table, or other text
 * @param domain   the plan area it belongs to (set by area headings such as 儿童与健康)
 * @param children sub-sections in document order
 */
public record Section(String heading, SectionPath path, Span span, SectionKind kind, Domain domain,
                      List<Section> children) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        children = List.copyOf(children);
    }

    /** This section and all below it, in document order. */
    public Stream<Section> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Section::flatten));
    }

    /** The deepest section whose span holds {@code offset}, this one when no child does. */
    public Section at(int offset) {
        for (Section c : children) {
            if (c.span.contains(offset)) return c.at(offset);
        }
        return this;
    }

    /** The span of this section's own text: after the heading, before the first child. */
    public Span bodySpan(CharSequence text) {
        int start = span.start();
        if (!heading.isEmpty()) {
            int nl = indexOf(text, '\n', start, span.end());
            start = nl < 0 ? span.end() : nl + 1;
        }
        int end = children.isEmpty() ? span.end() : children.get(0).span.start();
        return new Span(Math.min(start, end), end);
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == c) return i;
        }
        return -1;
    }

    /** Lists the tree as indented lines: heading, kind and domain. */
    public String outline() {
        List<String> lines = new ArrayList<>();
        flatten().forEach(s -> {
            if (s.path.isRoot()) return;
            lines.add("  ".repeat(s.path.depth() - 1) + s.heading + "  [" + s.kind.code() + ", " + s.domain + "]");
        });
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return "Section[" + (path.isRoot() ? "(root)" : path) + ", " + kind.code() + ", " + domain + ", " + span
                + ", " + children.size() + " children]";
    }
}
