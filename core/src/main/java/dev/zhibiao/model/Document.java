package dev.zhibiao.model;

import java.util.Objects;

/**
 * A plan document, monitoring report or benchmark text, with what is known about it.
 *
 * <pre>{@code
 * var doc = Document.of("plan.txt", text);          // region and period unknown
 * }</pre>
 *
 * @param id       a stable identifier (the file name without extension for files)
 * @param title    the document's title, or its file name when none is known
 * @param region   the region whose plan this is, or null when unknown
 * @param period   the period it covers, or null when unknown
 * @param type     plan, monitoring report or benchmark
 * @param fileName the name the text came from ({@code 003_591f6bf66b9c718f.txt}), or null
 * @param text     the full original text
 */
public record Document(String id, String title, Region region, Period period, DocumentType type,
                       String fileName, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (title == null) title = fileName != null ? fileName : id;
    }

    /** A document known only by its name and text, taken as a plan. */
    public static Document of(String fileName, String text) {
        String id = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        return new Document(id, fileName, null, null, DocumentType.PLAN, fileName, text);
    }

    /** The plan's end year, or null when the period is unknown. */
    public Integer endYear() {
        return period == null ? null : period.end();
    }

    /** The same document with another text (after decoding or conversion). */
    public Document withText(String newText) {
        return new Document(id, title, region, period, type, fileName, newText);
    }

    /** The same document with what a manifest or the caller knows about it. */
    public Document with(Region newRegion, Period newPeriod, DocumentType newType) {
        return new Document(id, title, newRegion, newPeriod, newType, fileName, text);
    }

    /** The name to show: the region's name where known, else the title. */
    public String label() {
        return region != null ? region.name() : title;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + title + ", " + (region == null ? "?" : region.fullName()) + ", "
                + (period == null ? "?" : period) + ", " + type.code() + ", " + text.length() + " chars]";
    }
}
