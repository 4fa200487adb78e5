package dev.zhibiao.compare.index;

/**
 * One ranked result of a search.
 *
 * @param rank    1 for the best
 * @param measure the measure or target found
 * @param score   Lucene's score (BM25), comparable only within one search
 * @param snippet a passage of the text with the query's words marked 【like this】
 */
public record SearchHit(int rank, Measure measure, float score, String snippet) {
    @Override
    public String toString() {
        return rank + ". " + measure.label() + " [" + measure.domain() + "] " + snippet;
    }
}
