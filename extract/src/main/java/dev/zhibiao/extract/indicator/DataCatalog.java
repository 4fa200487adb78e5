package dev.zhibiao.extract.indicator;

import dev.zhibiao.error.DataException;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog read from data: the bundled catalog.json, then any user files merged over it. Immutable. */
final class DataCatalog implements IndicatorCatalog {
    private static final String RESOURCE = "/dev/zhibiao/extract/indicator/catalog.json";

    /** Holder idiom: the bundled catalog loads on first use, once, without locking afterwards. */
    private static final class Bundled {
        static final DataCatalog INSTANCE = load();

        private static DataCatalog load() {
            try (InputStream in = DataCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new DataException(RESOURCE, "resource missing from the class path");
                return new DataCatalog(CatalogReader.read(in, RESOURCE), ResolverLexicon.bundled());
            } catch (IOException e) {
                throw new DataException(RESOURCE, "cannot read: " + e.getMessage(), e);
            }
        }
    }

    private final Map<String, CatalogReader.Entry> entries;
    private final List<Indicator> indicators;
    private final ResolverLexicon lexicon;
    private final Resolver resolver;

    DataCatalog(List<CatalogReader.Entry> list, ResolverLexicon lexicon) {
        Map<String, CatalogReader.Entry> m = new LinkedHashMap<>();
        list.forEach(e -> m.put(e.indicator().id(), e));
        this.entries = Collections.unmodifiableMap(m);
        this.indicators = m.values().stream().map(CatalogReader.Entry::indicator).toList();
        this.lexicon = lexicon;
        this.resolver = new Resolver(List.copyOf(m.values()), lexicon);
    }

    static DataCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** Entries for indicators made in code, without patterns or structured targets. */
    static DataCatalog of(List<Indicator> indicators) {
        List<CatalogReader.Entry> list = indicators.stream()
                .map(i -> new CatalogReader.Entry(i, List.of(), null, null)).toList();
        return new DataCatalog(list, ResolverLexicon.bundled());
    }

    @Override
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
        for (CatalogReader.Entry e : added) {
            // A replaced entry moves to the end so that its aliases win over any bundled entry's.
            merged.remove(e.indicator().id());
            merged.put(e.indicator().id(), e);
        }
        return new DataCatalog(new ArrayList<>(merged.values()), lexicon);
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    @Override
    public Optional<Indicator> byId(String id) {
        return entry(id).map(CatalogReader.Entry::indicator);
    }

    @Override
    public Optional<Target> nationalTarget(String id) {
        return entry(id).map(CatalogReader.Entry::target);
    }

    @Override
    public Optional<String> nationalTargetBasis(String id) {
        return entry(id).map(CatalogReader.Entry::targetBasis);
    }

    @Override
    public Resolution resolve(String name) {
        return resolver.resolve(name);
    }

    private Optional<CatalogReader.Entry> entry(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id));
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
