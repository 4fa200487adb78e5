package dev.zhibiao.compare.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's query as Lucene sees it. Each part (split at spaces and punctuation) is looked for as written, as a
 * run of character pairs, or as the catalog's other names for it; failing that, most of its longer words apart
 * count for less. Parts are alternatives, so a measure holding every part ranks first.
 *
 * @param text        the query as typed
 * @param parts       its parts, as the extractor reads them
 * @param expansions  the catalog's other names for them
 * @param partQueries what each part is looked for as
 */
record QueryText(String text, List<String> parts, List<String> expansions, List<Part> partQueries) {
    private static final float WORD_BOOST = 0.3f;
    /** How much finding a part's words apart counts against finding the part as written. */
    private static final float LOOSE_PRESENCE = 0.5f;
    private static final float SYNONYM_BOOST = 0.8f;
    /** How much finding a part counts against how often it is found. */
    private static final float PRESENCE_WEIGHT = 10f;
    private static final QueryBuilder BUILDER = new QueryBuilder(IndexAnalyzers.BIGRAMS);

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
            List<String> other = synonyms.expand(part);
            expansions.addAll(other);
            partQueries.add(new Part(part, List.copyOf(other), words(part)));
        }
        return new QueryText(text, List.copyOf(parts), List.copyOf(expansions), List.copyOf(partQueries));
    }

    /**
     * A part of the query.
     *
     * @param written  the part as typed
     * @param synonyms the catalog's other names for it
     * @param apart    its longer words, to be found apart; empty when the part is one word
     */
    record Part(String written, List<String> synonyms, List<String> apart) {
    }

    /**
     * The part's longer words apart, in any order, most of them present: 家庭教育指导 also finds
     * 指导家庭开展教育, 防溺水 finds 预防和控制儿童溺水, 心理健康服务 finds 心理健康教育. smartcn cuts them.
     */
    private static List<String> words(String part) {
        List<String> words = IndexAnalyzers.terms(IndexAnalyzers.SMARTCN, part).stream()
                .filter(w -> w.length() >= 2).distinct().toList();
        return words.equals(List.of(part)) ? List.of() : words;
    }

    /**
     * The query over the entries whose text is in {@code fields}. Items are paragraphs, and a common word
     * written four times in one (伤害防控 …) would outscore a rare word written once (近视); so each part found
     * counts by its rarity, whatever its frequency in the item, and the usual BM25 score only orders items that
     * hold the same parts. Rarity is read from the index's statistics rather than counted by a search, so that a
     * query costs one search.
     */
    Query query(IndexReader reader, List<String> fields) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : fields) {
            Query q = query(reader, field);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) return new MatchNoDocsQuery("no words of " + text + " in the index");
        BooleanQuery built = any.build();
        return clauses == 1 ? built.clauses().get(0).getQuery() : built;
    }

    private Query query(IndexReader reader, String field) throws IOException {
        Rarity rarity = new Rarity(reader, field);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (Part part : partQueries) {
            List<Query> alternatives = new ArrayList<>();
            addWritten(alternatives, field, part.written(), 1f);
            for (String syn : part.synonyms()) addWritten(alternatives, field, syn, SYNONYM_BOOST);
            if (!alternatives.isEmpty()) {
                clauses += addCounted(all, anyOf(alternatives, 1), rarity.ofAny(alternatives));
            }
            List<Query> words = new ArrayList<>();
            for (String w : part.apart()) addWritten(words, field, w, 1f);
            List<Query> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < part.apart().size(); i++) {
                String pair = part.apart().get(i) + part.apart().get(i + 1);
                if (!pair.equals(part.written())) addWritten(pairs, field, pair, 1f);
            }
            if (!words.isEmpty()) clauses += addApart(all, words, pairs, rarity);
        }
        return clauses == 0 ? null : all.build();
    }

    /**
     * Most of a part's words apart: found at all, it counts by the rarity of finding them so; then each word
     * found counts by its own rarity, so that an item holding all the words (网络 as well as 未成年人 and 保护)
     * ranks above one holding the two commonest many times over; and so does each two neighbouring words found
     * side by side (网络保护 in 加强儿童网络保护).
     */
    private static int addApart(BooleanQuery.Builder all, List<Query> words, List<Query> pairs, Rarity rarity)
            throws IOException {
        int atLeast = words.size() <= 2 ? words.size() : (2 * words.size() + 2) / 3;
        float found = rarity.ofAtLeast(words, atLeast);
        if (found <= 0) return 0;
        BooleanQuery.Builder scored = new BooleanQuery.Builder()
                .add(new PresenceQuery(new BoostQuery(anyOf(words, atLeast), WORD_BOOST),
                        PRESENCE_WEIGHT * LOOSE_PRESENCE * found), Occur.MUST);
        // When every word must be found, every match holds them all, and counting them ranks nothing.
        List<Query> counted = atLeast == words.size() ? pairs : concat(words, pairs);
        for (Query w : counted) {
            float r = rarity.ofAny(List.of(w));
            if (r > 0) {
                scored.add(new BoostQuery(new ConstantScoreQuery(w), PRESENCE_WEIGHT * LOOSE_PRESENCE * r / words.size()),
                        Occur.SHOULD);
            }
        }
        all.add(scored.build(), Occur.SHOULD);
        return 1;
    }

    private static List<Query> concat(List<Query> a, List<Query> b) {
        List<Query> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int addCounted(BooleanQuery.Builder all, Query q, float rarity) {
        if (rarity <= 0) return 0;
        all.add(new PresenceQuery(q, PRESENCE_WEIGHT * rarity), Occur.SHOULD);
        return 1;
    }

    private static Query anyOf(List<Query> queries, int atLeast) {
        if (queries.size() == 1) return queries.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        queries.forEach(q -> b.add(q, Occur.SHOULD));
        return b.setMinimumNumberShouldMatch(atLeast <= 1 ? 0 : atLeast).build();
    }

    private static void addWritten(List<Query> into, String field, String words, float boost) {
        Query q = written(field, words);
        if (q != null) into.add(boost == 1f ? q : new BoostQuery(q, boost));
    }

    /**
     * The words as written: the run of their character pairs. A lone Chinese character is found at the start of
     * the pairs it begins (龋 in 龋齿), since pairs are all the index holds.
     */
    private static Query written(String field, String words) {
        Query q = BUILDER.createPhraseQuery(field, words);
        if (q instanceof TermQuery t && t.getTerm().text().length() == 1
                && Character.UnicodeScript.of(t.getTerm().text().charAt(0)) == Character.UnicodeScript.HAN) {
            return new PrefixQuery(t.getTerm());
        }
        return q;
    }

    /**
     * How rare a query's matches are among a field's entries, log(1 + entries ÷ matches), from the number of
     * entries holding each term. A run of pairs is in no more entries than its rarest pair; alternatives in no
     * more than all of them together; so the figure errs towards common, never towards rare.
     */
    private static final class Rarity {
        private final IndexReader reader;
        private final double entries;

        Rarity(IndexReader reader, String field) throws IOException {
            this.reader = reader;
            this.entries = Math.max(1, reader.getDocCount(field));
        }

        float ofAny(List<Query> alternatives) throws IOException {
            long sum = 0;
            for (Query q : alternatives) sum += matchesAtMost(q);
            return rarity(sum);
        }

        /** Entries holding {@code atLeast} of the words hold one of the rarest {@code n - atLeast + 1}. */
        float ofAtLeast(List<Query> words, int atLeast) throws IOException {
            long[] counts = new long[words.size()];
            for (int i = 0; i < counts.length; i++) counts[i] = matchesAtMost(words.get(i));
            Arrays.sort(counts);
            long sum = 0;
            for (int i = 0; i < counts.length - Math.max(1, atLeast) + 1; i++) sum += counts[i];
            return rarity(sum);
        }

        private float rarity(long matches) {
            return matches <= 0 ? 0f : (float) Math.log(1 + entries / Math.min(entries, matches));
        }

        private long matchesAtMost(Query q) throws IOException {
            Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
            if (inner instanceof PrefixQuery p) return prefixMatches(p.getPrefix());
            Set<Term> terms = new HashSet<>();
            inner.visit(QueryVisitor.termCollector(terms));
            long least = Long.MAX_VALUE;
            for (Term t : terms) least = Math.min(least, reader.docFreq(t));
            return terms.isEmpty() ? 0 : least;
        }

        /** Entries with a term beginning with {@code prefix}: at most the sum over those terms. */
        private long prefixMatches(Term prefix) throws IOException {
            long sum = 0;
            BytesRef bytes = prefix.bytes();
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(prefix.field());
                if (terms == null) continue;
                TermsEnum it = terms.iterator();
                if (it.seekCeil(bytes) == TermsEnum.SeekStatus.END) continue;
                for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, bytes); t = it.next()) {
                    sum += it.docFreq();
                }
            }
            return sum;
        }
    }

    /** What a snippet should mark: the parts, their longer words and the synonyms used. */
    List<String> highlightWords() {
        Set<String> out = new LinkedHashSet<>(parts);
        // A part of one word has no words apart: it is its own longer word, already in.
        for (Part p : partQueries) out.addAll(p.apart());
        out.addAll(expansions);
        return List.copyOf(out);
    }
}
