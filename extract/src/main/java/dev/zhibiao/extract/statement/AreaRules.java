package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan area of a record whose place in the document names none ({@link Stage#AREA}). A plan's headings name
 * its areas (儿童与健康), and a record under one takes it. News, statistics items and reports often have no such
 * headings, nor does a plan on one topic or a page that garbled its headings: there a figure's area is the area of
 * the indicator it measures (婴儿死亡率 is health), as a reader files it. What a document's structure files
 * outside the areas stays 其他: in a document whose headings name areas, whatever lies outside them (a preamble,
 * the implementation); the blocks outside the areas (序言, 组织实施); and a plan's figures of the past, its review
 * of the last period. So does a figure of no area (GDP, income) or of none the catalog knows. Immutable: an
 * extractor's one instance is shared by its threads.
 */
public final class AreaRules {
    static final Rule OF_SECTION = Rule.inReport(Stage.AREA, "of-section", "the area its section's heading names",
            "二、儿童与健康\n2024年，全区婴儿死亡率为3.2‰。", "2024年，全区婴儿死亡率为3.2‰。");
    static final Rule OF_INDICATOR = Rule.inReport(Stage.AREA, "of-indicator",
            "the area of the indicator it measures, where its place in the document names none",
            "2024年，全区婴儿死亡率为3.2‰。", "2024年，全区居民人均可支配收入为52000元。");
    static final Rule OF_NAME_WORDS = Rule.inReport(Stage.AREA, "of-name-words",
            "the area whose indicators' names share its words, where no indicator is known by its name",
            "2024年，全区学生近视新发人数为320人。", "2024年，全区志愿者服务时长为320小时。");

    /** Two Chinese characters that mark the names of one area's indicators (as {@link #pair}), and that area. */
    private final Map<Integer, Domain> areaWords;
    private final IndicatorCatalog catalog;

    /** The rules for the indicators of {@code catalog}: the words of its names tell which area a name is of. */
    public AreaRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.areaWords = areaWords(catalog.indicators());
    }

    static List<Rule> declared() {
        return List.of(OF_SECTION, OF_INDICATOR, OF_NAME_WORDS);
    }

    /**
     * The pairs of Chinese characters that stand in the names of at least two indicators of one area and (nine
     * times in ten or more) of no other: 近视 is health's, 入园 education's. 其他 has none.
     */
    private static Map<Integer, Domain> areaWords(List<Indicator> indicators) {
        Map<String, Map<Domain, Integer>> counts = new HashMap<>();
        for (Indicator i : indicators) {
            Set<String> seen = new HashSet<>();
            String n = i.name();
            for (int k = 0; k + 1 < n.length(); k++) {
                if (isHan(n.charAt(k)) && isHan(n.charAt(k + 1))) seen.add(n.substring(k, k + 2));
            }
            for (String b : seen) counts.computeIfAbsent(b, x -> new EnumMap<>(Domain.class)).merge(i.domain(), 1, Integer::sum);
        }
        Map<Integer, Domain> out = new HashMap<>();
        counts.forEach((b, byArea) -> {
            int all = byArea.values().stream().mapToInt(Integer::intValue).sum();
            byArea.forEach((area, n) -> {
                if (area != Domain.OTHER && n >= 2 && n * 10 >= all * 9) out.put(pair(b.charAt(0), b.charAt(1)), area);
            });
        });
        return Map.copyOf(out);
    }

    /** The area most of a name's area words are of, when they outnumber all the others; null when none. */
    Domain nameArea(String name) {
        Map<Domain, Integer> votes = new EnumMap<>(Domain.class);
        for (int k = 0; k + 1 < name.length(); k++) {
            if (!isHan(name.charAt(k)) || !isHan(name.charAt(k + 1))) continue;
            Domain d = areaWords.get(pair(name.charAt(k), name.charAt(k + 1)));
            if (d != null) votes.merge(d, 1, Integer::sum);
        }
        int all = votes.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<Domain, Integer> e : votes.entrySet()) {
            if (e.getValue() * 2 > all) return e.getKey();
        }
        return null;
    }

    /** Two characters as one key. */
    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /**
     * The records with their areas decided: a record whose section names an area keeps it and says so; one
     * whose place names none takes its indicator's area, where the document's structure allows it.
     */
    public List<Target> decide(List<Target> records, Segmentation seg, DocumentType type) {
        List<Target> out = new ArrayList<>(records.size());
        boolean structured = namesAreas(seg.root());
        for (Target t : records) {
            if (t.domain() != Domain.OTHER) {
                out.add(traced(t, OF_SECTION).build());
                continue;
            }
            // a count of indicators by how they stand is of the whole set, of no one area
            if (t.rules().contains(NameRules.GOAL_STATUS.code())) {
                out.add(t);
                continue;
            }
            Rule rule = t.indicatorId() != null ? OF_INDICATOR : OF_NAME_WORDS;
            Domain area = t.indicatorId() != null ? indicatorArea(t) : nameArea(t.indicator());
            // a plan's own figures of the past are its review of the last period, which files them under 其他
            boolean review = type == DocumentType.PLAN && t.kind() != dev.zhibiao.model.Kind.TARGET;
            if (area == null || t.span() == null || review || !open(t.span().start(), seg, structured)) {
                out.add(t);
                continue;
            }
            out.add(traced(t, rule).domain(area).build());
        }
        return out;
    }

    private Domain indicatorArea(Target t) {
        Domain d = catalog.byId(t.indicatorId()).map(Indicator::domain).orElse(Domain.OTHER);
        return d == Domain.OTHER ? null : d;
    }

    /**
     * True when the place of {@code offset} leaves the area to what is measured: not a block outside the areas,
     * and not in a document whose headings name areas elsewhere (its structure files what lies outside them
     * under 其他: a preamble, a review of the last period, the implementation).
     */
    private static boolean open(int offset, Segmentation seg, boolean structured) {
        return !structured && !seg.outsideAreas(offset);
    }

    /** True when a heading of the document names a plan area. */
    static boolean namesAreas(Section s) {
        if (s.domain() != Domain.OTHER) return true;
        for (Section c : s.children()) {
            if (namesAreas(c)) return true;
        }
        return false;
    }

    private static Target.Builder traced(Target t, Rule rule) {
        List<String> rules = new ArrayList<>(t.rules());
        rules.add(rule.code());
        return t.toBuilder().rules(rules);
    }
}
