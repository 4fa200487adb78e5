package dev.zhibiao.compare.index;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Region;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
    /** Documents listed by {@code toString}. */
    static final int TABLE_ROWS = 20;
    /** Where each commit records {@link #LAYOUT}. */
    static final String LAYOUT_KEY = "zhibiao.layout";
    /**
     * The fields and how their text is cut; an index of another layout would answer searches wrongly, so it is
     * refused. 2: character pairs only, measures and targets in fields of their own.
     */
    static final String LAYOUT = "measures-2";
    /** Memory each core may fill before writing out part of its segment. */
    private static final double SEGMENT_BUFFER_MB = 64;

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Synonyms synonyms;
    private final MeasureSearch search;

    /** An index to write to when {@code mode} is given, else a reader of the last commit. */
    private MeasureIndex(String name, Directory directory, IndexWriterConfig.OpenMode mode, Synonyms synonyms) {
        this.name = name;
        this.directory = directory;
        this.synonyms = synonyms;
        this.search = new MeasureSearch(synonyms);
        try {
            if (mode == null) {
                this.writer = null;
                this.searchers = new SearcherManager(directory, null);
            } else {
                IndexWriterConfig cfg = new IndexWriterConfig(IndexAnalyzers.BIGRAMS).setOpenMode(mode);
                this.writer = new IndexWriter(directory, cfg);
                writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
                if (mode == IndexWriterConfig.OpenMode.CREATE) writer.commit();
                this.searchers = new SearcherManager(writer, null);
            }
        } catch (IOException e) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
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
        return new MeasureIndex(dir.toString(), existing(dir), IndexWriterConfig.OpenMode.APPEND, synonyms);
    }

    /** The index in {@code dir} to search and add to, made there first when the folder holds none. */
    public static MeasureIndex openOrCreate(Path dir) {
        return openOrCreate(dir, Synonyms.bundled());
    }

    public static MeasureIndex openOrCreate(Path dir, Synonyms synonyms) {
        boolean exists;
        try (Directory d = fsDirectory(dir)) {
            exists = DirectoryReader.indexExists(d);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return exists ? open(dir, synonyms) : create(dir, synonyms);
    }

    /**
     * The index in {@code dir} to search only. Another process may write to it meanwhile; {@link #refresh()}
     * shows its later commits. Any number of readers may open one index, while one writer holds its lock.
     */
    public static MeasureIndex openReadOnly(Path dir) {
        return openReadOnly(dir, Synonyms.bundled());
    }

    public static MeasureIndex openReadOnly(Path dir, Synonyms synonyms) {
        return new MeasureIndex(dir.toString(), existing(dir), null, synonyms);
    }

    private static Directory existing(Path dir) {
        Directory d = fsDirectory(dir);
        try {
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new InputException(dir.toString(), "holds no measure index (make one with MeasureIndex.create)");
            }
            String layout = SegmentInfos.readLatestCommit(d).getUserData().get(LAYOUT_KEY);
            if (!LAYOUT.equals(layout)) {
                d.close();
                throw new InputException(dir.toString(), "holds a measure index of another layout ("
                        + (layout == null ? "an earlier one" : layout) + ", this version reads " + LAYOUT
                        + "): build it again with MeasureIndex.create or zhibiao index");
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return d;
    }

    /** Shows what was committed since this index was opened or last refreshed. */
    public MeasureIndex refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot read the index: " + e.getMessage(), e);
        }
        return this;
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException(name + ": opened read-only");
        return writer;
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

    /**
     * Indexes the documents, each replacing its earlier entries, and commits once. A document given twice is
     * indexed as its last version. The batch is built in memory before it is added, and each commit writes to
     * disk: a few hundred plans at a time suit a bulk load.
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public synchronized MeasureIndex addAll(Collection<Extraction> extractions) {
        IndexWriter w = writer();
        List<Extraction> latest = lastVersions(extractions);
        // Building the entries is nearly all the work: each core builds a segment of its own from a run of the
        // documents, in memory, and the writer then takes the segments whole, in the order given. The index is
        // thus the same whatever the number of cores, and a document that cannot be read fails its segment
        // before the writer is touched, leaving nothing half-added for a later commit to pick up.
        List<Directory> parts = segments(latest);
        try {
            Term[] replaced = latest.stream().map(x -> new Term(MeasureFields.DOC, x.document().id()))
                    .toArray(Term[]::new);
            // The old entries go and the new come in the same commit or not at all.
            if (replaced.length > 0) w.deleteDocuments(replaced);
            if (!parts.isEmpty()) w.addIndexes(parts.toArray(Directory[]::new));
            w.commit();
            searchers.maybeRefreshBlocking();
            LOG.debug("{}: {} documents in {} segments", name, latest.size(), parts.size());
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot write the index: " + e.getMessage(), e);
        } finally {
            for (Directory d : parts) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // memory only: nothing to release
                }
            }
        }
        return this;
    }

    /** The extractions with only the last of each document's versions, in the order of those last ones. */
    private static List<Extraction> lastVersions(Collection<Extraction> extractions) {
        Map<String, Integer> last = new java.util.HashMap<>();
        List<Extraction> all = List.copyOf(extractions);
        for (int i = 0; i < all.size(); i++) last.put(all.get(i).document().id(), i);
        List<Extraction> out = new ArrayList<>(last.size());
        for (int i = 0; i < all.size(); i++) {
            if (last.get(all.get(i).document().id()) == i) out.add(all.get(i));
        }
        return out;
    }

    /** One in-memory segment per run of documents, the runs built on all cores. */
    private List<Directory> segments(List<Extraction> docs) {
        if (docs.isEmpty()) return List.of();
        int runs = Math.min(docs.size(), Runtime.getRuntime().availableProcessors());
        return IntStream.range(0, runs).parallel()
                .mapToObj(r -> segment(docs.subList(r * docs.size() / runs, (r + 1) * docs.size() / runs)))
                .toList();
    }

    private Directory segment(List<Extraction> docs) {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig cfg = new IndexWriterConfig(IndexAnalyzers.BIGRAMS)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(SEGMENT_BUFFER_MB);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (Extraction x : docs) {
                w.addDocuments(MeasureSplitter.split(x).stream().map(MeasureFields::toDocument).toList());
            }
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot build the entries in memory: " + e.getMessage(), e);
        }
        return dir;
    }

    /** Removes a document's entries and commits; true when it had any. */
    public synchronized boolean remove(String documentId) {
        IndexWriter w = writer();
        boolean had = size(documentId) > 0;
        try {
            w.deleteDocuments(new Term(MeasureFields.DOC, documentId));
            w.commit();
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
        return withSearcher(s -> search.run(s, q));
    }

    /** The measures of other documents most like {@code measure}, most alike first. */
    public SimilarMeasures similar(Measure measure) {
        return similar(measure, Reuse.DEFAULT_LIMIT);
    }

    public SimilarMeasures similar(Measure measure, int limit) {
        return new SimilarMeasures(measure, withSearcher(s -> Reuse.similar(s, measure, limit)));
    }

    /** How much of a plan's measures restate measures of other documents, with the pairs. */
    public ReuseReport reuseReport(String document) {
        return reuseReport(document, ReuseReport.DEFAULT_THRESHOLD);
    }

    /**
     * @param document  a document id, or a region name that names one indexed document
     * @param threshold the {@link LocalAlignment#coverage()} from which a measure counts as restated
     */
    public ReuseReport reuseReport(String document, double threshold) {
        String id = resolveDocument(document);
        List<Measure> measures = measures(id).stream().filter(m -> m.type() == Measure.Type.MEASURE).toList();
        return withSearcher(s -> Reuse.report(s, id, measures, threshold));
    }

    /** {@link #reuseReport} for every document with measures. */
    public ReuseSummary reuseReports() {
        return reuseReports(ReuseReport.DEFAULT_THRESHOLD);
    }

    public ReuseSummary reuseReports(double threshold) {
        List<ReuseReport> reports = new ArrayList<>();
        for (String id : documentIds()) {
            List<Measure> measures = measures(id).stream().filter(m -> m.type() == Measure.Type.MEASURE).toList();
            if (!measures.isEmpty()) reports.add(withSearcher(s -> Reuse.report(s, id, measures, threshold)));
        }
        return new ReuseSummary(reports);
    }

    private String resolveDocument(String query) {
        String q = query.strip();
        List<String> hits = withSearcher(s -> {
            if (s.count(new TermQuery(new Term(MeasureFields.DOC, q))) > 0) return List.of(q);
            List<BytesRef> names = RegionNames.matching(s.getIndexReader(), q);
            Map<String, Region> regions = new TreeMap<>();
            if (!names.isEmpty()) {
                Query byRegion = new TermInSetQuery(MeasureFields.REGION, names);
                for (ScoreDoc sd : s.search(byRegion, Math.max(1, s.count(byRegion))).scoreDocs) {
                    Measure m = MeasureFields.fromDocument(s.storedFields().document(sd.doc));
                    regions.putIfAbsent(m.documentId(), m.region());
                }
            }
            List<String> exact = new ArrayList<>();
            regions.forEach((id, r) -> {
                if (r.name().equals(q) || r.fullName().equals(q)) exact.add(id);
            });
            return exact.isEmpty() ? List.copyOf(regions.keySet()) : exact;
        });
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.isEmpty() ? "no indexed document matches " + query
                    : query + " names several documents: " + hits);
        }
        return hits.get(0);
    }

    /** Every entry of a document, in index order (measures, then targets). */
    public List<Measure> measures(String documentId) {
        return withSearcher(s -> {
            Query q = new TermQuery(new Term(MeasureFields.DOC, documentId));
            TopDocs td = s.search(q, Math.max(1, s.count(q)), new Sort(SortField.FIELD_DOC));
            List<Measure> out = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) out.add(MeasureFields.fromDocument(s.storedFields().document(sd.doc)));
            return out;
        });
    }

    /** The ids of the indexed documents, sorted. */
    public List<String> documentIds() {
        return withSearcher(s -> {
            List<String> out = new ArrayList<>();
            // A deleted document's id stays in the term dictionary until its segment is merged away.
            for (String id : new TreeSet<>(RegionNames.terms(s.getIndexReader(), MeasureFields.DOC))) {
                if (s.count(new TermQuery(new Term(MeasureFields.DOC, id))) > 0) out.add(id);
            }
            return List.copyOf(out);
        });
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
            if (writer != null) writer.close();
            directory.close();
        } catch (IOException e) {
            throw new ZhibiaoException(name, "cannot close the index: " + e.getMessage(), e);
        }
    }

    /** The indexed documents with their numbers of measures and targets (the first {@code max}). */
    public TextTable table(int max) {
        TextTable t = new TextTable("document", "region", "measures", "targets");
        List<String> ids = documentIds();
        for (String id : ids.subList(0, Math.min(max, ids.size()))) {
            List<Measure> ms = measures(id);
            Map<Measure.Type, Integer> n = new TreeMap<>();
            ms.forEach(m -> n.merge(m.type(), 1, Integer::sum));
            t.row(id, ms.isEmpty() ? "" : ms.get(0).label(), n.getOrDefault(Measure.Type.MEASURE, 0),
                    n.getOrDefault(Measure.Type.TARGET, 0));
        }
        if (ids.size() > max) t.row("… " + (ids.size() - max) + " more");
        return t;
    }

    @Override
    public String toString() {
        return "MeasureIndex " + name + ": " + documentCount() + " documents, " + size() + " entries\n" + table(TABLE_ROWS);
    }
}
