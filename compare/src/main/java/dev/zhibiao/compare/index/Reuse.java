package dev.zhibiao.compare.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Similar measures and text reuse. Aligning every pair of measures grows with the square of the corpus,
 * so Lucene first retrieves a few candidates per measure (MoreLikeThis over character pairs, which
 * catch copied wording wherever it stands) and only those are aligned.
 */
final class Reuse {
    static final int DEFAULT_LIMIT = 5;
    /** Candidates retrieved per wanted result, since retrieval and alignment rank a little differently. */
    static final int CANDIDATES_PER_RESULT = 3;
    static final int MAX_QUERY_TERMS = 60;

    private Reuse() {
    }

    static List<SimilarMeasure> similar(IndexSearcher s, Measure measure, int limit) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
        mlt.setAnalyzer(IndexAnalyzers.BIGRAMS);
        mlt.setFieldNames(new String[]{IndexAnalyzers.BIGRAM});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        Query like = mlt.like(IndexAnalyzers.BIGRAM, new StringReader(measure.text()));
        Query q = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(MeasureFields.TYPE, Measure.Type.MEASURE.code())), Occur.FILTER)
                .add(new TermQuery(new Term(MeasureFields.DOC, measure.documentId())), Occur.MUST_NOT)
                .build();
        List<SimilarMeasure> out = new ArrayList<>();
        String mine = comparable(measure.text());
        for (ScoreDoc sd : s.search(q, limit * CANDIDATES_PER_RESULT).scoreDocs) {
            Measure other = MeasureFields.fromDocument(s.storedFields().document(sd.doc));
            LocalAlignment a = LocalAlignment.of(mine, comparable(other.text()));
            out.add(new SimilarMeasure(measure, other, a.coverage(), sd.score, a.passageOf(mine)));
        }
        out.sort(Comparator.comparingDouble(SimilarMeasure::coverage).reversed());
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    /** Wording only: one plan writes ， where another writes , and spaces fall where a converter left them. */
    static String comparable(String text) {
        String t = MeasureFields.readable(text);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            // full-width forms of ASCII punctuation (，；：（）) read as their ASCII twins
            sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString();
    }

    static ReuseReport report(IndexSearcher s, String documentId, List<Measure> measures, double threshold)
            throws IOException {
        List<SimilarMeasure> pairs = new ArrayList<>();
        for (Measure m : measures) {
            List<SimilarMeasure> best = similar(s, m, 1);
            if (!best.isEmpty() && best.get(0).coverage() >= threshold) pairs.add(best.get(0));
        }
        String label = measures.isEmpty() ? documentId : measures.get(0).label();
        return new ReuseReport(documentId, label, threshold, measures.size(), pairs);
    }
}
