package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.Domain;

/**
 * Reads the plan area a heading names ({@code 儿童与健康} → 健康, {@code 健全儿童医疗卫生服务体系} → 健康),
 * and the headings whose subtree lies outside the areas ({@code 组织实施}, {@code 重点工程}, {@code 序言}).
 */
final class DomainRule {
    private final Lexicon words = Lexicon.load("segment/domains.txt");
    private final Lexicon outside = Lexicon.load("segment/other-blocks.txt");

    /**
     * The area a heading's own words name, or null. A heading listing words of two areas (a headline such as
     * {@code 儿童健康、教育等多项指标…}) is about several and names none; a word that modifies another
     * ({@code 家庭环境}) is not a list, and the earliest word decides.
     */
    Domain named(String title) {
        int best = Integer.MAX_VALUE;
        String bestWord = null;
        String firstArea = null;
        boolean several = false;
        for (String w : words.entries().keySet()) {
            int at = title.indexOf(w);
            if (at < 0) continue;
            if (firstArea == null) firstArea = words.value(w);
            else several |= !firstArea.equals(words.value(w));
            if (at < best || at == best && w.length() > bestWord.length()) {
                best = at;
                bestWord = w;
            }
        }
        if (bestWord == null) return null;
        // words of one area only (most headings): no list of areas to look for
        if (!several) return Domain.of(words.value(bestWord));
        java.util.List<int[]> found = new java.util.ArrayList<>();
        java.util.List<String> foundAreas = new java.util.ArrayList<>();
        for (String w : words.entries().keySet()) {
            int at = title.indexOf(w);
            if (at < 0 || covered(title, at, w)) continue;
            found.add(new int[] {at, at + w.length()});
            foundAreas.add(words.value(w));
        }
        for (int i = 0; i < found.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                if (!foundAreas.get(i).equals(foundAreas.get(j)) && listed(title, found.get(i)[1], found.get(j)[0])) return null;
            }
        }
        return bestWord == null ? null : Domain.of(words.value(bestWord));
    }

    /** True when the words between two area words ({@code 、}, {@code 和}) list them. */
    private static boolean listed(String title, int from, int to) {
        if (to < from || to - from > 3) return false;
        for (int k = from; k < to; k++) {
            if ("、和与及，,".indexOf(title.charAt(k)) >= 0) return true;
        }
        return false;
    }

    /** True when another area word of the lexicon holds the word at {@code at} within it (安全 in 母婴安全). */
    private boolean covered(String title, int at, String w) {
        for (String other : words.entries().keySet()) {
            if (other.length() <= w.length() || !other.contains(w)) continue;
            int i = title.indexOf(other);
            while (i >= 0) {
                if (i <= at && at + w.length() <= i + other.length()) return true;
                i = title.indexOf(other, i + 1);
            }
        }
        return false;
    }

    /** True when the heading opens a block outside the seven areas. */
    boolean outsideAreas(String title) {
        for (String w : outside.entries().keySet()) {
            if (title.contains(w)) return true;
        }
        return false;
    }
}
