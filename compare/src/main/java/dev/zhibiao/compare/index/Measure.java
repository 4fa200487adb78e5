package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;

import java.util.Objects;

/**
 * One entry of the {@link MeasureIndex}: a measure item of a plan (a numbered item or paragraph of a
 * 策略措施 / 主要措施 / 重点任务 block) or a target record with its typed value.
 *
 * <pre>{@code
 * Measure m = index.search("防溺水").limit(1).run().hits().get(0).measure();
 * m.documentId();  m.path();  m.text();
 * }</pre>
 *
 * @param id          stable within the index: the document id, {@code #m} or {@code #t}, and the ordinal
 * @param type        a measure item or a target record
 * @param documentId  the id of the document it comes from
 * @param title       that document's title
 * @param region      the document's region with its parent chain, or null when unknown
 * @param domain      the plan area it sits in
 * @param path        the headings above it
 * @param text        the item's text (for a target: its quote, else its indicator)
 * @param span        where the text stands in the document's original text, or null
 * @param indicator   for a target, the indicator as the plan names it, or null
 * @param indicatorId for a target, the catalog id it resolves to, or null
 * @param value       for a target, its value (a range's lower end), or null
 * @param unit        for a target, its unit symbol, or null
 */
public record Measure(String id, Type type, String documentId, String title, Region region, Domain domain,
                     SectionPath path, String text, Span span, String indicator, String indicatorId, Double value,
                     String unit) {

    /** What an index entry is. */
    public enum Type {
        MEASURE, TARGET;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(text, "text");
        if (title == null) title = documentId;
        if (path == null) path = SectionPath.ROOT;
    }

    /** The administrative level of the document's region, or null when unknown. */
    public Level level() {
        return region == null ? null : region.level();
    }

    /** The name to show for the document: its region's full name where known, else its title. */
    public String label() {
        return region == null ? title : region.fullName();
    }

    /** The item's leading words up to the first full stop, when short enough to serve as its title. */
    public String heading() {
        int stop = text.indexOf('。');
        return stop > 0 && stop <= 40 ? text.substring(0, stop) : "";
    }

    /** For a target, its indicator and value (新生儿死亡率 3‰); else "". */
    public String valueText() {
        if (type != Type.TARGET) return "";
        String v = value == null ? "" : dev.zhibiao.model.Target.fmt(value) + (unit == null ? "" : unit);
        return ((indicator == null ? "" : indicator) + " " + v).strip();
    }

    @Override
    public String toString() {
        String t = text.length() > 60 ? text.substring(0, 59) + "…" : text;
        return "Measure[" + id + ", " + label() + ", " + domain + ", " + t + "]";
    }
}
