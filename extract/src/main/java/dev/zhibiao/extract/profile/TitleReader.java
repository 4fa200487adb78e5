package dev.zhibiao.extract.profile;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's title: what it is (the kind word it ends in: 规划, 纲要, 监测报告, 评估报告 …), the period
 * it names ({@code （2021—2030年）}, {@code “十四五”}) and the region its names open with. A headline that goes on
 * past its kind word ({@code …监测报告：多数指标提前实现}) is not a document's title.
 */
final class TitleReader {
    // (?=[12]): every year opens with 1 or 2, and testing one character rejects most positions sooner
    private static final Pattern PERIOD = Pattern.compile("(?=[12])((?:19|20)\\d\\d)\\s*年?\\s*[-－—–~～至到]+\\s*((?:19|20)\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(?=[12])((?:19|20)\\d\\d)\\s*年");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:19|20)\\d\\d\\s*年度?|[\\s\\d.、]|关于|印发|转发|[《“\"（(【\\[])+");
    private static final Pattern ADMIN = Pattern.compile(
            "^(?<p>\\p{IsHan}{2,7}?(?:省|自治区|特别行政区))?(?<c>\\p{IsHan}{2,8}?(?:市|自治州|州|盟|地区))?"
                    + "(?<d>\\p{IsHan}{1,8}?(?:区|县|自治县|旗|市))?");
    private static final Pattern PREFIX_END = Pattern.compile("人民政府|政府|[《“\"（(\\s]|(?:19|20)\\d\\d|关于");
    /**
     * What may follow a title's kind word: its period, notes in brackets (征求意见稿, 节选), the notice that issues it,
     * or the name of the document's table of indicators (主要指标表, 指标体系, 目标一览表).
     */
    private static final Pattern TAIL = Pattern.compile(
            "^[\\s》”\"’)）(（]*(?:(?:19|20)\\d\\d\\s*年?\\s*[-—–~至到]*\\s*(?:(?:19|20)\\d\\d\\s*年?)?)?[\\s》”\"’)）]*"
                    + "(?:[（(][^（()）]{1,10}[)）]|征求意见稿|送审稿|草案)*(?:的通知|的批复)?[\\s》”\"’)）]*"
                    + "(?:(?:主要)?(?:目标)?指标(?:表|体系|一览表)?|(?:目标)?一览表)?"
                    // 某县妇女发展规划.doc: a document site names the page by its file
                    + "(?:\\.(?:docx?|pdf|wps|txt))?$");

    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?:docx?|pdf|wps|txt)$");

    private final Map<String, String> kinds = Lexicon.load("profile/document-kinds.txt").entries();
    private final List<String> subjects = Lexicon.load("profile/title-subjects.txt").words();
    private final Map<String, String> regionWords = Lexicon.load("profile/region-words.txt").entries();
    private final Map<String, String> fiveYear = Lexicon.load("profile/five-year-plans.txt").entries();

    /** A title: its words, what it says the document is, its period and the region its names open with. */
    record Title(String text, DocumentType type, Period period, Region region) {
    }

    /** The title {@code line} is, continued on {@code next} where the period stands there; null if none. */
    Title read(String line, String next) {
        if (line.length() > 80) return null;
        int[] kind = lastKind(line);
        if (kind == null) return null;
        String word = line.substring(kind[0], kind[1]);
        // a title speaks of children's development, or of a development plan of any subject
        boolean subject = subjects.stream().anyMatch(line::contains) || line.lastIndexOf("发展", kind[0]) >= 0;
        if (!subject || !TAIL.matcher(line.substring(kind[1])).matches()) return null;
        // the file a document site names the page by is titled without its extension
        line = FILE_EXTENSION.matcher(line).replaceFirst("");
        String value = kindOf(line);
        // 某市儿童发展规划（2016—2020年） over 中期监测评估报告: a plan's name whose next line says which report of it
        // the document is
        String reportOf = value.equals("plan") ? reportLine(next) : null;
        if (reportOf != null) {
            value = reportOf;
            line = line + next;
        }
        DocumentType type = value.equals("report") ? DocumentType.MONITORING_REPORT
                : value.equals("evaluation") ? DocumentType.EVALUATION : DocumentType.PLAN;
        String titled = PERIOD.matcher(line).find() || next.length() > 30 || reportOf != null ? line : line + next;
        Period period = type == DocumentType.PLAN ? period(titled) : reportPeriod(titled);
        return new Title(line, type, period, region(line, word));
    }

    /** A few words before a report's kind word, a year of it at most (中期, 2018年度实施情况). */
    private static final Pattern REPORT_OPENING = Pattern.compile("(?:(?:19|20)\\d\\d\\s*年度?)?\\p{IsHan}{0,8}");

    /**
     * What report a line alone names (中期监测评估报告, 2018年度统计监测报告): "report" or "evaluation"; null when the
     * line is anything else.
     */
    private String reportLine(String next) {
        if (next.isEmpty() || next.length() > 20) return null;
        int[] kind = lastKind(next);
        if (kind == null || !REPORT_OPENING.matcher(next.substring(0, kind[0])).matches()
                || !TAIL.matcher(next.substring(kind[1])).matches()) {
            return null;
        }
        String value = kindOf(next);
        return value.equals("plan") ? null : value;
    }

    /** Where the last kind word of {@code line} stands, as [start, end), or null. */
    private int[] lastKind(String line) {
        int[] best = null;
        for (String w : kinds.keySet()) {
            int at = line.lastIndexOf(w);
            if (at >= 0 && (best == null || at + w.length() > best[1])) best = new int[] {at, at + w.length()};
        }
        return best;
    }

    /** What the words of a title say the document is: a report word wins over an evaluation's, both over a plan's. */
    private String kindOf(String line) {
        String found = null;
        for (Map.Entry<String, String> e : kinds.entrySet()) {
            if (!line.contains(e.getKey())) continue;
            if (e.getValue().equals("report")) return "report";
            if (found == null || e.getValue().equals("evaluation")) found = e.getValue();
        }
        return found;
    }

    /** A report's own year stands outside the period of the plan it monitors. */
    private Period reportPeriod(String title) {
        String t = PERIOD.matcher(title).replaceAll(" ");
        Matcher y = YEAR.matcher(t);
        while (y.find()) {
            // 由2011年的6个发展到…: a year a change starts from, or one compared with, is not the report's
            if (y.start() > 0 && "比较与同从由".indexOf(t.charAt(y.start() - 1)) >= 0) continue;
            int year = Integer.parseInt(y.group(1));
            return new Period(year, year);
        }
        // a report at the end of a plan (终期) is for the plan's last year
        Period p = period(title);
        return p == null || !title.contains("终期") ? null : new Period(p.end(), p.end());
    }

    /** The period a title names by its years or by a five-year plan's name; null if none. */
    Period period(String title) {
        Matcher m = PERIOD.matcher(title);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (b >= a) return new Period(a, b);
        }
        return era(title);
    }

    /** The period of the five-year plan a text names ({@code 十四五} → 2021-2025); null if none. */
    Period era(String text) {
        String w = eraWord(text);
        return w == null ? null : Period.parse(fiveYear.get(w));
    }

    /** The five-year plan a text names first (the headline's 十三五 before the lead's 十二五 looked back on); null if none. */
    String eraWord(String text) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String w : fiveYear.keySet()) {
            int i = text.indexOf(w);
            if (i >= 0 && (i < at || i == at && w.length() > first.length())) {
                first = w;
                at = i;
            }
        }
        return first;
    }

    /** The region a title is about: the whole country, or the administrative names it opens with. */
    Region region(String title, String kindWord) {
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
        int k = kindWord == null ? -1 : t.indexOf(kindWord);
        if (k >= 0) cut = Math.min(cut, k);
        int dev = t.indexOf("发展");
        if (dev >= 0) cut = Math.min(cut, dev);
        Matcher stop = PREFIX_END.matcher(t);
        if (stop.find()) cut = Math.min(cut, stop.start());
        return admin(t.substring(0, cut));
    }

    /** The chain of administrative names that makes up {@code prefix} whole, or null. */
    Region admin(String prefix) {
        Matcher m = ADMIN.matcher(prefix);
        if (prefix.isEmpty() || !m.matches()) return null;
        Region r = null;
        for (String g : new String[] {"p", "c", "d"}) {
            String name = m.group(g);
            if (name == null) continue;
            // 贫困地区, 民族地区: 地区 names a kind of area far more often than a prefecture, which the gazetteer knows
            if (name.endsWith("地区") && dev.zhibiao.model.Gazetteer.bundled().region(name) == null) return null;
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
