package dev.zhibiao.extract.indicator;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two normalised names are, in [0, 1]. Characters carry most of the meaning in these names, so the
 * longest common subsequence (inserted words such as 建立…的 cost little) and the edit distance (a dropped or
 * miswritten character) weigh most; HanLP's words add that a shared word counts more than shared characters.
 */
final class Similarity {
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();
    private static final LevenshteinDistance EDIT = LevenshteinDistance.getDefaultInstance();
    private static final int WORD_MEMO_LIMIT = 50_000;

    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

    double score(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double lcs = 2.0 * LCS.apply(a, b) / (a.length() + b.length());
        double edit = 1.0 - (double) EDIT.apply(a, b) / Math.max(a.length(), b.length());
        return 0.55 * lcs + 0.3 * edit + 0.15 * dice(words(a), words(b));
    }

    private Set<String> words(String s) {
        Set<String> w = words.get(s);
        if (w != null) return w;
        Set<String> out = new HashSet<>();
        List<Term> terms = HanLP.segment(s);
        for (Term t : terms) {
            if (!t.word.isBlank() && !t.nature.startsWith("w")) out.add(t.word);
        }
        if (words.size() < WORD_MEMO_LIMIT) words.put(s, out);
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return 2.0 * common / (a.size() + b.size());
    }
}
