package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Level;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A search being composed: each call returns a new query, and {@link #run()} (or {@code toString},
 * as JShell prints it) runs it. Measures only by default; {@link #targets()} asks for target records,
 * {@link #withTargets()} for both. A query without words finds nothing, unless it asks for targets of an
 * indicator or a value range: then it lists those.
 *
 * <pre>{@code
 * index.search("近视 防控").domain("健康").region("东莞").limit(5)
 * index.search("近视率").value(0, 40)                  // targets of at most 40
 * index.search("托育").facets()                        // with matches per region and domain
 * }</pre>
 */
public final class MeasureQuery {
    /** Hits shown when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;
    /** Matches are counted exactly up to this many, unless {@link #facets()} asks for all of them counted. */
    public static final int COUNT_LIMIT = 1000;

    private final MeasureIndex index;
    private final String text;
    private final Domain domain;
    private final String region;
    private final Level level;
    private final Set<Measure.Type> types;
    private final int limit;
    private final String indicatorId;
    private final double[] valueRange;
    private final boolean facets;

    MeasureQuery(MeasureIndex index, String text) {
        this(index, text, null, null, null, EnumSet.of(Measure.Type.MEASURE), DEFAULT_LIMIT, null, null, false);
    }

    private MeasureQuery(MeasureIndex index, String text, Domain domain, String region, Level level,
                         Set<Measure.Type> types, int limit, String indicatorId, double[] valueRange,
                         boolean facets) {
        this.index = index;
        this.text = text;
        this.domain = domain;
        this.region = region;
        this.level = level;
        this.types = Set.copyOf(types);
        this.limit = limit;
        this.indicatorId = indicatorId;
        this.valueRange = valueRange;
        this.facets = facets;
    }

    /** Only entries of this plan area. */
    public MeasureQuery domain(Domain d) {
        return new MeasureQuery(index, text, d, region, level, types, limit, indicatorId, valueRange, facets);
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
        return new MeasureQuery(index, text, domain, r == null || r.isBlank() ? null : r.strip(), level, types, limit,
                indicatorId, valueRange, facets);
    }

    /** Only documents whose region has this level. */
    public MeasureQuery level(Level l) {
        return new MeasureQuery(index, text, domain, region, l, types, limit, indicatorId, valueRange, facets);
    }

    /** Only documents whose region has this level, by code (district, city …). */
    public MeasureQuery level(String l) {
        return level(l == null || l.isBlank() ? null : Level.of(l));
    }

    /** At most this many hits. */
    public MeasureQuery limit(int n) {
        if (n < 1) throw new IllegalArgumentException("limit must be at least 1: " + n);
        return new MeasureQuery(index, text, domain, region, level, types, n, indicatorId, valueRange, facets);
    }

    /** Target records instead of measures. */
    public MeasureQuery targets() {
        return new MeasureQuery(index, text, domain, region, level, EnumSet.of(Measure.Type.TARGET), limit,
                indicatorId, valueRange, facets);
    }

    /** Measures and target records together. */
    public MeasureQuery withTargets() {
        return new MeasureQuery(index, text, domain, region, level, EnumSet.allOf(Measure.Type.class), limit,
                indicatorId, valueRange, facets);
    }

    /** Target records of this catalog indicator ({@code health.myopia_primary}), whatever their wording. */
    public MeasureQuery indicator(String id) {
        return new MeasureQuery(index, text, domain, region, level, EnumSet.of(Measure.Type.TARGET), limit,
                id == null || id.isBlank() ? null : id.strip(), valueRange, facets);
    }

    /**
     * Target records whose value lies in [min, max], read from the typed value, not the text: a text holds
     * 3.5% or 百分之三点五 as words, which no range can compare.
     */
    public MeasureQuery value(double min, double max) {
        if (min > max) throw new IllegalArgumentException("value range " + min + " > " + max);
        return new MeasureQuery(index, text, domain, region, level, EnumSet.of(Measure.Type.TARGET), limit,
                indicatorId, new double[]{min, max}, facets);
    }

    /**
     * Also count every match per region and per domain, and count the matches exactly. This visits every
     * match, which in an index of thousands of plans costs far more than finding the best few; without it,
     * matches are counted up to {@value #COUNT_LIMIT}.
     */
    public MeasureQuery facets() {
        return new MeasureQuery(index, text, domain, region, level, types, limit, indicatorId, valueRange, true);
    }

    /** Whether counts per region and domain are asked for. */
    public boolean wantsFacets() {
        return facets;
    }

    public String indicatorId() {
        return indicatorId;
    }

    /** The value range asked for, {min, max}, or null. */
    public double[] valueRange() {
        return valueRange == null ? null : valueRange.clone();
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
