package dev.zhibiao.compare;

import dev.zhibiao.error.DataException;
import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Lines indicators up by their wording alone: names equal after normalisation (brackets, dashes, book-title
 * marks, white space, and qualifiers that only narrow where a figure is counted) are one indicator, with id
 * {@code name:<normalised name>}. Polarity is guessed from the name's ending (resource {@code polarity.txt}).
 */
final class NameResolver implements IndicatorResolver {
    static final NameResolver INSTANCE = new NameResolver();
    private static final String BASE = "/dev/zhibiao/compare/";
    private static final List<Pattern> QUALIFIERS = loadQualifiers();
    private static final Map<String, Polarity> SUFFIXES = loadPolarity();

    private NameResolver() {
    }

    @Override
    public Indicator resolve(String name) {
        String n = normalise(name);
        return new Indicator("name:" + n, n, List.of(name), Unit.NONE, polarity(n), Domain.OTHER, null);
    }

    /** The name with brackets and dashes unified, marks and space dropped, and narrowing qualifiers removed. */
    static String normalise(String name) {
        String n = name.strip()
                .replace('（', '(').replace('）', ')').replace('—', '-').replace('–', '-').replace('－', '-')
                .replace('～', '-').replace("《", "").replace("》", "").replace("“", "").replace("”", "")
                .replaceAll("\\s+", "");
        for (Pattern p : QUALIFIERS) n = p.matcher(n).replaceFirst("");
        return n.isEmpty() ? name.strip() : n;
    }

    /** The polarity the longest matching name ending gives, or NEITHER. */
    static Polarity polarity(String name) {
        String best = null;
        for (String suffix : SUFFIXES.keySet()) {
            if (name.endsWith(suffix) && (best == null || suffix.length() > best.length())) best = suffix;
        }
        return best == null ? Polarity.NEITHER : SUFFIXES.get(best);
    }

    private static List<Pattern> loadQualifiers() {
        List<Pattern> out = new ArrayList<>();
        for (String line : lines("name-qualifiers.txt")) out.add(Pattern.compile(line));
        return List.copyOf(out);
    }

    private static Map<String, Polarity> loadPolarity() {
        Map<String, Polarity> out = new TreeMap<>();
        for (String line : lines("polarity.txt")) {
            String[] p = line.split("\\s+", 2);
            if (p.length != 2) throw new DataException(BASE + "polarity.txt", "bad line: " + line);
            out.put(p[1], switch (p[0]) {
                case "lower" -> Polarity.LOWER_IS_BETTER;
                case "higher" -> Polarity.HIGHER_IS_BETTER;
                default -> throw new DataException(BASE + "polarity.txt", "neither lower nor higher: " + line);
            });
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(String resource) {
        InputStream in = NameResolver.class.getResourceAsStream(BASE + resource);
        if (in == null) throw new DataException(BASE + resource, "not on the class path");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new DataException(BASE + resource, "cannot be read: " + e.getMessage(), e);
        }
    }
}
