package dev.zhibiao.compare.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * A query whose every match scores a fixed amount for being found at all, plus the query's own score. The same as
 * a constant-score copy of the query beside the query, but read once per entry rather than twice, and with the
 * query's own bounds on its scores, by which Lucene skips blocks of entries that cannot reach the best hits.
 */
final class PresenceQuery extends Query {
    private final Query query;
    private final float presence;

    PresenceQuery(Query query, float presence) {
        if (!(presence >= 0) || Float.isInfinite(presence)) {
            throw new IllegalArgumentException("presence must be finite and not negative: " + presence);
        }
        this.query = Objects.requireNonNull(query);
        this.presence = presence;
    }

    Query query() {
        return query;
    }

    float presence() {
        return presence;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten != query ? new PresenceQuery(rewritten, presence) : super.rewrite(searcher);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = query.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return inner;
        float found = presence * boost;
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer s = in.scorer(context);
                return s == null ? null : new Found(s, this, found);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) return e;
                return Explanation.match(e.getValue().floatValue() + found, "found, and how well",
                        Explanation.match(found, "found"), e);
            }
        };
    }

    /** The inner scorer's score and bounds, raised by the presence. */
    private static final class Found extends FilterScorer {
        private final float found;

        Found(Scorer in, Weight weight, float found) {
            super(in, weight);
            this.found = found;
        }

        @Override
        public float score() throws IOException {
            return in.score() + found;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) + found;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "found(" + query.toString(field) + ")^+" + presence;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((PresenceQuery) other).query)
                && Float.floatToIntBits(presence) == Float.floatToIntBits(((PresenceQuery) other).presence);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + query.hashCode()) + Float.hashCode(presence);
    }
}
