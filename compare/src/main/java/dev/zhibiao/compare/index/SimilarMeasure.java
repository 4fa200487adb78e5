package dev.zhibiao.compare.index;

/**
 * A measure of another document found like a given one.
 *
 * @param measure   the measure compared
 * @param other     the measure of another document
 * @param coverage  how much of {@code measure} the other restates, 0 to 1 ({@link LocalAlignment#coverage()})
 * @param retrieval the retrieval score that made it a candidate (MoreLikeThis over character pairs)
 * @param passage   the passage of {@code measure} the other restates
 */
public record SimilarMeasure(Measure measure, Measure other, double coverage, float retrieval, String passage) {
    @Override
    public String toString() {
        return String.format("%.2f %s: %s", coverage, other.label(), clip(passage, 40));
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
