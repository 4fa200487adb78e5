package dev.zhibiao.extract.profile;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes what a caller did not say about a document — its type, period and region — from its title, as a
 * reader does: {@code 2024年某区儿童发展规划统计监测报告} is a district's monitoring report for 2024;
 * {@code 某市儿童发展规划（2021—2030年）} a city's plan to 2030; a title about {@code 中国儿童发展纲要} whose
 * subject is the whole country is national. What the caller gave is kept.
 *
 * <pre>{@code
 * Document d = new DocumentProfiler().complete(Document.of("plan.txt", text), text);
 * d.period();   // 2021-2030
 * }</pre>
 */
public final class DocumentProfiler {
    /** Only the head of a document holds its title; past it, plans quote other documents' titles. */
    private static final int HEAD_LINES = 40;
    /** How many lines after a report's title may say the year it reports on. */
    private static final int REPORT_OPENING = 6;
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d\\d)\\s*年?\\s*[-－—–~～至到]+\\s*((?:19|20)\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:19|20)\\d\\d\\s*年度?|[\\s\\d.、]|关于|印发|转发|[《“\"（(【\\[])+");
    private static final Pattern ADMIN = Pattern.compile(
            "^(?<p>\\p{IsHan}{2,7}?(?:省|自治区|特别行政区))?(?<c>\\p{IsHan}{2,8}?(?:市|自治州|州|盟|地区))?"
                    + "(?<d>\\p{IsHan}{1,8}?(?:区|县|自治县|旗|市))?");

    private static final Pattern PREFIX_END = Pattern.compile("人民政府|政府|[《“\"（(\\s]|(?:19|20)\\d\\d|关于");

    private final Map<String, String> kinds = Lexicon.load("profile/document-kinds.txt").entries();
    private final List<String> subjects = Lexicon.load("profile/title-subjects.txt").words();
    private final Map<String, String> regionWords = Lexicon.load("profile/region-words.txt").entries();
    private final Map<String, String> fiveYear = Lexicon.load("profile/five-year-plans.txt").entries();

    /** What the head of {@code text} says; any part may be null. */
    public record Profile(String title, DocumentType type, Period period, Region region) {
    }

    /**
     * The document with its missing type, period and region filled from its text: a document with neither
     * period nor region is taken as unknown and profiled whole. {@code normalizeLine} folds one line (width,
     * script) before it is read; lines are read one by one since a title is a line of its own.
     */
    public Document complete(Document doc, UnaryOperator<String> normalizeLine) {
        if (doc.period() != null && doc.region() != null) return doc;
        Profile p = profile(doc.text(), normalizeLine);
        boolean unknown = doc.period() == null && doc.region() == null;
        DocumentType type = unknown && p.type() != null ? p.type() : doc.type();
        Period period = doc.period() != null ? doc.period() : p.period();
        Region region = doc.region() != null ? doc.region() : p.region();
        return doc.with(region, period, type);
    }

    /** Reads the title at the head of {@code text}, taken as already normalised. */
    public Profile profile(String text) {
        return profile(text, UnaryOperator.identity());
    }

    /** Reads the title at the head of {@code text}, each line normalised by {@code normalizeLine}. */
    public Profile profile(String text, UnaryOperator<String> normalizeLine) {
        List<String> head = head(text).stream().map(normalizeLine).map(String::strip).toList();
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            String kind = kind(line);
            if (kind == null || subjects.stream().noneMatch(line::contains) || line.length() > 80) continue;
            String next = i + 1 < head.size() ? head.get(i + 1) : "";
            String titled = PERIOD.matcher(line).find() || next.length() > 30 ? line : line + next;
            DocumentType type = kind.equals("report") ? DocumentType.MONITORING_REPORT : DocumentType.PLAN;
            Period period = period(titled, type);
            if (type == DocumentType.MONITORING_REPORT && (period == null || period.start() != period.end())) {
                // a report titled by the plan it reviews (…“十四五”规划中期评估报告) says its own year in its opening
                Period own = reportYear(head.subList(i + 1, Math.min(head.size(), i + 1 + REPORT_OPENING)));
                if (own != null) period = own;
            }
            return new Profile(line.strip(), type, period, region(line));
        }
        return new Profile(null, null, null, null);
    }

    private static List<String> head(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", HEAD_LINES * 4)) {
            if (line.isBlank()) continue;
            out.add(line.strip());
            if (out.size() == HEAD_LINES) break;
        }
        return out;
    }

    private String kind(String line) {
        String found = null;
        for (Map.Entry<String, String> e : kinds.entrySet()) {
            if (!line.contains(e.getKey())) continue;
            if (e.getValue().equals("report")) return "report";
            if (found == null) found = e.getValue();
        }
        return found;
    }

    private static Period reportYear(List<String> opening) {
        for (String line : opening) {
            Matcher y = YEAR.matcher(PERIOD.matcher(line).replaceAll(" "));
            if (y.find()) {
                int year = Integer.parseInt(y.group(1));
                return new Period(year, year);
            }
        }
        return null;
    }

    private Period period(String title, DocumentType type) {
        if (type == DocumentType.MONITORING_REPORT) {
            // a report's own year stands outside the period of the plan it monitors
            String outside = PERIOD.matcher(title).replaceAll(" ");
            Matcher y = YEAR.matcher(outside);
            if (y.find()) {
                int year = Integer.parseInt(y.group(1));
                return new Period(year, year);
            }
        }
        Matcher m = PERIOD.matcher(title);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (b >= a) return new Period(a, b);
        }
        for (Map.Entry<String, String> e : fiveYear.entrySet()) {
            if (title.contains(e.getKey())) return Period.parse(e.getValue());
        }
        return null;
    }

    /** The region a title is about: the whole country, or the administrative names it opens with. */
    Region region(String title) {
        String t = LEADING.matcher(title).replaceFirst("");
        for (Map.Entry<String, String> e : regionWords.entrySet()) {
            if (e.getValue().equals("national") && t.startsWith(e.getKey())) return Region.NATIONAL;
        }
        // the names stand before what the title is about (儿童…, 《…, 人民政府); they must fill that prefix whole
        int cut = t.length();
        for (String w : subjects) {
            int i = t.indexOf(w);
            if (i >= 0) cut = Math.min(cut, i);
        }
        Matcher stop = PREFIX_END.matcher(t);
        if (stop.find()) cut = Math.min(cut, stop.start());
        Matcher m = ADMIN.matcher(t.substring(0, cut));
        if (cut == 0 || !m.matches()) return null;
        Region r = null;
        for (String g : new String[] {"p", "c", "d"}) {
            String name = m.group(g);
            if (name == null) continue;
            Level level = level(name, g);
            if (r != null && !r.level().isAbove(level)) level = r.level() == Level.PROVINCE ? Level.CITY : Level.DISTRICT;
            r = new Region(name, level, r);
        }
        return r;
    }

    private Level level(String name, String group) {
        String known = regionWords.get(name);
        if (known != null) return Level.of(known);
        return switch (group) {
            case "p" -> Level.PROVINCE;
            case "c" -> Level.CITY;
            default -> name.endsWith("县") || name.endsWith("旗") ? Level.COUNTY
                    : name.endsWith("市") ? Level.CITY : Level.DISTRICT;
        };
    }
}
