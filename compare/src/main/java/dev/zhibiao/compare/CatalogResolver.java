package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.indicator.Resolution;
import dev.zhibiao.model.Target;

import java.util.Objects;
import java.util.Optional;

/** Resolves through a catalog; what the catalog leaves unresolved keeps a name-based indicator. */
final class CatalogResolver implements IndicatorResolver {
    private final IndicatorCatalog catalog;

    CatalogResolver(IndicatorCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Indicator resolve(String name) {
        Resolution r = catalog.resolve(name);
        if (r != null && r.resolved()) return r.indicator();
        // A qualifier such as 以镇（街道）为单位的 narrows the count, not the indicator.
        String core = NameResolver.normalise(name);
        if (!core.equals(name)) {
            Resolution again = catalog.resolve(core);
            if (again != null && again.resolved()) return again.indicator();
        }
        return NameResolver.INSTANCE.resolve(name);
    }

    @Override
    public Indicator resolve(Target record) {
        if (record.indicatorId() != null) {
            Optional<Indicator> known = catalog.byId(record.indicatorId());
            if (known.isPresent()) return known.get();
        }
        return resolve(record.indicator());
    }
}
