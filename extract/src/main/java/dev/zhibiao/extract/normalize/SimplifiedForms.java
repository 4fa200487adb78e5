package dev.zhibiao.extract.normalize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HanLP's traditional-to-simplified conversion, answered as HanLP answers it: at each position the longest word
 * of its table that starts there, taken from left to right, and any other character as it is. HanLP finds those
 * words with an Aho-Corasick automaton that reports every word at every position of a line; here the words are
 * looked up by their first character, which most characters of a line are not, and the line costs a scan.
 *
 * <p>The words are read from the file HanLP reads, and their simplified forms are asked of HanLP's own table. The
 * table is used only when it holds exactly those words, as many as HanLP's; otherwise (another dictionary
 * configured, a file that cannot be read) every line goes to HanLP's converter. Immutable and shared.
 */
final class SimplifiedForms {
    private static final Logger LOG = LoggerFactory.getLogger(SimplifiedForms.class);
    private static final SimplifiedForms HANLP = load();

    /**
     * For each character, 1 + the index in {@link #words} of the words opening with it, or 0 when none does: one
     * array read per character of a line, as most characters open no word.
     */
    private final char[] slot;
    /** The characters with a slot, as bits: 8 KB that stay in the cache, tested before the slot is read. */
    private final long[] opens = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** Per first character, its words longest first, and the simplified form of each; null when not loaded. */
    private final char[][][] words;
    private final String[][] forms;
    /**
     * For a first character with many words (覆 opens some thirty): the words' second characters, sorted, and for
     * each the indices of the words that can start with the two, in list order; null for the others.
     */
    private final char[][] seconds;
    private final int[][][] bySecond;
    /** The indices of the one-character words, which follow any second character. */
    private final int[][] singles;
    private static final int MANY = 4;

    private SimplifiedForms(Map<Character, char[][]> byFirst, Map<Character, String[]> formsByFirst) {
        if (byFirst == null) {
            slot = null;
            words = null;
            forms = null;
            seconds = null;
            bySecond = null;
            singles = null;
            return;
        }
        slot = new char[Character.MAX_VALUE + 1];
        words = new char[byFirst.size()][][];
        forms = new String[byFirst.size()][];
        seconds = new char[byFirst.size()][];
        bySecond = new int[byFirst.size()][][];
        singles = new int[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, char[][]> e : byFirst.entrySet()) {
            words[k] = e.getValue();
            forms[k] = formsByFirst.get(e.getKey());
            if (words[k].length > MANY) indexSeconds(k);
            slot[e.getKey()] = (char) ++k;
            opens[e.getKey() >>> 6] |= 1L << e.getKey();
        }
    }

    private void indexSeconds(int at) {
        char[][] ws = words[at];
        java.util.TreeMap<Character, List<Integer>> index = new java.util.TreeMap<>();
        List<Integer> one = new ArrayList<>();
        for (int k = 0; k < ws.length; k++) {
            if (ws[k].length == 1) one.add(k);
            else index.computeIfAbsent(ws[k][1], c -> new ArrayList<>()).add(k);
        }
        seconds[at] = new char[index.size()];
        bySecond[at] = new int[index.size()][];
        int b = 0;
        for (Map.Entry<Character, List<Integer>> e : index.entrySet()) {
            seconds[at][b] = e.getKey();
            bySecond[at][b++] = java.util.stream.Stream.concat(e.getValue().stream(), one.stream())
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        singles[at] = one.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the first word of slot {@code at} that starts at {@code i} of {@code s}, in list order; -1 if none. */
    private int firstWord(int at, String s, int i) {
        char[][] ws = words[at];
        if (seconds[at] == null) {
            for (int k = 0; k < ws.length; k++) {
                if (startsWith(s, i, ws[k])) return k;
            }
            return -1;
        }
        // only the words whose second character is the text's next, and those of one character, can start here
        int b = i + 1 < s.length() ? java.util.Arrays.binarySearch(seconds[at], s.charAt(i + 1)) : -1;
        for (int k : b >= 0 ? bySecond[at][b] : singles[at]) {
            if (startsWith(s, i, ws[k])) return k;
        }
        return -1;
    }

    /** HanLP's conversion. */
    static SimplifiedForms hanlp() {
        return HANLP;
    }

    /** True when the table is HanLP's own, read here; false when each line is handed to HanLP's converter. */
    boolean local() {
        return words != null;
    }

    /** {@code s} in simplified characters, as {@code HanLP.convertToSimplifiedChinese(s)} gives it. */
    String convert(String s) {
        if (words == null) return HanLP.convertToSimplifiedChinese(s);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if ((opens[c >>> 6] & (1L << c)) == 0) {
                i++;
                continue;
            }
            int at = slot[c] - 1;
            char[][] ws = words[at];
            int k = firstWord(at, s, i);
            if (k < 0) {
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16);
            if (copied < i) out.append(s, copied, i);
            String form = forms[at][k];
            if (form.length() == 1) out.append(form.charAt(0));
            else out.append(form);
            i += ws[k].length;
            copied = i;
        }
        if (out == null) return s;
        if (copied < s.length()) out.append(s, copied, s.length());
        return out.toString();
    }

    private static boolean startsWith(String s, int at, char[] w) {
        if (at + w.length > s.length()) return false;
        for (int j = 1; j < w.length; j++) {
            if (s.charAt(at + j) != w[j]) return false;
        }
        return true;
    }

    private static SimplifiedForms load() {
        String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
        Set<String> keys = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(IOUtil.newInputStream(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq > 0) keys.add(line.substring(0, eq));
            }
        } catch (Exception e) {
            LOG.debug("{} not readable ({}); traditional text goes to HanLP's converter", path, e.toString());
            return new SimplifiedForms(null, null);
        }
        var trie = TraditionalChineseDictionary.trie;
        Map<Character, List<String>> byFirst = new HashMap<>();
        Map<String, String> form = new HashMap<>();
        for (String k : keys) {
            String v = trie.get(k);
            if (v == null) {
                LOG.debug("{} holds {}, which HanLP's table does not; traditional text goes to HanLP's converter", path, k);
                return new SimplifiedForms(null, null);
            }
            form.put(k, v);
            byFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
        }
        // HanLP's table holds these words and no others: as many as it has, each of them found in it
        if (keys.size() != trie.size()) {
            LOG.debug("{} holds {} words, HanLP's table {}; traditional text goes to HanLP's converter", path, keys.size(), trie.size());
            return new SimplifiedForms(null, null);
        }
        Map<Character, char[][]> words = new HashMap<>();
        Map<Character, String[]> forms = new HashMap<>();
        byFirst.forEach((c, ws) -> {
            ws.sort((a, b) -> b.length() - a.length());
            words.put(c, ws.stream().map(String::toCharArray).toArray(char[][]::new));
            forms.put(c, ws.stream().map(form::get).toArray(String[]::new));
        });
        return new SimplifiedForms(Map.copyOf(words), Map.copyOf(forms));
    }

    @Override
    public String toString() {
        return "SimplifiedForms[" + (words == null ? "HanLP's converter" : words.length + " first characters") + "]";
    }
}
