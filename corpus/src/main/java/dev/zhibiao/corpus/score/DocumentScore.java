package dev.zhibiao.corpus.score;

import dev.zhibiao.model.Target;

import java.util.List;
import java.util.Locale;

/**
 * How one document's predictions fare against its gold records.
 *
 * @param document    the document's name
 * @param hits        required gold records hit
 * @param gold        required (non-optional) gold records
 * @param predictions predictions counted (those matching an optional gold record are not)
 * @param fieldsOk    hits whose comparator, kind and scope agree
 * @param matches     each hit with its prediction
 * @param misses      required gold records not hit
 * @param falseAlarms predictions that hit nothing
 */
public record DocumentScore(String document, int hits, int gold, int predictions, int fieldsOk,
                            List<Scorer.Match> matches, List<Target> misses, List<Target> falseAlarms) {

    public double precision() {
        return predictions == 0 ? 0 : (double) hits / predictions;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) hits / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double fieldAccuracy() {
        return hits == 0 ? 0 : (double) fieldsOk / hits;
    }

    /** Adds two scores' counts (for a total over documents). */
    public DocumentScore plus(DocumentScore o) {
        return new DocumentScore("total", hits + o.hits, gold + o.gold, predictions + o.predictions,
                fieldsOk + o.fieldsOk, List.of(), List.of(), List.of());
    }

    public static DocumentScore empty(String name) {
        return new DocumentScore(name, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /** The reference scorer's line: {@code name: P=.. R=.. F1=.. field=.. (hits/gold, preds preds)}. */
    public String line() {
        return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f field=%.3f (%d/%d, %d preds)",
                document, precision(), recall(), f1(), fieldAccuracy(), hits, gold, predictions);
    }

    /** The line, then each miss and false alarm. */
    public String details() {
        StringBuilder sb = new StringBuilder(line()).append('\n');
        for (Target m : misses) sb.append("   miss  ").append(m).append(" | ").append(m.quote()).append('\n');
        for (Target f : falseAlarms) sb.append("   extra ").append(f).append(" | ").append(f.quote()).append('\n');
        for (Scorer.Match m : matches) {
            if (!m.fieldsAgree()) {
                Target g = m.gold(), p = m.predicted();
                sb.append("   field ").append(g.indicator()).append(" gold ").append(g.comparator()).append('/')
                        .append(g.kind()).append('/').append(g.scope()).append(" got ").append(p.comparator())
                        .append('/').append(p.kind()).append('/').append(p.scope()).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return line();
    }
}
