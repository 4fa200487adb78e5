package dev.zhibiao.compare.index;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Extraction;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Lucene index of plans' measure items and target records, for search, similar measures and text reuse.
 * Searching is thread-safe; adding a document replaces whatever the index held for it and commits, so a
 * process stopped at any point leaves the last committed index readable. Close it when done.
 *
 * <pre>{@code
 * var index = MeasureIndex.inMemory(Corpus.bundled(), Extractor.create());
 * index.search("近视 防控").region("东莞").limit(5);          // prints a table in JShell
 * index.similar(index.search("防溺水").hits().get(0).measure());
 * index.reuseReport("东莞市");
 * }</pre>
 */
public final class MeasureIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MeasureIndex.class);
    /** Characters of a snippet: two lines of a terminal in CJK. */
    static final int SNIPPET_CHARS = 50;

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Synonyms synonyms;

    private MeasureIndex(String name, Directory directory, IndexWriterConfig.OpenMode mode, Synonyms synonyms) {
        this.name = name;
        this.directory = directory;
        this.synonyms = synonyms;
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(IndexAnalyzers.PER_FIELD).setOpenMode(mode);
            this.writer = new IndexWriter(directory, cfg);
            if (mode == IndexWriterConfig.OpenMode.CREATE) writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot open the index: " + e.getMessage(), e);
        }
    }

    /** The bundled corpus extracted and indexed in memory, with the bundled catalog's synonyms. */
    public static MeasureIndex inMemory(Corpus corpus, Extractor extractor) {
        return inMemory(extractor.extractAll(corpus.documents()));
    }

    /** These extractions indexed in memory, with the bundled catalog's synonyms. */
    public static MeasureIndex inMemory(Collection<Extraction> extractions) {
        return inMemory(extractions, Synonyms.bundled());
    }

    /** These extractions indexed in memory with the given synonyms ({@link Synonyms#none()} for none). */
    public static MeasureIndex inMemory(Collection<Extraction> extractions, Synonyms synonyms) {
        MeasureIndex index = new MeasureIndex("(memory)", new ByteBuffersDirectory(),
                IndexWriterConfig.OpenMode.CREATE, synonyms);
        return index.addAll(extractions);
    }

    /** A new empty index in {@code dir} (created if missing; an index already there is replaced). */
    public static MeasureIndex create(Path dir) {
        return create(dir, Synonyms.bundled());
    }

    public static MeasureIndex create(Path dir, Synonyms synonyms) {
        return new MeasureIndex(dir.toString(), fsDirectory(dir), IndexWriterConfig.OpenMode.CREATE, synonyms);
    }

    /** The index in {@code dir}, to search and add to. */
    public static MeasureIndex open(Path dir) {
        return open(dir, Synonyms.bundled());
    }

    public static MeasureIndex open(Path dir, Synonyms synonyms) {
        Directory d = fsDirectory(dir);
        try {
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new InputException(dir.toString(), "holds no measure index (make one with MeasureIndex.create)");
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return new MeasureIndex(dir.toString(), d, IndexWriterConfig.OpenMode.APPEND, synonyms);
    }

    private static Directory fsDirectory(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be opened as an index directory: " + e.getMessage(), e);
        }
    }

    /** Indexes one document, replacing its earlier entries, and commits. */
    public MeasureIndex add(Extraction extraction) {
        return addAll(List.of(extraction));
    }

    /** Indexes the documents, each replacing its earlier entries, and commits once. */
    public synchronized MeasureIndex addAll(Collection<Extraction> extractions) {
        try {
            for (Extraction x : extractions) {
                List<Document> docs = MeasureSplitter.split(x).stream().map(MeasureFields::toDocument).toList();
                // One block per document: the old entries go and the new come in the same commit or not at all.
                writer.updateDocuments(new Term(MeasureFields.DOC, x.document().id()), docs);
                LOG.debug("{}: {} entries of {}", name, docs.size(), x.document().id());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot write the index: " + e.getMessage(), e);
        }
        return this;
    }

    /** Removes a document's entries and commits; true when it had any. */
    public synchronized boolean remove(String documentId) {
        boolean had = size(documentId) > 0;
        try {
            writer.deleteDocuments(new Term(MeasureFields.DOC, documentId));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot write the index: " + e.getMessage(), e);
        }
        return had;
    }

    /** A search for {@code text}, to narrow with {@code .domain(…)}, {@code .region(…)}, {@code .limit(…)}. */
    public MeasureQuery search(String text) {
        return new MeasureQuery(this, text == null ? "" : text);
    }

    SearchHits run(MeasureQuery q) {
        QueryText parsed = QueryText.parse(q.text(), synonyms);
        return withSearcher(s -> {
            Query query = filtered(parsed.query(s), q, s);
            var result = FacetsCollectorManager.search(s, query, q.limit(), new FacetsCollectorManager());
            List<String> words = parsed.highlightWords();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : result.topDocs().scoreDocs) {
                Measure m = MeasureFields.fromDocument(s.storedFields().document(sd.doc));
                hits.add(new SearchHit(hits.size() + 1, m, sd.score, Snippets.snippet(m.text(), words, SNIPPET_CHARS)));
            }
            var fc = result.facetsCollector();
            return new SearchHits(q.text(), parsed.expansions(), result.topDocs().totalHits.value, hits,
                    counts(s, fc, MeasureFields.REGION_FACET), counts(s, fc, MeasureFields.DOMAIN_FACET));
        });
    }

    private Query filtered(Query text, MeasureQuery q, IndexSearcher s) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        List<BytesRef> types = q.types().stream().map(t -> new BytesRef(t.code())).toList();
        b.add(new TermInSetQuery(MeasureFields.TYPE, types), Occur.FILTER);
        if (q.domain() != null) b.add(new TermQuery(new Term(MeasureFields.DOMAIN, q.domain().label())), Occur.FILTER);
        if (q.level() != null) b.add(new TermQuery(new Term(MeasureFields.LEVEL, q.level().code())), Occur.FILTER);
        if (q.region() != null) {
            List<BytesRef> names = RegionNames.matching(s.getIndexReader(), q.region());
            b.add(names.isEmpty() ? new MatchNoDocsQuery("no region " + q.region())
                    : new TermInSetQuery(MeasureFields.REGION, names), Occur.FILTER);
        }
        return b.build();
    }

    private static Map<String, Integer> counts(IndexSearcher s, org.apache.lucene.facet.FacetsCollector fc,
                                               String field) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (s.getIndexReader().maxDoc() == 0) return out;
        var facets = new StringValueFacetCounts(new StringDocValuesReaderState(s.getIndexReader(), field), fc);
        FacetResult r = facets.getTopChildren(Integer.MAX_VALUE, field);
        if (r == null) return out;
        for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.intValue());
        return out;
    }

    /** The measures of other documents most like {@code measure}, most alike first. */
    public List<SimilarMeasure> similar(Measure measure) {
        return similar(measure, Reuse.DEFAULT_LIMIT);
    }

    public List<SimilarMeasure> similar(Measure measure, int limit) {
        return withSearcher(s -> Reuse.similar(s, measure, limit));
    }

    /** How much of a plan's measures restate measures of other documents, with the pairs. */
    public ReuseReport reuseReport(String document) {
        return reuseReport(document, ReuseReport.DEFAULT_THRESHOLD);
    }

    /**
     * @param document  a document id, or a region name that names one indexed document
     * @param threshold the {@link Alignment#coverage()} from which a measure counts as restated
     */
    public ReuseReport reuseReport(String document, double threshold) {
        String id = resolveDocument(document);
        List<Measure> measures = measures(id).stream().filter(m -> m.type() == Measure.Type.MEASURE).toList();
        return withSearcher(s -> Reuse.report(s, id, measures, threshold));
    }

    private String resolveDocument(String query) {
        List<String> ids = documentIds();
        if (ids.contains(query)) return query;
        List<String> exact = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (String id : ids) {
            List<Measure> ms = measures(id);
            if (ms.isEmpty() || ms.get(0).region() == null) continue;
            var r = ms.get(0).region();
            if (r.name().equals(query.strip()) || r.fullName().equals(query.strip())) exact.add(id);
            else if (r.matches(query)) partial.add(id);
        }
        List<String> hits = exact.isEmpty() ? partial : exact;
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.isEmpty() ? "no indexed document matches " + query
                    : query + " names several documents: " + hits);
        }
        return hits.get(0);
    }

    /** Every entry of a document, in index order (measures, then targets). */
    public List<Measure> measures(String documentId) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term(MeasureFields.DOC, documentId)), Integer.MAX_VALUE / 2,
                    new Sort(SortField.FIELD_DOC));
            List<Measure> out = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) out.add(MeasureFields.fromDocument(s.storedFields().document(sd.doc)));
            return out;
        });
    }

    /** The ids of the indexed documents, sorted. */
    public List<String> documentIds() {
        return withSearcher(s -> List.copyOf(new TreeSet<>(RegionNames.terms(s.getIndexReader(), MeasureFields.DOC))));
    }

    /** How many documents are indexed. */
    public int documentCount() {
        return documentIds().size();
    }

    /** How many entries the index holds. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** How many entries one document has. */
    public int size(String documentId) {
        return withSearcher(s -> s.count(new TermQuery(new Term(MeasureFields.DOC, documentId))));
    }

    /** The synonyms queries are widened by. */
    public Synonyms synonyms() {
        return synonyms;
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot read the index: " + e.getMessage(), e);
        }
        try {
            return call.apply(s);
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot read the index: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                LOG.warn("{}: releasing a searcher failed: {}", name, e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot close the index: " + e.getMessage(), e);
        }
    }

    /** The indexed documents with their numbers of measures and targets. */
    public TextTable table() {
        TextTable t = new TextTable("document", "region", "measures", "targets");
        for (String id : documentIds()) {
            List<Measure> ms = measures(id);
            Map<Measure.Type, Integer> n = new TreeMap<>();
            ms.forEach(m -> n.merge(m.type(), 1, Integer::sum));
            t.row(id, ms.isEmpty() ? "" : ms.get(0).label(), n.getOrDefault(Measure.Type.MEASURE, 0),
                    n.getOrDefault(Measure.Type.TARGET, 0));
        }
        return t;
    }

    @Override
    public String toString() {
        return "MeasureIndex " + name + ": " + documentCount() + " documents, " + size() + " entries\n" + table();
    }
}
