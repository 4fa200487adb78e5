package dev.zhibiao.compare.index;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's query as Lucene sees it. Each part (split at spaces and punctuation) must appear as written:
 * as a smartcn phrase or as a run of character pairs; its longer words all present in any order count a little; the
 * catalog's other names for it count nearly as much as the part itself. Parts are alternatives,
 * so a measure holding every part ranks first.
 */
record QueryText(String text, List<String> parts, List<String> expansions, Query query) {
    private static final float WORD_BOOST = 0.3f;
    private static final float SYNONYM_BOOST = 0.8f;
    private static final QueryBuilder BUILDER = new QueryBuilder(IndexAnalyzers.PER_FIELD);

    static QueryText parse(String text, Synonyms synonyms) {
        List<String> parts = new ArrayList<>();
        for (String p : text.strip().split("[\\s\\p{Punct}，。、；：！？“”（）《》　]+")) {
            if (!p.isBlank()) parts.add(p);
        }
        Set<String> expansions = new LinkedHashSet<>();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = addAsWritten(b, part, 1f);
            // The part's longer words all present, in any order: 家庭教育指导 also finds 指导家庭开展教育.
            List<String> words = IndexAnalyzers.terms(IndexAnalyzers.SMARTCN, part).stream()
                    .filter(w -> w.length() >= 2).distinct().toList();
            if (words.size() > 1) {
                BooleanQuery.Builder allWords = new BooleanQuery.Builder();
                words.forEach(w -> allWords.add(new TermQuery(new Term(IndexAnalyzers.TEXT, w)), Occur.MUST));
                b.add(new BoostQuery(allWords.build(), WORD_BOOST), Occur.SHOULD);
                n++;
            }
            for (String syn : synonyms.expand(part)) {
                expansions.add(syn);
                n += addAsWritten(b, syn, SYNONYM_BOOST);
            }
            if (n > 0) {
                all.add(b.build(), Occur.SHOULD);
                clauses++;
            }
        }
        Query q = clauses == 0 ? new MatchNoDocsQuery("no words in " + text) : all.build();
        return new QueryText(text, List.copyOf(parts), List.copyOf(expansions), q);
    }

    private static int addAsWritten(BooleanQuery.Builder b, String words, float boost) {
        int n = 0;
        for (String field : new String[]{IndexAnalyzers.TEXT, IndexAnalyzers.BIGRAM}) {
            Query phrase = BUILDER.createPhraseQuery(field, words);
            if (phrase != null) {
                b.add(boost == 1f ? phrase : new BoostQuery(phrase, boost), Occur.SHOULD);
                n++;
            }
        }
        return n;
    }

    /** What a snippet should mark: the parts, their longer words and the synonyms used. */
    List<String> highlightWords() {
        Set<String> out = new LinkedHashSet<>(parts);
        for (String p : parts) {
            for (String w : IndexAnalyzers.terms(IndexAnalyzers.SMARTCN, p)) {
                if (w.length() >= 2) out.add(w);
            }
        }
        out.addAll(expansions);
        return List.copyOf(out);
    }
}
