package dev.zhibiao.compare;

import dev.zhibiao.error.DataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The language of a comparison report's words: headings, verdicts, reasons, findings, chart labels and notes.
 * Chinese unless asked otherwise, as the reports are read by Chinese policy analysts. CSV and JSON keep their
 * English codes and reasons in every language, for programs.
 *
 * <pre>{@code
 * cmp.toHtml();                              // 中文
 * cmp.toHtml(ReportLanguage.EN);             // English
 * ReportLanguage.ZH.text("verdict.looser");  // 更宽松
 * }</pre>
 *
 * The words are data: one table per language ({@code messages-zh.properties}, {@code messages-en.properties}
 * beside this class), each entry a key and a text in which {@code {0}}, {@code {1}} … stand for arguments.
 */
public enum ReportLanguage {
    /** Simplified Chinese, the default. */
    ZH("zh-CN"),
    /** English. */
    EN("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** The language tag for HTML's {@code lang} attribute: {@code zh-CN}, {@code en}. */
    public String tag() {
        return tag;
    }

    /**
     * The language a user names: {@code zh}, {@code zh-CN}, {@code zh_Hans}, {@code en}, {@code en-GB} (any case).
     *
     * @throws IllegalArgumentException naming the choices when neither
     */
    public static ReportLanguage of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("zh") || n.startsWith("zh-")) return ZH;
        if (n.equals("en") || n.startsWith("en-")) return EN;
        throw new IllegalArgumentException("unknown report language: " + name + " (zh or en)");
    }

    /**
     * The words for {@code key}, with {@code {0}}, {@code {1}} … replaced by the arguments: a {@link Phrase} in
     * this language, anything else as its {@code toString}. Numbers are not reformatted (a year stays 2030).
     *
     * @throws DataException when the table has no such key
     */
    public String text(String key, Object... args) {
        String pattern = Tables.ALL.get(this).get(key);
        if (pattern == null) throw new DataException(Tables.file(this), "no words for " + key);
        if (args.length == 0) return pattern;
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && isIndex(pattern, i + 1, close)) {
                int k = Integer.parseInt(pattern.substring(i + 1, close));
                if (k < args.length) {
                    Object a = args[k];
                    sb.append(a instanceof Phrase p ? p.in(this) : a == null ? "" : a.toString());
                    i = close;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the table has words for {@code key}. */
    public boolean has(String key) {
        return Tables.ALL.get(this).containsKey(key);
    }

    /** Every key of this language's table. */
    public Set<String> keys() {
        return Tables.ALL.get(this).keySet();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** The tables, read once on first use and shared read-only. */
    private static final class Tables {
        static final Map<ReportLanguage, Map<String, String>> ALL = load();

        static String file(ReportLanguage l) {
            return "/dev/zhibiao/compare/messages-" + l.name().toLowerCase(Locale.ROOT) + ".properties";
        }

        private static Map<ReportLanguage, Map<String, String>> load() {
            Map<ReportLanguage, Map<String, String>> out = new EnumMap<>(ReportLanguage.class);
            for (ReportLanguage l : values()) {
                String file = file(l);
                InputStream in = ReportLanguage.class.getResourceAsStream(file);
                if (in == null) throw new DataException(file, "not on the class path");
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                } catch (IOException e) {
                    throw new DataException(file, "cannot be read: " + e.getMessage(), e);
                }
                Map<String, String> m = new HashMap<>();
                for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
                out.put(l, Map.copyOf(m));
            }
            return out;
        }
    }
}
