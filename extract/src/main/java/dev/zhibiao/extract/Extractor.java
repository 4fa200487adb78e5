package dev.zhibiao.extract;

import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.normalize.NormalizedText;
import dev.zhibiao.extract.profile.DocumentProfiler;
import dev.zhibiao.extract.normalize.Normalizer;
import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.extract.segment.Segmenter;
import dev.zhibiao.extract.statement.StatementReader;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Reads a plan document and returns its section tree and target records.
 * Create one and share it: it is immutable and safe to use from many threads.
 *
 * <pre>{@code
 * var extractor = Extractor.create();
 * Extraction x = extractor.extract("2025年，新生儿死亡率降至3‰以下。");
 * x.records();
 * }</pre>
 */
public final class Extractor {
    private final Normalizer normalizer = Normalizer.standard();
    private final Segmenter segmenter = new Segmenter();
    private final StatementReader statements = new StatementReader();
    private final IndicatorCatalog catalog;
    private final DocumentProfiler profiler = new DocumentProfiler();

    private Extractor(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** An extractor with the bundled lexicons and catalog. Loading takes a moment; reuse the instance. */
    public static Extractor create() {
        return new Extractor(IndicatorCatalog.bundled());
    }

    /**
     * An extractor that resolves indicator names with {@code catalog}, e.g. the bundled one extended by a
     * user's file: {@code Extractor.create(IndicatorCatalog.bundled().withFile(Path.of("my-catalog.json")))}.
     */
    public static Extractor create(IndicatorCatalog catalog) {
        return new Extractor(java.util.Objects.requireNonNull(catalog, "catalog"));
    }

    /** The catalog this extractor resolves indicator names with. */
    public IndicatorCatalog catalog() {
        return catalog;
    }

    /** Extracts a document. */
    public Extraction extract(Document given) {
        Document document = given;
        try {
            NormalizedText text = normalizer.normalize(given.text());
            document = profiler.complete(given, line -> normalizer.normalize(line).text());
            Segmentation seg = segmenter.segment(text);
            List<Target> records = catalog.resolveAll(statements.read(document, seg));
            return new Extraction(document, seg.root(), records);
        } catch (ZhibiaoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ZhibiaoException(document.id(), "extraction failed: " + e, e);
        }
    }

    /** Extracts a text known by no name, taken as a plan. */
    public Extraction extract(String text) {
        return extract(new Document("text", "text", null, null, DocumentType.PLAN, null, text));
    }

    /**
     * Reads a file (encoding and format detected: text, .html, .docx, .pdf) and extracts it.
     * Unreadable input is an {@link dev.zhibiao.error.InputException} naming the file and the problem.
     */
    public Extraction extract(Path file) {
        return extract(dev.zhibiao.extract.input.Inputs.read(file));
    }

    /** Reads a stream named as its file would be (the extension hints at the format) and extracts it. */
    public Extraction extract(String name, java.io.InputStream in) {
        return extract(dev.zhibiao.extract.input.Inputs.read(name, in));
    }

    /** Extracts each document, in order. */
    public List<Extraction> extractAll(Collection<Document> documents) {
        return documents.stream().map(this::extract).toList();
    }
}
