package dev.zhibiao.extract.indicator;

import dev.zhibiao.error.DataException;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of indicators, as data. {@code bundled()} reads the one shipped in the jar;
 * {@code withFile(path)} adds a user's own entries at run time. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * var catalog = IndicatorCatalog.bundled();
 * catalog.resolve("5岁以下儿童贫血患病率").id();   // health.under5_anaemia
 * catalog.resolve("初中生近视率").id();            // health.myopia_junior, never the primary-school one
 * catalog.resolveAll(extraction.records());        // records with indicatorId and indicatorConfidence
 * catalog.unresolved(records);                     // names the catalog does not know yet, with counts
 * }</pre>
 */
public final class IndicatorCatalog {
    private static final String RESOURCE = "/dev/zhibiao/extract/indicator/catalog.json";

    private static final class Bundled {
        static final IndicatorCatalog INSTANCE = load();

        private static IndicatorCatalog load() {
            try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new DataException(RESOURCE, "resource missing from the class path");
                return new IndicatorCatalog(CatalogReader.read(in, RESOURCE), ResolverLexicon.bundled());
            } catch (IOException e) {
                throw new DataException(RESOURCE, "cannot read: " + e.getMessage(), e);
            }
        }
    }

    private final Map<String, CatalogReader.Entry> entries;
    private final List<Indicator> indicators;
    private final ResolverLexicon lexicon;
    private final Resolver resolver;

    private IndicatorCatalog(List<CatalogReader.Entry> list, ResolverLexicon lexicon) {
        Map<String, CatalogReader.Entry> m = new LinkedHashMap<>();
        list.forEach(e -> m.put(e.indicator().id(), e));
        this.entries = java.util.Collections.unmodifiableMap(m);
        this.indicators = m.values().stream().map(CatalogReader.Entry::indicator).toList();
        this.lexicon = lexicon;
        this.resolver = new Resolver(List.copyOf(m.values()), lexicon);
    }

    /** The bundled catalog, loaded once and shared. */
    public static IndicatorCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * This catalog plus the entries of a user's file (same format); a user entry with a known id replaces it.
     *
     * @throws DataException naming the file and the problem when it cannot be read or an entry is malformed
     */
    public IndicatorCatalog withFile(Path file) {
        String input = String.valueOf(file);
        if (file == null || !Files.isRegularFile(file)) throw new DataException(input, "no such catalog file");
        List<CatalogReader.Entry> added;
        try (InputStream in = Files.newInputStream(file)) {
            added = CatalogReader.read(in, input);
        } catch (IOException e) {
            throw new DataException(input, "cannot read: " + e.getMessage(), e);
        }
        Map<String, CatalogReader.Entry> merged = new LinkedHashMap<>(entries);
        added.forEach(e -> merged.put(e.indicator().id(), e));
        return new IndicatorCatalog(new ArrayList<>(merged.values()), lexicon);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> byId(String id) {
        CatalogReader.Entry e = id == null ? null : entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.indicator());
    }

    /**
     * The national outline's target for an indicator as a record (scope national, year null: the outline's
     * end year 2030 is implied), when the catalog gives one.
     */
    public Optional<Target> nationalTarget(String id) {
        CatalogReader.Entry e = id == null ? null : entries.get(id);
        return e == null ? Optional.empty() : Optional.ofNullable(e.target());
    }

    /** How sure the catalog's national target is (confirmed on pages, from citations, a strategy measure), or empty. */
    public Optional<String> nationalTargetBasis(String id) {
        CatalogReader.Entry e = id == null ? null : entries.get(id);
        return e == null ? Optional.empty() : Optional.ofNullable(e.targetBasis());
    }

    /** Maps a name as a plan writes it to an indicator, or to unresolved below the confidence threshold. */
    public Resolution resolve(String name) {
        return resolver.resolve(name);
    }

    /**
     * Each record with {@code indicatorId} and {@code indicatorConfidence} set from its indicator name;
     * unresolved records come back with both cleared. Order and number are kept.
     */
    public List<Target> resolveAll(List<Target> records) {
        List<Target> out = new ArrayList<>(records.size());
        for (Target t : records) {
            Resolution r = resolve(t.indicator());
            boolean same = r.resolved() ? r.id().equals(t.indicatorId()) && r.confidence() == t.indicatorConfidence()
                    : t.indicatorId() == null;
            out.add(same ? t : t.withIndicatorId(r.id(), r.confidence()));
        }
        return out;
    }

    /** The indicator names among the records that the catalog does not resolve, most frequent first. */
    public UnresolvedNames unresolved(Collection<Target> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Target t : records) {
            if (!resolve(t.indicator()).resolved()) counts.merge(t.indicator(), 1, Integer::sum);
        }
        return UnresolvedNames.of(counts);
    }

    public int size() {
        return indicators.size();
    }

    @Override
    public String toString() {
        TextTable t = new TextTable("id", "name", "unit", "better", "domain", "国纲");
        for (Indicator i : indicators) {
            t.row(i.id(), i.name(), i.unit(), switch (i.polarity()) {
                case LOWER_IS_BETTER -> "lower";
                case HIGHER_IS_BETTER -> "higher";
                case NEITHER -> "";
            }, i.domain(), i.nationalTarget());
        }
        return indicators.size() + " indicators\n" + t;
    }
}
