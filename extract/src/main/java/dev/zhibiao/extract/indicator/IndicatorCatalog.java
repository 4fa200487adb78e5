package dev.zhibiao.extract.indicator;

import dev.zhibiao.model.Target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of indicators, as data. {@code bundled()} reads the one shipped in the jar;
 * {@code withFile(path)} adds a user's own entries at run time. Catalogs are immutable and safe to share
 * between threads.
 *
 * <pre>{@code
 * var catalog = IndicatorCatalog.bundled();
 * catalog.resolve("5岁以下儿童贫血患病率").id();   // health.under5_anaemia
 * catalog.resolve("初中生近视率").id();            // health.myopia_junior, never the primary-school one
 * catalog.resolveAll(extraction.records());        // records with indicatorId and indicatorConfidence
 * catalog.unresolved(records);                     // names the catalog does not know yet, with counts
 * catalog.withFile(Path.of("my-indicators.json"));  // the bundled entries plus a researcher's own
 * }</pre>
 */
public interface IndicatorCatalog {
    /** The bundled catalog, loaded once and shared. */
    static IndicatorCatalog bundled() {
        return DataCatalog.bundled();
    }

    /**
     * A catalog of the given indicators only, resolved by the same rules as the bundled one (aliases, then
     * fillers dropped, then fuzzy with equal qualifiers).
     */
    static IndicatorCatalog of(List<Indicator> indicators) {
        return DataCatalog.of(indicators);
    }

    /**
     * This catalog plus the entries of a user's file (same format); a user entry with a known id replaces it.
     *
     * @throws dev.zhibiao.error.DataException naming the file and the problem when it cannot be read or an
     *                                         entry is malformed
     */
    IndicatorCatalog withFile(Path file);

    List<Indicator> indicators();

    Optional<Indicator> byId(String id);

    /** Maps a name as a plan writes it to an indicator, or to unresolved below the confidence threshold. */
    Resolution resolve(String name);

    /**
     * The indicator whose names are most like this one, ignoring qualifiers and thresholds, with the similarity
     * as confidence: a hint for extending the catalog (小学生近视患病率 lies near health.myopia_primary), never an
     * answer to use in a comparison. Unresolved when the catalog offers no hint.
     */
    default Resolution nearest(String name) {
        return Resolution.unresolved(name);
    }

    /**
     * The national outline's target for an indicator as a record (scope national, year null: the outline's end
     * year 2030 is implied), when the catalog gives one. Its {@code source()} names the outline that sets it:
     * 中国儿童发展纲要（2021—2030年） for most, 中国妇女发展纲要（2021—2030年） for a women's indicator.
     *
     * <pre>{@code
     * catalog.nationalTarget("health.cervical_cancer_screening").orElseThrow().source();  // 中国妇女发展纲要（2021—2030年）
     * }</pre>
     */
    default Optional<Target> nationalTarget(String id) {
        return Optional.empty();
    }

    /** How sure the national target is (confirmed on pages, from local plans' citations, a strategy measure). */
    default Optional<String> nationalTargetBasis(String id) {
        return Optional.empty();
    }

    /**
     * Each record with {@code indicatorId} and {@code indicatorConfidence} set from its indicator name;
     * unresolved records come back with both cleared. Order and number are kept.
     */
    default List<Target> resolveAll(List<Target> records) {
        List<Target> out = new ArrayList<>(records.size());
        for (Target t : records) {
            Resolution r = resolve(t.indicator());
            // 幼儿园 500所 is the number of kindergartens: a name of what is counted is tried as its count
            String ending = t.unit() == null ? null : CountEndings.of(t.unit().symbol());
            if (!r.resolved() && ending != null && !t.indicator().endsWith(ending)) {
                Resolution counted = resolve(t.indicator() + ending);
                if (counted.resolved()) r = counted;
            }
            // 儿童之家 500个 counts the homes: a count is never a rate's indicator (their coverage), only a count's;
            // nor is a name of things with no rate word, counted or multiplied (某类学校 是2015年的1.8倍)
            boolean notARate = ending != null || t.unit() != null && !t.unit().isRate() && !t.unit().isPoints()
                    && !RATE_WORD.matcher(t.indicator()).find();
            if (r.resolved() && notARate && isRate(r.id())) {
                Resolution counted = ending == null || t.indicator().endsWith(ending) ? null : resolve(t.indicator() + ending);
                r = counted != null && counted.resolved() && !isRate(counted.id()) ? counted : Resolution.unresolved(t.indicator());
            }
            boolean same = r.resolved()
                    ? r.id().equals(t.indicatorId()) && r.confidence() == t.indicatorConfidence()
                    : t.indicatorId() == null;
            out.add(same ? t : t.withIndicatorId(r.id(), r.confidence()));
        }
        return out;
    }

    /** The words a rate's name ends or turns on (率, 比例, 比重, 占比, 覆盖…): a name without one names no rate. */
    java.util.regex.Pattern RATE_WORD = java.util.regex.Pattern.compile("率|比例|比重|占比|覆盖|普及|达标|合格|占");

    /** True when the indicator of {@code id} is a rate (%, ‰, /10万). */
    private boolean isRate(String id) {
        return byId(id).map(i -> i.unit() != null && i.unit().isRate()).orElse(false);
    }

    /**
     * The indicator names among the records that the catalog does not resolve, most frequent first, each with
     * the nearest indicator as a hint for a catalog file of one's own.
     */
    default UnresolvedNames unresolved(Collection<Target> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Target t : records) {
            if (!resolve(t.indicator()).resolved()) counts.merge(t.indicator(), 1, Integer::sum);
        }
        return UnresolvedNames.of(counts, this::nearest);
    }

    default int size() {
        return indicators().size();
    }
}
