package dev.zhibiao.extract.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literal words found in a text as {@code Pattern.compile(quote(w1) + "|" + quote(w2) + …).matcher(text).find()}
 * would find them: the leftmost position where a word starts, and there the first word of the list that matches,
 * not the longest. A regular expression tries every alternative at every position of a text; this looks each
 * character up once in a table of the words' first characters, which most characters of a text are not.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * WordScan w = WordScan.of(List.of("首页", "当前位置"));
 * w.in("首页 > 新闻");          // true
 * w.find("您在：当前位置", 0);   // [3, 7)
 * }</pre>
 */
public final class WordScan {
    /** The first characters of the words, one bit each: a text's characters are tested against it one by one. */
    private final long[] first = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** The first characters, sorted, and for each the words opening with it in list order. */
    private final char[] keys;
    private final String[][] byFirst;
    private final List<String> words;

    /** Where a word was found: [start, end) of the text, and which word. */
    public record Hit(int start, int end, String word) {
    }

    private WordScan(List<String> words) {
        this.words = List.copyOf(words);
        Map<Character, List<String>> index = new LinkedHashMap<>();
        for (String w : this.words) {
            if (w.isEmpty()) throw new IllegalArgumentException("an empty word is found everywhere: " + words);
            index.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        keys = new char[index.size()];
        int i = 0;
        for (char c : index.keySet()) keys[i++] = c;
        java.util.Arrays.sort(keys);
        byFirst = new String[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            byFirst[k] = index.get(keys[k]).toArray(String[]::new);
            first[keys[k] >>> 6] |= 1L << keys[k];
        }
    }

    /** The words, tried at each position in this order. */
    public static WordScan of(List<String> words) {
        return new WordScan(words);
    }

    /** The words, tried at each position in this order. */
    public static WordScan of(String... words) {
        return new WordScan(List.of(words));
    }

    /** The words, in the order they are tried. */
    public List<String> words() {
        return words;
    }

    /** True when a word opens with {@code c}. */
    public boolean opens(char c) {
        return (first[c >>> 6] & (1L << c)) != 0;
    }

    /** True when {@code text} holds one of the words. */
    public boolean in(String text) {
        return find(text, 0) != null;
    }

    /** True when one of the words starts at {@code at} of {@code text}. */
    public boolean startsAt(String text, int at) {
        if (at < 0 || at >= text.length()) return false;
        char c = text.charAt(at);
        if ((first[c >>> 6] & (1L << c)) == 0) return false;
        for (String w : byFirst[java.util.Arrays.binarySearch(keys, c)]) {
            if (text.startsWith(w, at)) return true;
        }
        return false;
    }

    /** The first word found at or after {@code from}, as the alternation's {@code find(from)} finds it; null if none. */
    public Hit find(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            if ((first[c >>> 6] & (1L << c)) == 0) continue;
            for (String w : byFirst[java.util.Arrays.binarySearch(keys, c)]) {
                if (text.startsWith(w, i)) return new Hit(i, i + w.length(), w);
            }
        }
        return null;
    }

    /** The words found one after another, each search starting where the last word ended, as a matcher's finds go. */
    public List<Hit> findAll(String text) {
        List<Hit> out = new ArrayList<>();
        for (Hit h = find(text, 0); h != null; h = find(text, h.end())) out.add(h);
        return out;
    }

    @Override
    public String toString() {
        return "WordScan" + words;
    }
}
