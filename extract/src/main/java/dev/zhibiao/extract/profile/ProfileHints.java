package dev.zhibiao.extract.profile;

import dev.zhibiao.model.Gazetteer;

import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;

/**
 * What a caller knows about a document before it is read: any of its type, region, level and period. What is
 * given is kept; the rest is read from the document. {@link #none()} gives nothing.
 *
 * <pre>{@code
 * var hints = ProfileHints.none().type(DocumentType.NEWS).period(Period.parse("2021-2030"));
 * extractor.extract(Path.of("page.txt"), hints);
 * }</pre>
 */
public record ProfileHints(DocumentType type, Region region, Level level, Period period) {
    private static final ProfileHints NONE = new ProfileHints(null, null, null, null);

    public static ProfileHints none() {
        return NONE;
    }

    public ProfileHints type(DocumentType t) {
        return new ProfileHints(t, region, level, period);
    }

    public ProfileHints region(Region r) {
        return new ProfileHints(type, r, level, period);
    }

    /** The region by its name or written chain ({@code 湖北省宜昌市}), looked up in the bundled gazetteer. */
    public ProfileHints region(String names) {
        Region r = Gazetteer.bundled().region(names.strip());
        if (r == null) r = Region.of(names.strip(), level != null ? level : Level.DISTRICT);
        return region(r);
    }

    public ProfileHints level(Level l) {
        return new ProfileHints(type, region, l, period);
    }

    public ProfileHints period(Period p) {
        return new ProfileHints(type, region, level, p);
    }

    /** True when nothing is given. */
    public boolean isEmpty() {
        return type == null && region == null && level == null && period == null;
    }

    /** The region with the given level where both are given and differ. */
    Region regionAtLevel() {
        if (region == null || level == null || region.level() == level) return region;
        return new Region(region.name(), level, region.parent() != null && region.parent().level().isAbove(level)
                ? region.parent() : null);
    }
}
