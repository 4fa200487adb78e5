package dev.zhibiao.corpus.score;

import dev.zhibiao.corpus.Gold;
import dev.zhibiao.corpus.GoldRecord;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores predicted records against a gold file by the spec's matching rule: equal value (or range), equal
 * unit, equal year (a null gold year accepts null or the plan's end year), and alike indicator names (one
 * contains the other, or character-bigram Dice ≥ 0.5). Each gold record is hit at most once, best-alike
 * pairs first; optional gold records count neither way.
 *
 * <pre>{@code
 * DocumentScore s = Scorer.score(corpus.gold(doc), extraction.records());
 * s.f1();
 * }</pre>
 */
public final class Scorer {
    private static final Pattern PUNCT = Pattern.compile("[\\s《》“”\"'()（）\\[\\]【】、，,。；;：:·\\-—–]");
    private static final double ALIKE = 0.5;

    private Scorer() {
    }

    /** Scores one document's predictions. */
    public static DocumentScore score(Gold gold, List<Target> predictions) {
        List<GoldRecord> g = gold.records();
        Integer planEnd = gold.endYear();
        record Pair(double sim, int gi, int pi) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < g.size(); gi++) {
            Target gt = g.get(gi).target();
            for (int pi = 0; pi < predictions.size(); pi++) {
                Target p = predictions.get(pi);
                if (!sameNumber(gt, p) || !gt.unit().equals(p.unit()) || !sameYear(gt, p, planEnd)) continue;
                double s = alike(gt.indicator(), p.indicator());
                if (s >= ALIKE) pairs.add(new Pair(s, gi, pi));
            }
        }
        // stable sort by similarity, descending, as the reference scorer does
        pairs.sort((a, b) -> Double.compare(b.sim, a.sim));
        Map<Integer, Integer> gm = new HashMap<>();
        Set<Integer> pm = new HashSet<>();
        for (Pair p : pairs) {
            if (gm.containsKey(p.gi) || pm.contains(p.pi)) continue;
            gm.put(p.gi, p.pi);
            pm.add(p.pi);
        }
        int hits = 0, required = 0, fieldsOk = 0, optionalHits = 0;
        List<Match> matches = new ArrayList<>();
        List<Target> misses = new ArrayList<>();
        for (int gi = 0; gi < g.size(); gi++) {
            GoldRecord gr = g.get(gi);
            Integer pi = gm.get(gi);
            if (gr.optional()) {
                if (pi != null) optionalHits++;
                continue;
            }
            required++;
            if (pi == null) {
                misses.add(gr.target());
                continue;
            }
            hits++;
            Target p = predictions.get(pi);
            boolean ok = sameFields(gr.target(), p);
            if (ok) fieldsOk++;
            matches.add(new Match(gr.target(), p, ok));
        }
        List<Target> falseAlarms = new ArrayList<>();
        for (int pi = 0; pi < predictions.size(); pi++) {
            if (!pm.contains(pi)) falseAlarms.add(predictions.get(pi));
        }
        return new DocumentScore(gold.document(), hits, required, predictions.size() - optionalHits, fieldsOk,
                matches, misses, falseAlarms);
    }

    /** comparator, kind and scope agree. */
    public static boolean sameFields(Target gold, Target p) {
        return gold.comparator() == p.comparator() && gold.kind() == p.kind() && gold.scope() == p.scope();
    }

    static boolean sameNumber(Target g, Target p) {
        if (g.value() != null) {
            return p.value() != null && Math.abs(g.value() - p.value()) <= 1e-9 * Math.max(1, Math.abs(g.value()));
        }
        return g.low() != null && g.high() != null && p.low() != null && p.high() != null
                && Math.abs(g.low() - p.low()) < 1e-9 && Math.abs(g.high() - p.high()) < 1e-9;
    }

    static boolean sameYear(Target g, Target p, Integer planEnd) {
        if (g.year() != null) return Objects.equals(g.year(), p.year());
        return p.year() == null || (planEnd != null && p.year().equals(planEnd));
    }

    /** The spec's name likeness: 1 when one contains the other, else the Dice coefficient of character bigrams. */
    public static double alike(String a, String b) {
        String x = normName(a), y = normName(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.contains(y) || y.contains(x)) return 1;
        Set<String> bx = bigrams(x), by = bigrams(y);
        Set<String> common = new HashSet<>(bx);
        common.retainAll(by);
        return 2.0 * common.size() / (bx.size() + by.size());
    }

    static String normName(String s) {
        return s == null ? "" : PUNCT.matcher(s).replaceAll("");
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
        if (out.isEmpty()) out.add(s);
        return out;
    }

    /** A gold record and the prediction that hit it; {@code fieldsAgree} when comparator, kind and scope agree. */
    public record Match(Target gold, Target predicted, boolean fieldsAgree) {
    }
}
