package dev.zhibiao.extract.specs;

import dev.zhibiao.extract.indicator.IndicatorSpecReaders;
import dev.zhibiao.extract.input.InputSpecReaders;
import dev.zhibiao.extract.normalize.NormalizeSpecReaders;
import dev.zhibiao.extract.number.NumberSpecReaders;
import dev.zhibiao.extract.segment.SegmentSpecReaders;
import dev.zhibiao.extract.statement.StatementSpecReaders;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static java.util.Map.entry;

/**
 * Which reader reads which spec file: the file's own path without {@code .tsv} if it has a reader of its own
 * ({@code numbers/chinese-numerals}), else its folder's ({@code numbers}). A reader is made on first use.
 */
final class SpecReaders {
    private static final Map<String, Supplier<SpecReader>> MAKERS = Map.ofEntries(
            entry("statements", RecordSpecReader::new),
            entry("pages", RecordSpecReader::new),
            entry("numbers", NumberSpecReaders::quantities),
            entry("numbers/chinese-numerals", NumberSpecReaders::chineseNumerals),
            entry("normalize", NormalizeSpecReaders::text),
            entry("normalize/pipe-tables", NormalizeSpecReaders::pipeTables),
            entry("normalize/spaced-tables", NormalizeSpecReaders::pipeTables),
            entry("names/subjects", StatementSpecReaders::subjects),
            entry("names/objects", StatementSpecReaders::objects),
            entry("names/list-items", StatementSpecReaders::listItems),
            entry("names/shared", StatementSpecReaders::sharedNames),
            entry("readers/bounds", StatementSpecReaders::bounds),
            entry("readers/changes", StatementSpecReaders::changes),
            entry("readers/years", StatementSpecReaders::years),
            entry("readers/scopes", StatementSpecReaders::scopes),
            entry("segment/contents-lines", SegmentSpecReaders::contentsLines),
            entry("segment/domains", SegmentSpecReaders::domains),
            entry("input/line-joining", InputSpecReaders::lineJoining),
            entry("input/indented-lines", InputSpecReaders::indentedLines),
            entry("indicator/normalized-names", IndicatorSpecReaders::normalizedNames),
            entry("indicator/simplified-names", IndicatorSpecReaders::simplifiedNames),
            entry("indicator/stripped-names", IndicatorSpecReaders::strippedNames),
            entry("indicator/qualifiers", IndicatorSpecReaders::qualifiers));
    private static final Map<String, SpecReader> MADE = new ConcurrentHashMap<>();

    private SpecReaders() {
    }

    static Optional<SpecReader> of(SpecFile file) {
        String key = MAKERS.containsKey(file.stem()) ? file.stem() : file.area();
        Supplier<SpecReader> maker = MAKERS.get(key);
        return maker == null ? Optional.empty() : Optional.of(MADE.computeIfAbsent(key, k -> maker.get()));
    }

    /** Whether a file has a reader, without making it. */
    static boolean reads(SpecFile file) {
        return MAKERS.containsKey(file.stem()) || MAKERS.containsKey(file.area());
    }
}
