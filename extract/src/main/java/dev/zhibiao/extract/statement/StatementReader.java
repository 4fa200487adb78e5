package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.number.NumberFinder;
import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.extract.scan.EndingGuard;
import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.extract.segment.TextLine;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentProfile;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SkippedNumber;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the quantities of a segmented document into target records. Tables are read first; then each list of
 * numbers in a sentence goes through the stages of {@link Stage} in order: {@link SkipRules}, {@link NameRules},
 * {@link BoundRules}, {@link TimeRules} (the year the words give), {@link KindRules}, {@link TimeRules} again
 * (the year the kind takes), the name finished by its quantity, and its scope. Each stage's rules are declared
 * with an example and a counter-example ({@link StatementRules}), and a record keeps the code of each rule that
 * decided. Thread-safe.
 */
public final class StatementReader {
    private static final Pattern GLUE = Pattern.compile("^\\s*(?:、|和|及|与|以及|或|至)\\s*$");
    private static final Lexicon POPULATIONS = Lexicon.load("statement/populations.txt");
    /** A population before its value; it ends in a population's last character, which most windows do not. */
    static final EndingGuard PAIRED_ITEM = EndingGuard.of("(?:^|[、和及]|(?<=\\p{IsHan}))\\s*(每天|每日|每周|每月|每年|每学年|每学期)?\\s*("
            + POPULATIONS.alternation() + ")\\s*$", POPULATIONS.lastCharacters());

    private final NumberFinder numbers = NumberFinder.standard();
    private final IndicatorNamer namer = new IndicatorNamer();
    private final NameFinisher finisher = new NameFinisher();
    private final ScopeReader scopes = new ScopeReader();
    private final ChangeReader changes = new ChangeReader();
    private final TableReader tables = new TableReader();
    private final ColumnTableReader columnTables = new ColumnTableReader();
    private final SkipRules skips = new SkipRules((t, from, to) -> this.naming.stateAfterCount(t, from, to) != null);
    private final NameRules naming = new NameRules(namer, scopes, changes, numbers);
    private final BoundRules bounds = new BoundRules();
    private final TimeRules times = new TimeRules();
    private final KindRules kinds = new KindRules(changes);

    /** The records of a segmented document that is what it says it is, in document order. */
    public List<Target> read(Document doc, Segmentation seg) {
        return read(doc, DocumentProfile.of(doc), seg);
    }

    /** The records of a segmented document, read with its profile, in document order. */
    public List<Target> read(Document doc, DocumentProfile profile, Segmentation seg) {
        return reading(doc, profile, seg).records();
    }

    /** The records of a document and the numbers it left out, each with the rule that left it out. */
    public record Reading(List<Target> records, List<SkippedNumber> skipped) {
    }

    /** Reads a segmented document with its profile: its records, and the numbers given none with why. */
    public Reading reading(Document doc, DocumentProfile profile, Segmentation seg) {
        List<SkippedNumber> skipped = new ArrayList<>();
        Scope own = profile.national() ? Scope.NATIONAL : Scope.LOCAL;
        dev.zhibiao.model.Level ownLevel = profile.region() == null ? dev.zhibiao.model.Level.COUNTY : profile.region().level();
        YearReader.Frame frame = new YearReader.Frame(profile.writtenYear(), doc.endYear(),
                profile.dateline() == null ? 0 : profile.dateline().getMonthValue());
        List<int[]> rows = new ArrayList<>();
        // a table whose header names its columns is read by them first; rows of the rest by their own cells
        List<TableReader.Cell> cells = TableReader.cells(seg, seg.lines());
        List<Target> out = new ArrayList<>(columnTables.read(doc, seg, cells, own, rows));
        out.addAll(columnTables.readCross(doc, profile, seg, cells, own, rows));
        out.addAll(tables.read(seg, seg.lines(), own, rows));
        String t = seg.text().text();
        for (TextLine line : seg.lines()) {
            if (!line.readable()) continue;
            List<Quantity> found = numbers.find(t, line.bodyStart(), line.end());
            if (!rows.isEmpty()) found = found.stream().filter(q -> !inside(rows, q.start())).toList();
            if (found.isEmpty()) continue;
            List<Sentences.Sentence> sentences = Sentences.split(t, line.bodyStart(), line.end());
            List<ScopeReader.Stretch> stretches = scopes.read(t, line.bodyStart(), line.end());
            // 婴儿死亡率为3.2‰（全国为4.5‰）: a wider area's figure beside the document's own is that area's
            List<ScopeReader.Stretch> asides = ScopeReader.benchmarkAsides(t, line.bodyStart(), line.end(), ownLevel);
            if (!asides.isEmpty()) {
                stretches = new ArrayList<>(stretches);
                stretches.addAll(asides);
            }
            LineContext ctx = new LineContext(doc, profile, seg, own, stretches,
                    new ArrayList<>(), new ArrayList<>(), new java.util.HashMap<>(), frame,
                    openingYears(t, sentences, frame), skipped, line.bodyStart(), line.end(), new String[1], new int[] {-2});
            for (Sentences.Sentence s : sentences) {
                List<Quantity> qs = found.stream().filter(q -> q.start() >= s.start() && q.start() < s.end()).toList();
                if (!qs.isEmpty()) readSentence(ctx, s, qs, out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.span() == null ? 0 : r.span().start()));
        return new Reading(out, skipped);
    }

    /** Reads each list of numbers in a sentence through the stages, in order. */
    private void readSentence(LineContext ctx, Sentences.Sentence s, List<Quantity> qs, List<Target> out) {
        String t = ctx.text();
        List<YearReader.YearMention> years = YearReader.read(t, s.start(), s.end(), ctx.frame());
        // 分别为3.2‰（全省平均为3.9‰）和4.1‰（全省平均为5.2‰）: the asides stand apart from the list they are set in,
        // each read after it as a list of its own
        List<int[]> asides = asides(ctx, s);
        List<List<Quantity>> lists;
        if (asides.isEmpty()) {
            lists = group(t, qs, asides);
        } else {
            List<Quantity> main = new ArrayList<>(), aside = new ArrayList<>();
            for (Quantity q : qs) (inside(asides, q.start()) ? aside : main).add(q);
            lists = new ArrayList<>(group(t, main, asides));
            for (Quantity q : aside) lists.add(List.of(q));
        }
        Group.Memory memory = new Group.Memory(pairedList(t, s, lists));
        // 小学共717所。招生8.2万人，在校生45.3万人: the institutions a sentence counted are those the next one's
        // teachers and pupils are of
        if (ctx.topic()[0] != null) {
            memory.topic = ctx.topic()[0];
            memory.carried = true;
        }
        for (List<Quantity> numbersOfList : lists) {
            Group g = Group.of(ctx, s, years, numbersOfList, memory);
            Rule skip = skips.first(g);
            NameRules.Names names = skip == null ? naming.read(g) : null;
            if (skip == null && names.isEmpty()) skip = SkipRules.NAMES_NOTHING;
            memory.previousEnd = g.last().end();
            memory.previousWindowStart = g.windowStart();
            memory.previousStart = g.first().start();
            memory.previousUnit = g.last().unit();
            if (skip != null) {
                skipped(ctx, g.numbers(), skip);
                continue;
            }
            memory.previous = names.names();
            BoundRules.Bounds bounded = bounds.read(g);
            for (int i = 0; i < g.size(); i++) {
                Quantity q = g.numbers().get(i);
                BoundRules.Decided bound = bounded.of(q);
                List<String> forThis = names.size() == g.size() ? List.of(names.names().get(i))
                        : g.size() == 1 ? names.names() : List.of(names.names().get(Math.min(i, names.size() - 1)));
                for (String name : forThis) {
                    List<String> rules = new ArrayList<>();
                    for (Rule r : FormRules.number(q)) rules.add(r.code());
                    rules.add(names.rule().code());
                    rules.add(bound.rule().code());
                    Target r = build(g, q, name, names.rule(), bound, rules);
                    out.add(r);
                    memory.nameOf.putIfAbsent(q, name);
                    memory.all.putIfAbsent(name, q.unit());
                    if (g.scope() == ctx.own()) ctx.local().add(name);
                    else ctx.cited().add(q.start());
                }
            }
        }
        ctx.topic()[0] = memory.named ? memory.topic : ctx.topic()[0];
    }

    private static void skipped(LineContext ctx, List<Quantity> g, Rule rule) {
        for (Quantity q : g) {
            var span = ctx.seg().text().originalSpan(q.start(), q.end());
            ctx.skipped().add(new SkippedNumber(span, ctx.text().substring(q.start(), q.end()), rule.code()));
        }
    }

    /** Chars a paragraph may open with before the year that dates it: 截至2020年, 到2025年, 据统计，2022年. */
    private static final int OPENING = 16;
    /** What may stand before a paragraph's dating year: a time word, or a short lead-in (据统计，, 具体目标是：). */
    private static final Pattern OPENER = Pattern.compile("(?:[^，,。\\d（(]{0,12}[，,：:])?\\s*(?:截至|截止|到|至|在|于|自)?\\s*");

    /**
     * The years clauses without one of their own are dated by, by where their sentence starts: the year that opens
     * the paragraph's first sentence ({@code 2022年，…}, {@code 截至2020年，…}, {@code 到2025年，…}) under
     * {@link Integer#MIN_VALUE}, and under the start of a sentence opening with 其中 the year of the sentence it breaks down
     * ({@code 2020年，全国…为99.9%。其中，城市…}). The first sentence's year is -1 when the paragraph runs from it to now.
     */
    private static Map<Integer, Integer> openingYears(String t, List<Sentences.Sentence> sentences,
                                                                         YearReader.Frame frame) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        if (sentences.isEmpty()) return out;
        Integer first = opening(t, sentences.get(0), frame);
        if (first != null) out.put(Integer.MIN_VALUE, first);
        // the year of the sentence before, worked out only for a breakdown after it: most sentences are none
        Integer before = first == null || first < 0 ? null : first;
        for (int i = 1; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            if (!startsWith(t, s, "其中")) continue;
            if (i > 1 && !startsWith(t, sentences.get(i - 1), "其中")) {
                Integer year = opening(t, sentences.get(i - 1), frame);
                before = year == null || year < 0 ? null : year;
            }
            if (before != null) out.put(s.start(), before);
        }
        return out;
    }

    /** True when the sentence opens with {@code word}, after spaces. */
    private static boolean startsWith(String t, Sentences.Sentence s, String word) {
        int start = s.start();
        while (start < s.end() && Character.isWhitespace(t.charAt(start))) start++;
        return t.startsWith(word, start);
    }

    /** The year opening the sentence, -1 for one it runs from to now, or null. */
    private static Integer opening(String t, Sentences.Sentence s, YearReader.Frame frame) {
        int start = s.start(), end = s.end();
        while (start < end && Character.isWhitespace(t.charAt(start))) start++;
        if (start + 4 >= end || !mayOpenWithYear(t, start)) return null;
        int to = Math.min(end, start + OPENING + 8);
        for (YearReader.YearMention m : YearReader.read(t, start, to, frame)) {
            if (m.start() - start > OPENING) break;
            if (m.role() == YearReader.Role.YEAR && OPENER.matcher(t).region(start, m.start()).matches()) {
                // 2016年出台了某计划至今，…: a year the clause runs from to now dates none of the figures
                return YearReader.untilNow(t, m.end(), end) ? -1 : m.year();
            }
        }
        return null;
    }

    /** True when a year may stand within {@link #OPENING} chars of {@code start}: a digit or a year word is there. */
    private static boolean mayOpenWithYear(String t, int start) {
        int end = Math.min(t.length(), start + OPENING + 4);
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c == '今' || c == '去' || c == '前' || c == '明' || c == '五' || c == '期') return true;
        }
        return false;
    }

    /**
     * Populations paired with values that share what follows the last ({@code 每天小学生10小时、初中生9小时、高中生8小时
     * 睡眠时间}): each is named by its population, the frame that opens the list, and the shared noun —
     * 小学生每天睡眠时间, 初中生每天睡眠时间, 高中生每天睡眠时间. Empty when the sentence holds no such list.
     */
    private Map<Quantity, String> pairedList(String t, Sentences.Sentence s, List<List<Quantity>> groups) {
        if (groups.size() < 2) return Map.of();
        Map<Quantity, String> out = new java.util.HashMap<>();
        Quantity firstQ = groups.get(0).get(0);
        int[] clause = s.clauseAt(firstQ.start());
        String frame = "";
        List<String> pops = new ArrayList<>();
        int from = clause[0];
        for (int i = 0; i < groups.size(); i++) {
            List<Quantity> g = groups.get(i);
            Quantity q = g.get(0);
            if (g.size() != 1 || q.start() >= clause[1] || !q.unit().equals(firstQ.unit())) return Map.of();
            if (!PAIRED_ITEM.mayEnd(t, from, q.start())) return Map.of();
            Matcher m = PAIRED_ITEM.pattern().matcher(t).region(from, q.start());
            if (!m.find() || i > 0 && m.start() != from) return Map.of();
            if (i == 0 && m.group(1) != null) frame = m.group(1);
            pops.add(m.group(2));
            from = q.end();
        }
        String object = namer.object(t.substring(from, clause[1]));
        if (object.isEmpty() || pops.size() != groups.size()) return Map.of();
        for (int i = 0; i < groups.size(); i++) out.put(groups.get(i).get(0), pops.get(i) + frame + object);
        return out;
    }

    /** Makes the record of one number under one name: dates it, decides its kind, finishes its name and scope. */
    private Target build(Group g, Quantity q, String name, Rule nameRule, BoundRules.Decided bound, List<String> rules) {
        LineContext ctx = g.ctx();
        Draft d = new Draft(g, q, bound.bound(), nameRule);
        times.date(d);
        kinds.decide(d);
        Rule time = times.decide(d);
        Kind kind = d.kind;
        String finished = finisher.finish(name, q.unit(), kind);
        if (!finished.equals(name)) rules.add(NameRules.QUANTITY_WORD.code());
        rules.add(time.code());
        rules.add(d.kindRule.code());
        rules.add(FormRules.scope(g.scope(), ctx.own()).code());
        Section section = ctx.seg().sectionAt(q.start());
        var span = ctx.seg().text().originalSpan(q.start(), q.end());
        boolean perYear = kind == Kind.CHANGE && TimeRules.perYear(g.window());
        Direction direction = kind != Kind.CHANGE ? null : d.change != null ? d.change.direction()
                : (d.multipleOf != null || d.multipleOfLastYear || d.kindRule == KindRules.MULTIPLE_OF_GROUP) && q.value() != null
                        && q.value() < 1 ? Direction.DECREASE : Direction.INCREASE;
        Double value = q.value();
        // 增长-3.5%: a growth below zero is a fall of the plain size
        if (direction != null && d.multipleOf == null && !d.multipleOfLastYear && value != null && value < 0) {
            direction = direction == Direction.INCREASE ? Direction.DECREASE : Direction.INCREASE;
            value = -value;
        }
        var b = Target.builder().indicator(finished).rules(rules).unit(q.unit()).comparator(d.bound).year(d.year)
                .baselineYear(kind == Kind.CHANGE && d.kindRule != KindRules.MULTIPLE_OF_GROUP ? d.baseline : null).kind(kind)
                .direction(direction)
                .perYear(perYear).scope(g.scope()).domain(section.domain())
                .quote(quote(ctx, g.clause(), q)).span(span).sectionPath(section.path());
        if (q.isRange()) b.range(q.low(), q.high());
        else b.value(value);
        return b.build();
    }

    /** A short exact piece of the original around the number, within its clause. */
    private static String quote(LineContext ctx, int[] clause, Quantity q) {
        int from = Math.max(clause[0], q.start() - 30);
        int to = Math.min(Math.max(clause[1], q.end()), q.end() + 12);
        return ctx.seg().text().originalText(from, to).strip();
    }

    static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }

    /** The benchmark asides of the sentence, as the line's stretches of a wider area hold them. */
    private static List<int[]> asides(LineContext ctx, Sentences.Sentence s) {
        List<int[]> out = new ArrayList<>();
        for (ScopeReader.Stretch st : ctx.stretches()) {
            if (st.start() < s.start() || st.end() > s.end()) continue;
            if (ScopeReader.BENCHMARK_ASIDE.matcher(ctx.text()).region(st.start(), st.end()).matches()) {
                out.add(new int[] {st.start(), st.end()});
            }
        }
        return out;
    }

    private static List<List<Quantity>> group(String t, List<Quantity> qs, List<int[]> asides) {
        List<List<Quantity>> out = new ArrayList<>();
        List<Quantity> cur = new ArrayList<>();
        for (Quantity q : qs) {
            if (!cur.isEmpty()) {
                Quantity p = cur.get(cur.size() - 1);
                String between = q.start() >= p.end() ? t.substring(p.end(), q.start()) : "";
                // an aside between two items of a list is read apart: what joins the items is around it
                for (int[] a : asides) {
                    if (a[0] >= p.end() && a[1] <= q.start()) between = t.substring(p.end(), a[0]) + t.substring(a[1], q.start());
                }
                // 3.62%2.05%1.38%, 13.2%2.29‰: a copy that lost a list's marks still lists rates one after another
                boolean runTogether = between.isEmpty() && p.unit().isRate() && q.unit().isRate();
                if (!runTogether && !GLUE.matcher(between).matches()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(q);
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
