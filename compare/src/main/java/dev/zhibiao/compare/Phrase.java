package dev.zhibiao.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Words not yet in a language: a key of the report's word tables and its arguments (values as written, years,
 * names, or other phrases). A verdict's reason and a consistency finding are phrases, so one comparison can be
 * reported in Chinese and in English.
 *
 * <pre>{@code
 * Phrase p = assessment.why();
 * p.in(ReportLanguage.ZH);   // 2‰低于≤3‰，越低越好
 * p.toString();              // English: 2‰ is below <=3‰ and lower is better
 * }</pre>
 *
 * @param key  the key in {@code messages-*.properties}; {@link #LIST} or {@link #SERIES} for phrases joined
 * @param args the arguments, in the order the words name them ({@code {0}}, {@code {1}} …)
 */
public record Phrase(String key, List<Object> args) {
    /** The key of a list of clauses, joined by the language's separator ({@code ; } or {@code ；}). */
    public static final String LIST = "list";
    /** The key of a series of words, joined by the language's comma ({@code , } or {@code 、}). */
    public static final String SERIES = "series";

    public Phrase {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>(args.size());
        for (Object a : args) copy.add(a == null ? "" : a);
        args = Collections.unmodifiableList(copy);
    }

    /** The phrase for {@code key} with these arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** These phrases one after another, as clauses of one sentence. */
    public static Phrase list(List<Phrase> parts) {
        return parts.size() == 1 ? parts.get(0) : new Phrase(LIST, List.copyOf(parts));
    }

    /** These words as a series ({@code unit, value} or {@code 单位、数值}). */
    public static Phrase series(List<Phrase> words) {
        return words.size() == 1 ? words.get(0) : new Phrase(SERIES, List.copyOf(words));
    }

    /** This phrase followed by {@code notes}; itself when there are none. */
    public Phrase with(List<Phrase> notes) {
        if (notes.isEmpty()) return this;
        List<Phrase> all = new ArrayList<>();
        all.add(this);
        all.addAll(notes);
        return list(all);
    }

    /** The words in {@code lang}. */
    public String in(ReportLanguage lang) {
        if (key.equals(LIST) || key.equals(SERIES)) {
            String sep = lang.text(key.equals(LIST) ? "separator" : "comma");
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                if (sb.length() > 0) sb.append(sep);
                sb.append(a instanceof Phrase p ? p.in(lang) : a.toString());
            }
            return sb.toString();
        }
        return lang.text(key, args.toArray());
    }

    /** The words in English. */
    @Override
    public String toString() {
        return in(ReportLanguage.EN);
    }
}
