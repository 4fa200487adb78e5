package dev.zhibiao.extract;

import dev.zhibiao.error.DataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list kept as a resource file under {@code dev/zhibiao/extract/}: one entry a line, {@code #} starts a
 * comment, and an optional tab separates a word from its value ({@code 不低于	>=}). Loaded once by the rule
 * that uses it, then read only.
 *
 * @param name    the resource path below {@code dev/zhibiao/extract/}
 * @param entries words with their values ("" when a line has none), in file order
 */
public record Lexicon(String name, Map<String, String> entries) {
    private static final String BASE = "/dev/zhibiao/extract/";

    public Lexicon {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Reads {@code dev/zhibiao/extract/<name>} from the class path. */
    public static Lexicon load(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
        if (in == null) throw new DataException(name, "lexicon not on the class path under " + BASE);
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                if (line.isBlank()) continue;
                int tab = line.indexOf('\t');
                String word = (tab < 0 ? line : line.substring(0, tab)).strip();
                String value = tab < 0 ? "" : line.substring(tab + 1).strip();
                entries.put(word, value);
            }
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e.getMessage(), e);
        }
        return new Lexicon(name, entries);
    }

    /** The words, in file order. */
    public List<String> words() {
        return List.copyOf(entries.keySet());
    }

    /** The words, longest first, as alternatives for a regular expression. */
    public String alternation() {
        List<String> w = new ArrayList<>(entries.keySet());
        w.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", w.stream().map(java.util.regex.Pattern::quote).toList());
    }

    /** The last character of each word, each once, in file order. */
    public String lastCharacters() {
        StringBuilder sb = new StringBuilder();
        for (String w : entries.keySet()) {
            char c = w.charAt(w.length() - 1);
            if (sb.indexOf(String.valueOf(c)) < 0) sb.append(c);
        }
        return sb.toString();
    }

    public String value(String word) {
        return entries.get(word);
    }
}
