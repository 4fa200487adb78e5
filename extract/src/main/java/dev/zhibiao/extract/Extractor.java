package dev.zhibiao.extract;

import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.normalize.NormalizedText;
import dev.zhibiao.extract.profile.DocumentProfiler;
import dev.zhibiao.extract.profile.ProfileHints;
import dev.zhibiao.model.DocumentProfile;
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
    private final Segmenter segmenter = new Segmenter();
    private final StatementReader statements = new StatementReader();
    private final IndicatorCatalog catalog;
    private final dev.zhibiao.extract.statement.AreaRules areas;
    private final DocumentProfiler profiler = new DocumentProfiler();

    private Extractor(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.areas = new dev.zhibiao.extract.statement.AreaRules(catalog);
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

    /**
     * Extracts a document. A document whose region and period are both known (from a manifest) is read as
     * what it says it is; otherwise what it is, whose and when are read from its own words, and what it does
     * know is kept.
     */
    public Extraction extract(Document given) {
        return extract(given, hints(given));
    }

    /**
     * Extracts a document, keeping what {@code hints} say about it and reading the rest from its words:
     * {@code extractor.extract(doc, ProfileHints.none().type(DocumentType.NEWS).region("湖北省宜昌市"))}.
     */
    public Extraction extract(Document given, ProfileHints hints) {
        Document document = given;
        try {
            String original = given.text();
            // the line rules run once: the standard text is their result re-joined, and a page whose head is the
            // whole of it, line for line, has its head normalised already
            NormalizedText lines = Normalizer.lineByLine().normalize(original);
            NormalizedText text = Normalizer.rejoin(lines);
            DocumentProfile profile = profiler.profile(original,
                    head -> normalizedHead(head, original, lines.text()),
                    text.text(), java.util.Objects.requireNonNull(hints, "hints"));
            document = given.with(profile.region(), profile.period(), profile.type());
            Segmentation seg = segmenter.segment(text);
            StatementReader.Reading reading = statements.reading(document, profile, seg);
            List<Target> records = areas.decide(catalog.resolveAll(reading.records()), seg, document.type());
            return new Extraction(document, seg.root(), records, profile, reading.skipped());
        } catch (ZhibiaoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ZhibiaoException(document.id(), "extraction failed: " + e, e);
        }
    }

    /**
     * The head's lines normalised. The head is the original's first lines, each stripped, blank ones left out;
     * where each of them is a whole line of the original, its normalised form is the same line of the
     * line-by-line normalised text, which keeps each line a line, and is taken from there; a line the head cut
     * short is normalised alone. A head that is not the original's lines is normalised anew.
     */
    static String normalizedHead(String head, String original, String normalizedLines) {
        if (head.equals(original)) return normalizedLines;
        StringBuilder out = new StringBuilder(head.length());
        int pos = 0, from = 0, nfrom = 0;
        while (pos < head.length()) {
            int nl = original.indexOf('\n', from), nnl = normalizedLines.indexOf('\n', nfrom);
            int to = nl < 0 ? original.length() : nl, nto = nnl < 0 ? normalizedLines.length() : nnl;
            // the two texts have as many lines: when one ends before the other, this is not their head
            if (from > original.length() || nfrom > normalizedLines.length() || (nl < 0) != (nnl < 0)) break;
            String line = original.substring(from, to).strip();
            if (!line.isEmpty()) {
                int end = pos + line.length();
                if (out.length() > 0) out.append('\n');
                if (head.startsWith(line, pos) && (end >= head.length() || head.charAt(end) == '\n')) {
                    out.append(normalizedLines, nfrom, nto);
                    pos = end + 1;
                } else {
                    // a line the head cut short (running text): its opening alone is normalised
                    int cut = head.indexOf('\n', pos);
                    String piece = head.substring(pos, cut < 0 ? head.length() : cut);
                    if (piece.isEmpty() || !line.startsWith(piece)) break;
                    out.append(Normalizer.lineByLine().normalize(piece).text());
                    pos += piece.length() + 1;
                }
            }
            if (nl < 0) break;
            from = nl + 1;
            nfrom = nnl + 1;
        }
        if (pos < head.length()) return Normalizer.lineByLine().normalize(head).text();
        return out.toString();
    }

    /** What a document already says of itself: all of it when region and period are known, else what is set. */
    private static ProfileHints hints(Document d) {
        ProfileHints h = ProfileHints.none();
        if (d.region() != null) h = h.region(d.region());
        if (d.period() != null) h = h.period(d.period());
        if (d.region() != null && d.period() != null) h = h.type(d.type());
        return h;
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

    /** Reads a file and extracts it, keeping what {@code hints} say about it. */
    public Extraction extract(Path file, ProfileHints hints) {
        return extract(dev.zhibiao.extract.input.Inputs.read(file), hints);
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
