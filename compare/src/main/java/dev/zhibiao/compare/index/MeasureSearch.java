package dev.zhibiao.compare.index;

import dev.zhibiao.extract.normalize.Normalizer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link MeasureQuery} on a searcher: the query's words within its filters, the hits with their
 * snippets and, when asked, the counts per region and domain of every match. Safe for many threads at once.
 */
final class MeasureSearch {
    private final Synonyms synonyms;
    private volatile FacetStates facetStates;

    MeasureSearch(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    SearchHits run(IndexSearcher s, MeasureQuery q) throws IOException {
        QueryText parsed = QueryText.parse(q.text(), synonyms);
        Query query = filtered(parsed, q, s);
        TopDocs top;
        Map<String, Integer> byRegion = Map.of();
        Map<String, Integer> byDomain = Map.of();
        if (q.wantsFacets()) {
            // Counting per region and domain visits every match, so every match is scored as well.
            var result = FacetsCollectorManager.search(s, query, q.limit(), new FacetsCollectorManager());
            top = result.topDocs();
            if (s.getIndexReader().maxDoc() > 0) {
                FacetStates states = facetStates(s);
                byRegion = counts(states.region(), result.facetsCollector(), MeasureFields.REGION_FACET);
                byDomain = counts(states.domain(), result.facetsCollector(), MeasureFields.DOMAIN_FACET);
            }
        } else {
            // Without counts, matches are counted only up to a bound, which lets Lucene skip the blocks of
            // entries that cannot reach the top hits: most of a common word's matches in a large index.
            top = s.search(query, new TopScoreDocCollectorManager(q.limit(), null, MeasureQuery.COUNT_LIMIT));
        }
        List<String> words = parsed.highlightWords();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Measure m = MeasureFields.fromDocument(s.storedFields().document(sd.doc));
            hits.add(new SearchHit(hits.size() + 1, m, sd.score, Snippets.snippet(Normalizer.standard().normalize(m.text()), words,
                    MeasureIndex.SNIPPET_CHARS)));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchHits(q.text(), parsed.expansions(), top.totalHits.value, exact, hits, byRegion, byDomain,
                q.wantsFacets());
    }

    private static Query filtered(QueryText text, MeasureQuery q, IndexSearcher s) throws IOException {
        List<Query> filters = new ArrayList<>();
        if (q.domain() != null) filters.add(new TermQuery(new Term(MeasureFields.DOMAIN, q.domain().label())));
        if (q.level() != null) filters.add(new TermQuery(new Term(MeasureFields.LEVEL, q.level().code())));
        if (q.region() != null) {
            List<BytesRef> names = RegionNames.matching(s.getIndexReader(), q.region());
            filters.add(names.isEmpty() ? new MatchNoDocsQuery("no region " + q.region())
                    : new TermInSetQuery(MeasureFields.REGION, names));
        }
        if (q.indicatorId() != null) filters.add(new TermQuery(new Term(MeasureFields.INDICATOR, q.indicatorId())));
        double[] range = q.valueRange();
        if (range != null) filters.add(DoublePoint.newRangeQuery(MeasureFields.VALUE, range[0], range[1]));
        Query words;
        if (text.parts().isEmpty() && (q.indicatorId() != null || range != null)) {
            List<BytesRef> types = q.types().stream().map(t -> new BytesRef(t.code())).toList();
            words = new ConstantScoreQuery(new TermInSetQuery(MeasureFields.TYPE, types));
        } else {
            // Each type's text has a field of its own, so the words find only entries of the types asked for.
            words = text.query(s.getIndexReader(), q.types().stream().sorted().map(IndexAnalyzers::bigrams).toList());
        }
        if (filters.isEmpty()) return words;
        // Without filters the words stand alone: Lucene then scores a query of alternatives by its quickest
        // method, which skips the entries that cannot reach the best hits.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
        filters.forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    private static Map<String, Integer> counts(StringDocValuesReaderState state, FacetsCollector fc, String field)
            throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(Integer.MAX_VALUE, field);
        if (r == null) return out;
        for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.intValue());
        return out;
    }

    /** Ordinals of the facet fields, built once per reader rather than once per search. */
    private record FacetStates(IndexReader reader, StringDocValuesReaderState region,
                               StringDocValuesReaderState domain) {
    }

    private FacetStates facetStates(IndexSearcher s) throws IOException {
        FacetStates f = facetStates;
        if (f == null || f.reader() != s.getIndexReader()) {
            IndexReader r = s.getIndexReader();
            f = new FacetStates(r, new StringDocValuesReaderState(r, MeasureFields.REGION_FACET),
                    new StringDocValuesReaderState(r, MeasureFields.DOMAIN_FACET));
            facetStates = f;
        }
        return f;
    }
}
