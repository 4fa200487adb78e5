package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.model.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an indicator name as a document writes it to the canonical indicator that comparison lines targets up by.
 * The default is the bundled catalog, with names it does not know kept apart by their normalised wording
 * ({@link NameResolver}), so that two plans using the same unlisted wording still meet.
 *
 * <pre>{@code
 * IndicatorResolver r = IndicatorResolver.standard();
 * r.resolve("以镇（街道）为单位的适龄儿童免疫规划疫苗接种率").id();
 * }</pre>
 */
@FunctionalInterface
public interface IndicatorResolver {
    /** The canonical indicator for {@code name}; never null (an unknown name gets an indicator of its own). */
    Indicator resolve(String name);

    /** The indicator of a record: its own catalog id where the extractor set one and the catalog knows it. */
    default Indicator resolve(Target record) {
        return resolve(record.indicator());
    }

    /** The bundled catalog, falling back to {@link #byName()} for names it leaves unresolved. */
    static IndicatorResolver standard() {
        return Holder.STANDARD;
    }

    /** Names alone: equal after normalisation means the same indicator. Needs no catalog. */
    static IndicatorResolver byName() {
        return NameResolver.INSTANCE;
    }

    /** A catalog of one's own, falling back to {@link #byName()}. */
    static IndicatorResolver of(IndicatorCatalog catalog) {
        return new CatalogResolver(catalog);
    }

    /** Loads the bundled catalog once; without one the name resolver serves alone. */
    final class Holder {
        private static final Logger LOG = LoggerFactory.getLogger(IndicatorResolver.class);
        static final IndicatorResolver STANDARD = load();

        private Holder() {
        }

        private static IndicatorResolver load() {
            try {
                return new CatalogResolver(IndicatorCatalog.bundled());
            } catch (UnsupportedOperationException | dev.zhibiao.error.ZhibiaoException e) {
                LOG.warn("no indicator catalog ({}); lining indicators up by their names", e.getMessage());
                return NameResolver.INSTANCE;
            }
        }
    }
}
