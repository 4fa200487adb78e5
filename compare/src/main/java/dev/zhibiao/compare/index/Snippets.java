package dev.zhibiao.compare.index;

import dev.zhibiao.extract.normalize.NormalizedText;
import dev.zhibiao.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short passage of a measure around the words of a query, those words marked 【like this】.
 * Chinese has no spaces to cut at, so the passage is the window of characters holding the most
 * distinct query words, widened to a sentence start where one is near. Words are found in the text as
 * the extractor reads it and marked in the text as written, so a traditional or full-width original
 * shows as it stands.
 */
final class Snippets {
    static final String OPEN = "【";
    static final String CLOSE = "】";

    private Snippets() {
    }

    /** A snippet of {@code text} itself. */
    static String snippet(String text, List<String> words, int width) {
        return snippet(NormalizedText.identity(text), words, width);
    }

    /** A snippet of the original of {@code text}, its words found in the normalised form. */
    static String snippet(NormalizedText text, List<String> words, int width) {
        String lower = text.text().toLowerCase(Locale.ROOT);
        List<int[]> hits = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) continue;
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                Span s = text.originalSpan(i, i + word.length());
                hits.add(new int[]{s.start(), s.end(), w});
            }
        }
        return window(text.original(), hits, width);
    }

    private static String window(String text, List<int[]> hits, int width) {
        if (text.length() <= width && hits.isEmpty()) return text;
        int bestStart = 0;
        int bestScore = -1;
        for (int[] h : hits) {
            int start = Math.max(0, Math.min(h[0] - width / 4, text.length() - width));
            int score = distinctWords(hits, start, start + width);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        int end = Math.min(text.length(), bestStart + width);
        int sentence = text.lastIndexOf('。', bestStart);
        if (sentence >= 0 && bestStart - sentence <= width / 4) bestStart = sentence + 1;
        return (bestStart > 0 ? "…" : "") + mark(text, hits, bestStart, end) + (end < text.length() ? "…" : "");
    }

    private static int distinctWords(List<int[]> hits, int from, int to) {
        return (int) hits.stream().filter(h -> h[0] >= from && h[1] <= to).mapToInt(h -> h[2]).distinct().count();
    }

    /** Marks the longest hit at each position; a hit inside a marked one is left as it is. */
    private static String mark(String text, List<int[]> hits, int from, int to) {
        boolean[] covered = new boolean[to - from];
        List<int[]> chosen = new ArrayList<>();
        hits.stream().filter(h -> h[0] >= from && h[1] <= to)
                .sorted((a, b) -> (b[1] - b[0]) - (a[1] - a[0]))
                .forEach(h -> {
                    for (int i = h[0]; i < h[1]; i++) if (covered[i - from]) return;
                    for (int i = h[0]; i < h[1]; i++) covered[i - from] = true;
                    chosen.add(h);
                });
        chosen.sort((a, b) -> a[0] - b[0]);
        StringBuilder sb = new StringBuilder();
        int pos = from;
        for (int[] h : chosen) {
            sb.append(text, pos, h[0]).append(OPEN).append(text, h[0], h[1]).append(CLOSE);
            pos = h[1];
        }
        return sb.append(text, pos, to).toString();
    }
}
