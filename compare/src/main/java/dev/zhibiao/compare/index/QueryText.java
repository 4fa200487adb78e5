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
 * A user's query as Lucene sees it. Each part (split at spaces and punctuation) is looked for as written:
 * as a smartcn phrase or as a run of character pairs, or as the catalog's other names for it; failing
 * that, most of its longer words apart count for less. Parts are alternatives, so a measure holding
 * every part ranks first.
 */
record QueryText(String text, List<String> parts, List<String> expansions, List<Part> partQueries) {
    private static final float WORD_BOOST = 0.3f;
    /** How much finding a part's words apart counts against finding the part as written. */
    private static final float LOOSE_PRESENCE = 0.5f;
    private static final float SYNONYM_BOOST = 0.8f;
    /** How much finding a part counts against how often it is found. */
    private static final float PRESENCE_WEIGHT = 10f;
    private static final QueryBuilder BUILDER = new QueryBuilder(IndexAnalyzers.PER_FIELD);

    static QueryText parse(String text, Synonyms synonyms) {
        List<String> parts = new ArrayList<>();
        // Split before normalising: the normaliser joins words a space sets apart, and here it parts them.
        for (String p : text.strip().split("[\\s\\p{Punct}，。、；：！？“”（）《》　]+")) {
            String part = p.isBlank() ? "" : MeasureFields.readable(p).strip();
            if (!part.isEmpty()) parts.add(part);
        }
        Set<String> expansions = new LinkedHashSet<>();
        List<Part> partQueries = new ArrayList<>();
        for (String part : parts) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = addAsWritten(b, part, 1f);
            for (String syn : synonyms.expand(part)) {
                expansions.add(syn);
                n += addAsWritten(b, syn, SYNONYM_BOOST);
            }
            if (n > 0) partQueries.add(new Part(b.build(), loose(part)));
        }
        return new QueryText(text, List.copyOf(parts), List.copyOf(expansions), List.copyOf(partQueries));
    }

    /**
     * The query to run over the entries {@code scope} admits. Items are paragraphs, and a common word
     * written four times in one (伤害防控 …) would outscore a rare word written once (近视); so each part
     * found counts by its rarity among those entries, whatever its frequency in the item, and the usual
     * BM25 score only orders items that hold the same parts.
     */
    Query query(IndexSearcher searcher, Query scope) throws IOException {
        if (partQueries.isEmpty()) return new MatchNoDocsQuery("no words in " + text);
        int n = Math.max(1, searcher.count(scope));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Part part : partQueries) {
            addCounted(all, part.asWritten(), 1f, 1f, searcher, scope, n);
            if (part.apart() != null) addCounted(all, part.apart(), LOOSE_PRESENCE, WORD_BOOST, searcher, scope, n);
        }
        return all.build();
    }

    private static void addCounted(BooleanQuery.Builder all, Query q, float presence, float boost,
                                   IndexSearcher searcher, Query scope, int n) throws IOException {
        int df = searcher.count(new BooleanQuery.Builder().add(q, Occur.MUST).add(scope, Occur.FILTER).build());
        if (df == 0) return;
        float rarity = (float) Math.log(1 + n / (double) df);
        all.add(new BoostQuery(new ConstantScoreQuery(q), PRESENCE_WEIGHT * presence * rarity), Occur.SHOULD);
        all.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
    }

    /**
     * The part's longer words apart, in any order, most of them present: 家庭教育指导 also finds
     * 指导家庭开展教育, 防溺水 finds 预防和控制儿童溺水, 心理健康服务 finds 心理健康教育. Null when the part
     * is one word.
     */
    private static Query loose(String part) {
        List<String> words = IndexAnalyzers.terms(IndexAnalyzers.SMARTCN, part).stream()
                .filter(w -> w.length() >= 2).distinct().toList();
        if (words.isEmpty() || words.equals(List.of(part))) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(new TermQuery(new Term(IndexAnalyzers.TEXT, w)), Occur.SHOULD));
        return b.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (2 * words.size() + 2) / 3).build();
    }

    /** A part of the query: as written (with its synonyms), and its words apart. */
    record Part(Query asWritten, Query apart) {
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
