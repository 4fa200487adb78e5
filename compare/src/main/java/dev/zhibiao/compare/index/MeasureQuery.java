package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Level;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A search being composed: each call returns a new query, and {@link #run()} (or {@code toString},
 * as JShell prints it) runs it. Measures only by default; {@link #targets()} asks for target records,
 * {@link #withTargets()} for both.
 *
 * <pre>{@code
 * index.search("近视 防控").domain("健康").region("东莞").limit(5)
 * }</pre>
 */
public final class MeasureQuery {
    /** Hits shown when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;

    private final MeasureIndex index;
    private final String text;
    private final Domain domain;
    private final String region;
    private final Level level;
    private final Set<Measure.Type> types;
    private final int limit;

    MeasureQuery(MeasureIndex index, String text) {
        this(index, text, null, null, null, EnumSet.of(Measure.Type.MEASURE), DEFAULT_LIMIT);
    }

    private MeasureQuery(MeasureIndex index, String text, Domain domain, String region, Level level,
                         Set<Measure.Type> types, int limit) {
        this.index = index;
        this.text = text;
        this.domain = domain;
        this.region = region;
        this.level = level;
        this.types = Set.copyOf(types);
        this.limit = limit;
    }

    /** Only entries of this plan area. */
    public MeasureQuery domain(Domain d) {
        return new MeasureQuery(index, text, d, region, level, types, limit);
    }

    /** Only entries of this plan area, by label (健康) or name (HEALTH). */
    public MeasureQuery domain(String d) {
        return domain(d == null || d.isBlank() ? null : Domain.of(d));
    }

    /**
     * Only documents of this region or below it: a name as written (东莞市), part of one (东莞), or a full
     * name (河南省平顶山市新华区).
     */
    public MeasureQuery region(String r) {
        return new MeasureQuery(index, text, domain, r == null || r.isBlank() ? null : r.strip(), level, types, limit);
    }

    /** Only documents whose region has this level. */
    public MeasureQuery level(Level l) {
        return new MeasureQuery(index, text, domain, region, l, types, limit);
    }

    /** Only documents whose region has this level, by code (district, city …). */
    public MeasureQuery level(String l) {
        return level(l == null || l.isBlank() ? null : Level.of(l));
    }

    /** At most this many hits. */
    public MeasureQuery limit(int n) {
        if (n < 1) throw new IllegalArgumentException("limit must be at least 1: " + n);
        return new MeasureQuery(index, text, domain, region, level, types, n);
    }

    /** Target records instead of measures. */
    public MeasureQuery targets() {
        return new MeasureQuery(index, text, domain, region, level, EnumSet.of(Measure.Type.TARGET), limit);
    }

    /** Measures and target records together. */
    public MeasureQuery withTargets() {
        return new MeasureQuery(index, text, domain, region, level, EnumSet.allOf(Measure.Type.class), limit);
    }

    public String text() {
        return text;
    }

    public Domain domain() {
        return domain;
    }

    public String region() {
        return region;
    }

    public Level level() {
        return level;
    }

    public Set<Measure.Type> types() {
        return types;
    }

    public int limit() {
        return limit;
    }

    /** Runs the search. */
    public SearchHits run() {
        return index.run(this);
    }

    /** Runs the search and returns only the hits. */
    public List<SearchHit> hits() {
        return run().hits();
    }

    /** Runs the search and shows its result as a table. */
    @Override
    public String toString() {
        return run().toString();
    }
}
