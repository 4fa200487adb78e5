package dev.zhibiao.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The headings from the top of a document down to a section, e.g.
 * {@code 二、发展领域、主要目标和策略措施 > （一）儿童与健康 > 主要目标}.
 */
public record SectionPath(List<String> headings) {
    public static final SectionPath ROOT = new SectionPath(List.of());
    /** What separates headings in {@link #toString()}. */
    public static final String SEPARATOR = " > ";

    public SectionPath {
        headings = List.copyOf(headings);
    }

    public static SectionPath of(String... headings) {
        return new SectionPath(Arrays.asList(headings));
    }

    /** Reads the form {@link #toString()} writes. */
    public static SectionPath parse(String text) {
        if (text == null || text.isBlank()) return ROOT;
        return new SectionPath(Arrays.stream(text.split(" > ")).map(String::strip).toList());
    }

    public SectionPath child(String heading) {
        List<String> h = new ArrayList<>(headings);
        h.add(heading);
        return new SectionPath(h);
    }

    public int depth() {
        return headings.size();
    }

    public boolean isRoot() {
        return headings.isEmpty();
    }

    /** The last heading, or "" at the root. */
    public String last() {
        return headings.isEmpty() ? "" : headings.get(headings.size() - 1);
    }

    public boolean startsWith(SectionPath prefix) {
        return headings.size() >= prefix.headings.size()
                && headings.subList(0, prefix.headings.size()).equals(prefix.headings);
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, headings);
    }
}
