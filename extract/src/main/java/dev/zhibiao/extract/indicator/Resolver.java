package dev.zhibiao.extract.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Maps names to indicators in steps, cheapest first: the normalised name in the alias index; the name without
 * filler words in the second index; the catalog's patterns; a name cut before its head word, completed; then a
 * fuzzy comparison with the aliases that carry the same population qualifiers. Immutable apart from a bounded
 * memo, so one instance serves many threads.
 */
final class Resolver {
    private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);
    private static final int MEMO_LIMIT = 100_000;
    static final double STRIPPED = 0.97;
    static final double PATTERN = 0.95;
    static final double COMPLETED = 0.9;
    static final double FUZZY_CAP = 0.9;
    /** Below this a nearest indicator shares too little with the name to be a useful hint. */
    static final double HINT_FLOOR = 0.5;

    private record Alias(String stripped, Indicator indicator, String head) {
    }

    private final ResolverLexicon lexicon;
    private final NameNormalizer normalizer;
    private final Qualifiers qualifiers;
    private final Similarity similarity;
    private final NavigableMap<String, Indicator> exact = new TreeMap<>();
    private final NavigableMap<String, Indicator> stripped = new TreeMap<>();
    private final List<Map.Entry<Pattern, Indicator>> patterns = new ArrayList<>();
    private final Map<Set<String>, List<Alias>> byQualifiers = new HashMap<>();
    private final Map<String, Resolution> memo = new ConcurrentHashMap<>();

    Resolver(List<CatalogReader.Entry> entries, ResolverLexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = new NameNormalizer(lexicon);
        this.qualifiers = new Qualifiers(lexicon);
        this.similarity = new Similarity();
        Set<String> ambiguous = new HashSet<>();
        for (CatalogReader.Entry e : entries) {
            Indicator ind = e.indicator();
            List<String> names = new ArrayList<>();
            names.add(ind.name());
            names.addAll(ind.aliases());
            for (String n : names) {
                String norm = normalizer.simplify(normalizer.normalize(n));
                if (norm.isEmpty()) continue;
                Indicator before = exact.put(norm, ind);
                if (before != null && !before.id().equals(ind.id())) {
                    LOG.warn("alias {} of {} also names {}; {} wins", n, before.id(), ind.id(), ind.id());
                }
                String s = normalizer.strip(norm);
                Indicator other = stripped.putIfAbsent(s, ind);
                if (other != null && !other.id().equals(ind.id())) ambiguous.add(s);
                Set<String> q = qualifiers.of(s);
                byQualifiers.computeIfAbsent(q, k -> new ArrayList<>())
                        .add(new Alias(s, ind, qualifiers.comparedClass(s)));
            }
            for (Pattern p : e.patterns()) patterns.add(Map.entry(p, ind));
        }
        ambiguous.forEach(stripped::remove);
    }

    Resolution resolve(String name) {
        if (name == null) return Resolution.unresolved(null);
        Resolution r = memo.get(name);
        if (r != null) return r;
        r = compute(name);
        if (memo.size() < MEMO_LIMIT) memo.put(name, r);
        return r;
    }

    private Resolution compute(String name) {
        String norm = normalizer.normalize(name);
        if (norm.isEmpty()) return Resolution.unresolved(name);
        Indicator hit = exact.get(norm);
        if (hit != null) return new Resolution(name, hit, 1.0);
        norm = normalizer.simplify(norm);
        hit = exact.get(norm);
        if (hit != null) return new Resolution(name, hit, 1.0);
        String s = normalizer.strip(norm);
        hit = stripped.get(s);
        if (hit != null) return new Resolution(name, hit, STRIPPED);
        for (var p : patterns) {
            if (p.getKey().matcher(norm).matches()) return new Resolution(name, p.getValue(), PATTERN);
        }
        if (qualifiers.headless(s)) {
            hit = completed(norm, s);
            if (hit != null) return new Resolution(name, hit, COMPLETED);
        }
        return fuzzy(name, s);
    }

    /**
     * A name cut before its head word (初中生近视 for 初中生近视率) is taken only when completing it gives a
     * known name exactly and every known name it begins belongs to that one indicator: a fuzzy guess on top of
     * a guessed head would be two guesses, and 产前 begins both 产前筛查率 and 产前检查率.
     */
    private Indicator completed(String norm, String s) {
        Indicator found = null;
        for (String head : lexicon.completions()) {
            Indicator hit = exact.getOrDefault(norm + head, stripped.get(s + head));
            if (hit == null) continue;
            if (found != null && !found.id().equals(hit.id())) return null;
            found = hit;
        }
        if (found == null || !onlyIndicatorBegunBy(exact, norm, found) || !onlyIndicatorBegunBy(stripped, s, found)) {
            return null;
        }
        return found;
    }

    private static boolean onlyIndicatorBegunBy(NavigableMap<String, Indicator> names, String prefix, Indicator one) {
        for (Indicator i : names.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            if (!i.id().equals(one.id())) return false;
        }
        return true;
    }

    /**
     * The indicator whose names are most like this one, whatever its qualifiers, with the similarity: a hint
     * for whoever extends the catalog, never a resolution.
     */
    Resolution nearest(String name) {
        String s = normalizer.strip(normalizer.simplify(normalizer.normalize(name)));
        Indicator best = null;
        double score = HINT_FLOOR;
        if (s.isEmpty()) return Resolution.unresolved(name);
        for (List<Alias> list : byQualifiers.values()) {
            for (Alias a : list) {
                double x = similarity.score(s, a.stripped(), score);
                if (x > score) {
                    score = x;
                    best = a.indicator();
                }
            }
        }
        return best == null ? Resolution.unresolved(name) : new Resolution(name, best, score);
    }

    /** The best alias with the same qualifiers and a compatible head, if it is close enough and clearly ahead. */
    private Resolution fuzzy(String name, String s) {
        String head = qualifiers.comparedClass(s);
        Map<String, Double> bestById = new HashMap<>();
        Map<String, Indicator> byId = new HashMap<>();
        for (Alias a : byQualifiers.getOrDefault(qualifiers.of(s), List.of())) {
            if (!Qualifiers.headsCompatible(head, a.head())) continue;
            // Below the margin under the threshold a score can neither win nor block a winner.
            double score = similarity.score(s, a.stripped(), lexicon.threshold() - lexicon.margin());
            bestById.merge(a.indicator().id(), score, Math::max);
            byId.putIfAbsent(a.indicator().id(), a.indicator());
        }
        String best = null;
        double first = 0;
        double second = 0;
        for (var e : bestById.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        // Two indicators about as close as each other means the name does not say which one it is.
        if (best == null || first < lexicon.threshold() || first - second < lexicon.margin()) {
            return Resolution.unresolved(name);
        }
        return new Resolution(name, byId.get(best), Math.min(FUZZY_CAP, first));
    }
}
