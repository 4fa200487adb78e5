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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link MeasureQuery} on a searcher: the query's words within its filters, the hits with their
 * snippets, and the counts per region and domain of every match. Safe for many threads at once.
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
        var result = FacetsCollectorManager.search(s, query, q.limit(), new FacetsCollectorManager());
        List<String> words = parsed.highlightWords();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : result.topDocs().scoreDocs) {
            Measure m = MeasureFields.fromDocument(s.storedFields().document(sd.doc));
            hits.add(new SearchHit(hits.size() + 1, m, sd.score, Snippets.snippet(Normalizer.standard().normalize(m.text()), words,
                    MeasureIndex.SNIPPET_CHARS)));
        }
        FacetsCollector fc = result.facetsCollector();
        Map<String, Integer> byRegion = new LinkedHashMap<>();
        Map<String, Integer> byDomain = new LinkedHashMap<>();
        if (s.getIndexReader().maxDoc() > 0) {
            FacetStates states = facetStates(s);
            byRegion = counts(states.region(), fc, MeasureFields.REGION_FACET);
            byDomain = counts(states.domain(), fc, MeasureFields.DOMAIN_FACET);
        }
        return new SearchHits(q.text(), parsed.expansions(), result.topDocs().totalHits.value, hits,
                byRegion, byDomain);
    }

    private static Query filtered(QueryText text, MeasureQuery q, IndexSearcher s) throws IOException {
        BooleanQuery.Builder scope = new BooleanQuery.Builder();
        List<BytesRef> types = q.types().stream().map(t -> new BytesRef(t.code())).toList();
        scope.add(new TermInSetQuery(MeasureFields.TYPE, types), Occur.FILTER);
        if (q.domain() != null) scope.add(new TermQuery(new Term(MeasureFields.DOMAIN, q.domain().label())), Occur.FILTER);
        if (q.level() != null) scope.add(new TermQuery(new Term(MeasureFields.LEVEL, q.level().code())), Occur.FILTER);
        if (q.region() != null) {
            List<BytesRef> names = RegionNames.matching(s.getIndexReader(), q.region());
            scope.add(names.isEmpty() ? new MatchNoDocsQuery("no region " + q.region())
                    : new TermInSetQuery(MeasureFields.REGION, names), Occur.FILTER);
        }
        if (q.indicatorId() != null) {
            scope.add(new TermQuery(new Term(MeasureFields.INDICATOR, q.indicatorId())), Occur.FILTER);
        }
        double[] range = q.valueRange();
        if (range != null) scope.add(DoublePoint.newRangeQuery(MeasureFields.VALUE, range[0], range[1]), Occur.FILTER);
        Query scoped = new ConstantScoreQuery(scope.build());
        boolean listing = text.parts().isEmpty() && (q.indicatorId() != null || range != null);
        Query words = listing ? new MatchAllDocsQuery() : text.query(s, scoped);
        return new BooleanQuery.Builder().add(words, Occur.MUST).add(scoped, Occur.FILTER).build();
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
