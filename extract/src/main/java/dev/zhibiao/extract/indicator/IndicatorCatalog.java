package dev.zhibiao.extract.indicator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of indicators, as data. {@code bundled()} reads the one shipped in the jar;
 * {@code withFile(path)} adds a user's own entries at run time.
 *
 * <pre>{@code
 * var catalog = IndicatorCatalog.bundled();
 * catalog.resolve("5岁以下儿童贫血患病率").id();   // health.under5_anaemia
 * }</pre>
 */
public interface IndicatorCatalog {
    /** The bundled catalog, loaded once and shared. */
    static IndicatorCatalog bundled() {
        throw new UnsupportedOperationException("filled in by the catalog");
    }

    /** This catalog plus the entries of a user's file (same format); a user entry with a known id replaces it. */
    IndicatorCatalog withFile(Path file);

    List<Indicator> indicators();

    Optional<Indicator> byId(String id);

    /** Maps a name as a plan writes it to an indicator, or to unresolved below the confidence threshold. */
    Resolution resolve(String name);
}
