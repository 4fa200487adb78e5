package dev.zhibiao.extract.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The population qualifiers of a name and the class of its head word. Two names whose qualifiers differ name
 * different indicators however alike they read (小学生近视率 and 初中生近视率; 3岁以下 and 7岁以下), so the
 * fuzzy step only compares names with the same qualifiers and a compatible head.
 */
final class Qualifiers {
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d{1,2})-(\\d{1,2})(岁|个月|月龄)");
    private static final Pattern AGE_BELOW = Pattern.compile("(\\d{1,2})(岁|个月|月龄)(以下|以内|内|及以下)");
    private static final Pattern AGE_ABOVE = Pattern.compile("(\\d{1,2})(岁|个月|月龄)(以上|及以上)");
    private static final Pattern AGE = Pattern.compile("(\\d{1,2})(岁|个月|月龄)");

    private final ResolverLexicon lexicon;
    private final List<String> spellings;

    Qualifiers(ResolverLexicon lexicon) {
        this.lexicon = lexicon;
        this.spellings = lexicon.qualifiers().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * The qualifiers of a normalised name: ages as half-open ranges in years or months
     * ({@code age:0-7} for both 0-6岁 and 7岁以下, {@code month:0-6} for 6个月内 and 0-6个月) and the
     * lexicon's words by longest match ({@code school:小学}, {@code area:农村} …).
     */
    Set<String> of(String name) {
        Set<String> out = new TreeSet<>();
        String rest = ages(name, out);
        for (int i = 0; i < rest.length(); ) {
            String hit = null;
            for (String s : spellings) {
                if (rest.startsWith(s, i)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                i++;
            } else {
                out.add(lexicon.qualifiers().get(hit));
                i += hit.length();
            }
        }
        return out;
    }

    /** rate, count, time, or "" when the name ends in no head word of the lexicon (a bare noun: 儿童友好学校). */
    String headClass(String name) {
        String best = "";
        String cls = "";
        for (var e : lexicon.heads().entrySet()) {
            if (name.endsWith(e.getKey()) && e.getKey().length() > best.length()) {
                best = e.getKey();
                cls = e.getValue();
            }
        }
        return cls;
    }

    /**
     * The class a name is compared by: rate for a share cut before its head word (…中女生占在校生, …数占…总数), whose
     * last word is the share's whole and would let it meet a count of the same people; else its head word's.
     */
    String comparedClass(String name) {
        return isCutShare(name) ? "rate" : headClass(name);
    }

    /** Whether the name ends in no head word of its own: none at all, or only the whole of a share cut short. */
    boolean headless(String name) {
        return headClass(name).isEmpty() || isCutShare(name);
    }

    private boolean isCutShare(String name) {
        if (headClass(name).equals("rate")) return false;
        for (String w : lexicon.shares()) {
            if (name.contains(w)) return true;
        }
        return false;
    }

    /** A bare noun counts things, so it may meet a count; otherwise the classes must agree. */
    static boolean headsCompatible(String a, String b) {
        if (a.equals(b)) return true;
        return (a.isEmpty() && b.equals("count")) || (b.isEmpty() && a.equals("count"));
    }

    private static String ages(String name, Set<String> out) {
        String s = name;
        Matcher m = AGE_RANGE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean years = m.group(3).equals("岁");
            int lo = Integer.parseInt(m.group(1));
            int hi = Integer.parseInt(m.group(2));
            // 0-6岁 runs to the seventh birthday; 0-6个月 means the first six months, as 6个月内 does.
            out.add((years ? "age:" : "month:") + lo + "-" + (years ? hi + 1 : hi));
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        s = sb.toString();
        s = replace(AGE_BELOW, s, m2 -> (unitKey(m2.group(2))) + "0-" + m2.group(1), out);
        s = replace(AGE_ABOVE, s, m2 -> (unitKey(m2.group(2))) + m2.group(1) + "+", out);
        s = replace(AGE, s, m2 -> {
            int n = Integer.parseInt(m2.group(1));
            return unitKey(m2.group(2)) + n + "-" + (n + 1);
        }, out);
        return s;
    }

    private static String unitKey(String unit) {
        return unit.equals("岁") ? "age:" : "month:";
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> key, Set<String> out) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            out.add(key.apply(m));
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
