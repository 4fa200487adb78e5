package dev.zhibiao.model;

import dev.zhibiao.format.TextTable;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the extractor found in one document: the section tree and every target record.
 * {@code toString} is a readable table, so JShell shows it as it is.
 *
 * @param document the document extracted
 * @param root     the section tree's root (its children are the top-level sections)
 * @param records  target records in document order
 * @param profile  what the document is, whose and when, with the words each was read from
 * @param skipped  the numbers seen and given no record, each with the reading that left it out
 */
public record Extraction(Document document, Section root, List<Target> records, DocumentProfile profile,
                         List<SkippedNumber> skipped) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(root, "root");
        records = List.copyOf(records);
        if (profile == null) profile = DocumentProfile.of(document);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** An extraction with its profile and no account of skipped numbers. */
    public Extraction(Document document, Section root, List<Target> records, DocumentProfile profile) {
        this(document, root, records, profile, null);
    }

    /** An extraction of a document whose profile is what the document itself says of it. */
    public Extraction(Document document, Section root, List<Target> records) {
        this(document, root, records, null, null);
    }

    /**
     * Why each record was made and each other number left out: a record per line with the rules that made it,
     * then the skipped numbers with the rule that skipped them.
     *
     * <pre>{@code
     * extractor.extract("到2025年，婴儿死亡率降至5‰以下。").explain();
     * // 婴儿死亡率 <=5‰ (2025)  ← number:per-mille, name:subject, bound:以下, time:sentence-year, kind:goal, scope:own
     * }</pre>
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        for (Target t : records) {
            sb.append(t.indicator()).append(' ').append(t.valueText())
                    .append(t.year() == null ? "" : " (" + t.year() + ")")
                    .append("  ← ").append(String.join(", ", t.rules())).append('\n');
        }
        for (SkippedNumber n : skipped) sb.append("skipped ").append(n).append('\n');
        return sb.toString();
    }

    /** Every section below the root, in document order. */
    public List<Section> sections() {
        return root.flatten().filter(s -> !s.path().isRoot()).toList();
    }

    /** Sections of one kind, such as the measure blocks. */
    public List<Section> sections(SectionKind kind) {
        return root.flatten().filter(s -> s.kind() == kind).toList();
    }

    /** The records of one kind. */
    public List<Target> records(Kind kind) {
        return records.stream().filter(t -> t.kind() == kind).toList();
    }

    public Stream<Target> stream() {
        return records.stream();
    }

    /** The records as a table: indicator, value, year, kind, scope, domain, catalog id. */
    public TextTable table() {
        TextTable t = new TextTable("#", "indicator", "value", "year", "kind", "scope", "domain", "id");
        int i = 1;
        for (Target r : records) {
            t.row(i++, r.indicator(), r.valueText(), r.year() == null ? "" : r.year(), r.kind().code(),
                    r.scope().code(), r.domain(), r.indicatorId() == null ? "" : r.indicatorId());
        }
        return t;
    }

    @Override
    public String toString() {
        return document.label() + " — " + records.size() + " records, " + sections().size() + " sections\n"
                + profile + "\n" + table();
    }
}
