package dev.zhibiao.compare.index;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
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
record QueryText(String text, List<String> parts, List<String> expansions, List<Query> partQueries) {
    private static final float WORD_BOOST = 0.3f;
    private static final float SYNONYM_BOOST = 0.8f;
    /** How much finding a part counts against how often it is found. */
    private static final float PRESENCE_WEIGHT = 10f;
    private static final QueryBuilder BUILDER = new QueryBuilder(IndexAnalyzers.PER_FIELD);

    static QueryText parse(String text, Synonyms synonyms) {
        List<String> parts = new ArrayList<>();
        for (String p : text.strip().split("[\\s\\p{Punct}，。、；：！？“”（）《》　]+")) {
            if (!p.isBlank()) parts.add(p);
        }
        Set<String> expansions = new LinkedHashSet<>();
        List<Query> partQueries = new ArrayList<>();
        for (String part : parts) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = addAsWritten(b, part, 1f);
            // The part's longer words all present, in any order: 家庭教育指导 also finds 指导家庭开展教育,
            // and 防溺水 finds 预防和控制儿童溺水.
            List<String> words = IndexAnalyzers.terms(IndexAnalyzers.SMARTCN, part).stream()
                    .filter(w -> w.length() >= 2).distinct().toList();
            if (!words.isEmpty() && !words.equals(List.of(part))) {
                BooleanQuery.Builder allWords = new BooleanQuery.Builder();
                words.forEach(w -> allWords.add(new TermQuery(new Term(IndexAnalyzers.TEXT, w)), Occur.MUST));
                b.add(new BoostQuery(allWords.build(), WORD_BOOST), Occur.SHOULD);
                n++;
            }
            for (String syn : synonyms.expand(part)) {
                expansions.add(syn);
                n += addAsWritten(b, syn, SYNONYM_BOOST);
            }
            if (n > 0) partQueries.add(b.build());
        }
        return new QueryText(text, List.copyOf(parts), List.copyOf(expansions), List.copyOf(partQueries));
    }

    /**
     * The query to run. Items are paragraphs, and a common word written four times in one (伤害防控 …)
     * would outscore a rare word written once (近视); so each part found counts by its rarity in the
     * index, whatever its frequency in the item, and the usual BM25 score only orders items that hold
     * the same parts.
     */
    Query query(IndexSearcher searcher) throws IOException {
        if (partQueries.isEmpty()) return new MatchNoDocsQuery("no words in " + text);
        int n = Math.max(1, searcher.getIndexReader().numDocs());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query part : partQueries) {
            int df = searcher.count(part);
            if (df == 0) continue;
            float rarity = (float) Math.log(1 + n / (double) df);
            all.add(new BoostQuery(new ConstantScoreQuery(part), PRESENCE_WEIGHT * rarity), Occur.SHOULD);
            all.add(part, Occur.SHOULD);
        }
        return all.build();
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
