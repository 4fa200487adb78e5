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
 */
public record Extraction(Document document, Section root, List<Target> records, DocumentProfile profile) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(root, "root");
        records = List.copyOf(records);
        if (profile == null) profile = DocumentProfile.of(document);
    }

    /** An extraction of a document whose profile is what the document itself says of it. */
    public Extraction(Document document, Section root, List<Target> records) {
        this(document, root, records, null);
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
