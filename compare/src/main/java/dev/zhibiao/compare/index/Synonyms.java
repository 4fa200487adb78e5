package dev.zhibiao.compare.index;

import dev.zhibiao.error.DataException;
import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.IndicatorCatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Words that name one indicator, taken from the indicator catalog: the name and aliases of an entry,
 * each cut down to its core (population and measure words stripped, see {@code indicator-affixes.txt}),
 * form one group. A query part whose core is one of them is widened by the other cores of its group, so that
 * {@code 近视} finds {@code 视力不良} exactly when the catalog lists both for one indicator.
 * Expansion happens at query time, on the query's text, so it works however smartcn cuts the words.
 *
 * <pre>{@code
 * var synonyms = Synonyms.of(IndicatorCatalog.bundled());
 * synonyms.expand("近视");   // [视力不良] when the catalog says so
 * }</pre>
 */
public final class Synonyms {
    /** A core written in the names of more indicators than this says too little to widen a query. */
    static final int MAX_INDICATORS_PER_CORE = 3;
    static final int MIN_CORE_CHARS = 2;
    /** After these a population word is part of a name (儿童之家, 儿童的), not a qualifier of it. */
    private static final String FUNCTION_CHARS = "之的与和及或等";
    private static final Pattern AGE = Pattern.compile(
            "^[0-9０-９一二三四五六七八九十]+(?:\\s*[-—–－~～至到]\\s*[0-9０-９一二三四五六七八九十]+)?\\s*"
                    + "(?:个月|月龄|周岁|岁)(?:以下|以上|及以下|及以上|以内)?");
    private static final Affixes AFFIXES = Affixes.load("indicator-affixes.txt");
    private static final Synonyms NONE = new Synonyms(List.of(), List.of());
    private static volatile Synonyms bundled;

    private final List<Set<String>> groups;
    private final Map<String, List<Integer>> groupsByCore;

    private Synonyms(List<Set<String>> groups, List<List<String>> allNames) {
        this.groups = List.copyOf(groups);
        Map<String, List<Integer>> byCore = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String core : groups.get(g)) byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(g);
        }
        // A core written inside the names of many indicators (健康, 系统) says too little to widen a query.
        byCore.keySet().removeIf(core -> indicatorsNaming(core, allNames) > MAX_INDICATORS_PER_CORE);
        byCore.replaceAll((k, v) -> List.copyOf(v));
        this.groupsByCore = Map.copyOf(byCore);
    }

    private static long indicatorsNaming(String core, List<List<String>> allNames) {
        return allNames.stream().filter(names -> names.stream().anyMatch(n -> clean(n).contains(core))).count();
    }

    /** The bundled catalog's synonyms, built once. */
    public static Synonyms bundled() {
        Synonyms s = bundled;
        if (s == null) {
            synchronized (Synonyms.class) {
                if (bundled == null) bundled = of(IndicatorCatalog.bundled());
                s = bundled;
            }
        }
        return s;
    }

    /** No synonyms: queries are taken as written. */
    public static Synonyms none() {
        return NONE;
    }

    /** One group per catalog entry, of its name and aliases. */
    public static Synonyms of(IndicatorCatalog catalog) {
        List<List<String>> names = new ArrayList<>();
        for (Indicator i : catalog.indicators()) {
            List<String> forms = new ArrayList<>();
            forms.add(i.name());
            forms.addAll(i.aliases());
            names.add(forms);
        }
        return ofNames(names);
    }

    /** One group per list of names of the same thing. */
    public static Synonyms ofNames(List<List<String>> namesOfOneIndicator) {
        List<Set<String>> groups = new ArrayList<>();
        for (List<String> names : namesOfOneIndicator) {
            Set<String> cores = new LinkedHashSet<>();
            for (String n : names) {
                String core = core(n);
                if (core.length() >= MIN_CORE_CHARS) cores.add(core);
            }
            if (cores.size() > 1) groups.add(cores);
        }
        return new Synonyms(groups, namesOfOneIndicator);
    }

    /**
     * The words a query part should also match: the other cores of each group whose core is the part's
     * own. A core merely inside the part is another word (心理健康服务 is not 健康服务), so it widens nothing.
     */
    public List<String> expand(String part) {
        String core = core(part);
        List<Integer> gs = groupsByCore.get(core);
        if (gs == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (int g : gs) {
            for (String other : groups.get(g)) {
                if (!other.equals(core) && !part.contains(other)) out.add(other);
            }
        }
        return List.copyOf(out);
    }

    /** The groups, each a set of cores. */
    public List<Set<String>> groups() {
        return groups;
    }

    private static String clean(String name) {
        return name.strip().replaceAll("[\\s（）()《》“”\"]", "");
    }

    /** An indicator name without its population, age and measure words: 儿童青少年总体近视率 → 近视. */
    static String core(String name) {
        String s = clean(name);
        boolean changed = true;
        while (changed) {
            changed = false;
            var m = AGE.matcher(s);
            if (m.lookingAt() && m.end() < s.length()) {
                s = s.substring(m.end());
                changed = true;
            }
            for (String p : AFFIXES.prefixes) {
                if (s.startsWith(p) && s.length() - p.length() >= MIN_CORE_CHARS
                        && FUNCTION_CHARS.indexOf(s.charAt(p.length())) < 0) {
                    s = s.substring(p.length());
                    changed = true;
                    break;
                }
            }
            for (String x : AFFIXES.suffixes) {
                if (s.endsWith(x) && s.length() - x.length() >= MIN_CORE_CHARS) {
                    s = s.substring(0, s.length() - x.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "Synonyms[" + groups.size() + " groups]";
    }

    private record Affixes(List<String> prefixes, List<String> suffixes) {
        static Affixes load(String resource) {
            List<String> prefixes = new ArrayList<>();
            List<String> suffixes = new ArrayList<>();
            try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
                if (in == null) throw new DataException(resource, "not on the class path");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] kv = line.split("\\s+", 2);
                    if (kv.length < 2) throw new DataException(resource, "line " + n + ": expected 'prefix|suffix WORD'");
                    switch (kv[0]) {
                        case "prefix" -> prefixes.add(kv[1]);
                        case "suffix" -> suffixes.add(kv[1]);
                        default -> throw new DataException(resource, "line " + n + ": unknown kind " + kv[0]);
                    }
                }
            } catch (IOException e) {
                throw new DataException(resource, "cannot be read: " + e.getMessage(), e);
            }
            Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
            prefixes.sort(longestFirst);
            suffixes.sort(longestFirst);
            return new Affixes(List.copyOf(prefixes), List.copyOf(suffixes));
        }
    }
}
