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

    /** The area a heading's own words name, or null. */
    Domain named(String title) {
        int best = Integer.MAX_VALUE;
        String bestWord = null;
        for (String w : words.entries().keySet()) {
            int at = title.indexOf(w);
            if (at < 0) continue;
            if (at < best || at == best && w.length() > bestWord.length()) {
                best = at;
                bestWord = w;
            }
        }
        return bestWord == null ? null : Domain.of(words.value(bestWord));
    }

    /** True when the heading opens a block outside the seven areas. */
    boolean outsideAreas(String title) {
        for (String w : outside.entries().keySet()) {
            if (title.contains(w)) return true;
        }
        return false;
    }
}
