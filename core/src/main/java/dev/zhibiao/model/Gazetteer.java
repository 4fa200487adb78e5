package dev.zhibiao.model;

import dev.zhibiao.error.DataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * China's administrative divisions (province, prefecture, county and district), read once from
 * {@code dev/zhibiao/model/gazetteer.tsv}: finds the names a text mentions and gives each its chain of parents, so that a
 * page that speaks of {@code 宜昌} is known to be about 湖北省宜昌市. Immutable and shared.
 *
 * <pre>{@code
 * Gazetteer.bundled().region("绍兴市");            // 浙江省绍兴市 (city)
 * Gazetteer.bundled().mentions("宜昌儿童…");      // [宜昌 → 湖北省宜昌市]
 * }</pre>
 */
public final class Gazetteer {
    private static final String RESOURCE = "/dev/zhibiao/model/gazetteer.tsv";
    /** The peoples an autonomous prefecture is named for, after its place name (楚雄彝族自治州). */
    private static final String[] PEOPLES = {"哈萨克族", "哈萨克", "柯尔克孜", "蒙古族", "蒙古", "朝鲜族", "景颇族", "傈僳族",
            "土家族", "哈尼族", "布依族", "拉祜族", "东乡族", "仡佬族", "独龙族", "裕固族", "仫佬族", "保安族", "毛南族", "纳西族",
            "撒拉族", "普米族", "布朗族", "锡伯族", "回族", "彝族", "白族", "傣族", "苗族", "壮族", "藏族", "羌族", "侗族", "佤族",
            "瑶族", "土族", "满族", "黎族", "畲族", "怒族", "水族", "各族"};

    /** Suffixes a province's or a prefecture's name is written without ({@code 广西}, {@code 宜昌}). */
    private static final String[] SHORTENED = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", "地区", "盟"};
    private static final Gazetteer BUNDLED = load();

    /** A division: its full name, level and parent's full name (empty at the top). */
    private record Entry(String name, Level level, String parent) {
    }

    /** A name found in a text: where it stands, the words as written, and the region they name. */
    public record Mention(int start, int end, String words, Region region, boolean shortName) {
    }

    private final Map<String, List<Entry>> byName;
    /** Every name and short name in a trie of their characters, for scanning a text in one pass. */
    private final Node trie = new Node();
    /** The trie's first level indexed by character: most characters of a text start no name, and say so at once. */
    private final Node[] roots = new Node[Character.MAX_VALUE + 1];
    /**
     * The same first characters as bits: 8 KB that stay in the cache, where the array of roots is a quarter of a
     * megabyte that a scan of Chinese text reads all over.
     */
    private final long[] opens = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** Each division's region with its chain of parents, made once. */
    private final Map<Entry, Region> regions = new HashMap<>();

    /**
     * A trie node: the characters that may follow, and the name that ends here, if any. Built with a map, then
     * frozen into sorted arrays: a scan looks each character up without boxing it.
     */
    private static final class Node {
        Map<Character, Node> building = new HashMap<>();
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        String name;
        /** For the name ending here: whether it is a short name, and the divisions its full name stands for. */
        boolean isShort;
        List<Entry> entries;
        /** The region of the one division the name stands for; null when it stands for several. */
        Region only;

        Node child(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }

        void freeze() {
            keys = new char[building.size()];
            kids = new Node[building.size()];
            int i = 0;
            for (Character c : new java.util.TreeSet<>(building.keySet())) {
                keys[i] = c;
                kids[i++] = building.get(c);
            }
            building = null;
            for (Node k : kids) k.freeze();
        }
    }
    private final Map<String, String> shortToFull;

    private Gazetteer(List<Entry> entries) {
        Map<String, List<Entry>> names = new HashMap<>();
        for (Entry e : entries) names.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        this.byName = names;
        Map<String, String> shorts = new HashMap<>();
        for (Entry e : entries) {
            if (e.level() != Level.PROVINCE && e.level() != Level.CITY && !e.name().contains("自治")) continue;
            String own = e.level() == Level.PROVINCE || e.level() == Level.CITY ? shortName(e.name()) : null;
            for (String s : new String[] {own, prefectureShort(e.name())}) {
                // a short name that is also a full name, or shared by two divisions, names neither for sure
                if (s == null || s.length() < 2 || names.containsKey(s)) continue;
                String prior = shorts.get(s);
                if (prior == null || e.level().isAbove(level(prior))) {
                    shorts.put(s, e.name());
                }
            }
        }
        this.shortToFull = shorts;
        for (String n : names.keySet()) insert(n);
        for (String n : shorts.keySet()) insert(n);
        trie.freeze();
        for (int k = 0; k < trie.keys.length; k++) {
            roots[trie.keys[k]] = trie.kids[k];
            opens[trie.keys[k] >>> 6] |= 1L << trie.keys[k];
        }
        for (Entry e : entries) regions.put(e, chain(e));
        // what a scan asks of each name it finds is settled here once, not looked up at each mention
        settle(trie);
    }

    /** The bundled gazetteer; empty (knowing no names) when the data file is missing from the class path. */
    public static Gazetteer bundled() {
        return BUNDLED;
    }

    private Level level(String fullName) {
        return byName.get(fullName).get(0).level();
    }

    /**
     * The short name an autonomous prefecture, county or banner goes by, its place name and 州, 县 or 旗
     * (楚雄彝族自治州 → 楚雄州, 峨边彝族自治县 → 峨边县), or null for any other name.
     */
    static String prefectureShort(String name) {
        if (!name.endsWith("自治州") && !name.endsWith("自治县") && !name.endsWith("自治旗")) return null;
        String s = name.substring(0, name.length() - 3);
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String p : PEOPLES) {
                if (s.endsWith(p) && s.length() > p.length() + 1) {
                    s = s.substring(0, s.length() - p.length());
                    cut = true;
                    break;
                }
            }
        }
        return s.length() >= 2 && s.length() < name.length() - 3 ? s + name.charAt(name.length() - 1) : null;
    }

    static String shortName(String name) {
        for (String s : SHORTENED) {
            if (name.endsWith(s) && name.length() > s.length() + 1) return name.substring(0, name.length() - s.length());
        }
        return name;
    }

    /**
     * The region a name or a chain of names stands for ({@code 绍兴市}, {@code 湖北省宜昌市西陵区}, {@code 广西}),
     * with its parents; null when the gazetteer does not know it or the name is ambiguous without its parents.
     */
    public Region region(String names) {
        List<String> parts = split(names);
        if (parts.isEmpty()) return null;
        String last = parts.get(parts.size() - 1);
        List<Entry> candidates = byName.getOrDefault(last, List.of());
        if (candidates.size() > 1 && parts.size() > 1) {
            String parent = parts.get(parts.size() - 2);
            candidates = candidates.stream().filter(e -> e.parent().equals(parent)
                    || chainHolds(e, parent)).toList();
        }
        if (candidates.size() != 1) return null;
        return regions.get(candidates.get(0));
    }

    private boolean chainHolds(Entry e, String name) {
        for (Entry p = parentOf(e); p != null; p = parentOf(p)) {
            if (p.name().equals(name)) return true;
        }
        return false;
    }

    /** Splits a written chain into known full names, reading short names as their full ones. */
    private List<String> split(String names) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < names.length()) {
            String found = longestAt(names, i);
            if (found == null) return List.of();
            out.add(shortToFull.getOrDefault(found, found));
            i += found.length();
        }
        return out;
    }

    private void insert(String name) {
        Node n = trie;
        for (int i = 0; i < name.length(); i++) n = n.building.computeIfAbsent(name.charAt(i), k -> new Node());
        n.name = name;
    }

    private void settle(Node n) {
        if (n.name != null) {
            n.isShort = shortToFull.containsKey(n.name);
            n.entries = byName.get(n.isShort ? shortToFull.get(n.name) : n.name);
            if (n.entries.size() == 1) n.only = regions.get(n.entries.get(0));
        }
        for (Node k : n.kids) settle(k);
    }

    /** The longest known name starting at {@code i}, or null. */
    private String longestAt(String text, int i) {
        Node n = longestNodeAt(text, i);
        return n == null ? null : n.name;
    }

    /** The node where the longest known name starting at {@code i} ends, or null. */
    private Node longestNodeAt(String text, int i) {
        char c = text.charAt(i);
        if ((opens[c >>> 6] & (1L << c)) == 0) return null;
        Node n = roots[c];
        if (n == null) return null;
        Node found = n.name != null ? n : null;
        for (int j = i + 1; j < text.length(); j++) {
            n = n.child(text.charAt(j));
            if (n == null) break;
            if (n.name != null) found = n;
        }
        return found;
    }

    /**
     * The division names a text mentions, in order; a name that stands for several divisions counts where a
     * parent written just before it tells which ({@code 宜昌市西陵区}).
     */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        Region before = null;
        int beforeEnd = -1;
        for (int i = 0; i < text.length(); ) {
            Node node = longestNodeAt(text, i);
            if (node == null) {
                i++;
                continue;
            }
            String found = node.name;
            boolean isShort = node.isShort;
            List<Entry> cands = node.entries;
            Entry chosen = null;
            if (cands.size() == 1) chosen = cands.get(0);
            else if (before != null && beforeEnd == i) {
                for (Entry e : cands) {
                    if (e.parent().equals(before.name())) chosen = e;
                }
            }
            if (chosen != null) {
                Region r = cands.size() == 1 ? node.only : regions.get(chosen);
                out.add(new Mention(i, i + found.length(), found, r, isShort));
                before = r;
                beforeEnd = i + found.length();
            }
            i += found.length();
        }
        return out;
    }

    private Entry parentOf(Entry e) {
        if (e.parent().isEmpty()) return null;
        List<Entry> ps = byName.get(e.parent());
        return ps == null || ps.isEmpty() ? null : ps.get(0);
    }

    private Region chain(Entry e) {
        Entry p = parentOf(e);
        Region parent = p == null ? null : chain(p);
        return new Region(e.name(), e.level(), parent);
    }

    /** The names and short names that open with one of {@code firstChars} ({@code 九台区}, {@code 七台河}), sorted. */
    public List<String> namesOpeningWith(String firstChars) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String n : byName.keySet()) if (firstChars.indexOf(n.charAt(0)) >= 0) out.add(n);
        for (String n : shortToFull.keySet()) if (firstChars.indexOf(n.charAt(0)) >= 0) out.add(n);
        return List.copyOf(out);
    }

    /** True when the gazetteer knows no names (its data file is missing). */
    public boolean isEmpty() {
        return byName.isEmpty();
    }

    private static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) return new Gazetteer(List.of());
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new DataException("dev/zhibiao/model/gazetteer.tsv", "line " + n + " has no three columns");
                entries.add(new Entry(f[0].strip(), Level.of(f[1]), f[2].strip()));
            }
        } catch (IOException e) {
            throw new DataException("dev/zhibiao/model/gazetteer.tsv", "cannot be read: " + e.getMessage(), e);
        }
        return new Gazetteer(entries);
    }

    @Override
    public String toString() {
        Map<Level, Integer> counts = new LinkedHashMap<>();
        byName.values().forEach(l -> l.forEach(e -> counts.merge(e.level(), 1, Integer::sum)));
        return "Gazetteer" + counts;
    }
}
