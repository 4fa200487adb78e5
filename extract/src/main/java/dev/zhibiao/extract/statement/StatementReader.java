package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;
import dev.zhibiao.extract.number.NumberFinder;
import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.extract.segment.TextLine;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentProfile;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SkippedNumber;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the quantities of a segmented document into target records: groups the numbers of a list, names
 * each with {@link IndicatorNamer}, and reads its bound ({@link BoundReader}), year and baseline
 * ({@link YearReader}), change ({@link ChangeReader}), kind and scope ({@link ScopeReader}). Thread-safe.
 */
public final class StatementReader {
    private static final Pattern GLUE = Pattern.compile("^\\s*(?:、|和|及|与|以及|或|至)\\s*$");
    /** 均, 都 or 各 saying each item has the value; 年均, 平均, 人均 are averages, not "each" (but 2023年均 is). */
    private static final Guarded DISTRIBUTIVE = Guarded.of(
            "(?:(?<=\\d年)均|(?<![年平人日月周])均|都|各)(?:为|达到|达|保持在|提高|下降|在|是)?\\s*$", "均都各");
    private static final Pattern RECENT_YEARS = Pattern.compile("近[一二三四五六七八九十两\\d]+年|累计|以来");
    /** A plan's opening or its review of where things stand (发展现状, 发展基础, 回顾): its figures are observed. */
    private static final Pattern PREFACE = Pattern.compile("序言|前言|引言|^序$");
    /** Words of a span of years (“十三五”期间, 五年来, 以来): a figure of such a span has no single year. */
    private static final Pattern ERA_SPAN = Pattern.compile("期间|年来|以来|时期");
    /** A section that reviews where things stand (发展现状, 发展基础, 回顾): a level it states without a goal's year was reached. */
    private static final Pattern REVIEW = Pattern.compile("现状|发展基础|取得的成就|主要成就|回顾|基本情况");
    private static final Pattern YEAR_WORD = Pattern.compile("((?:19|20)\\d{2})\\s*年(?![\\d—–-])");
    /** A clause that goes on about the subject of the one before: a comparison or a change. */
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:较|比|同比|与|高于|低于|超过|超出|多于|少于|是)");
    /** A number about the subject just measured: its goal in brackets, its rate of change, its gap to the goal. */
    private static final Guarded SAME_SUBJECT = Guarded.of(
            "目标值?\\s*[（(]\\s*$|^[，,；;\\s]*(?:年均|每年)?(?:增幅|降幅|涨幅|升幅|增速|增长幅度|下降幅度)", "目幅速");
    /** The gap left to a goal ({@code 距离目标尚差0.4个}) is derived from two stated figures, not a figure itself. */
    /** 下降了31.2%: a change done, in a report as in a plan, even when no baseline is named. */
    private static final Guarded PAST_CHANGE = Guarded.of("(?:" + Vocabulary.verbWords() + ")了\\s*$", "了");
    private static final Pattern VALUE_OF_YEAR = Pattern.compile("\\s*的\\s*");
    private static final Pattern VALUE_OF_YEAR_OR_NONE = Pattern.compile("\\s*(?:的\\s*)?");
    private static final Guarded GAP = Guarded.of("(?:尚差|还差|仍差)\\s*$", "差");
    /** A goal named by its year ({@code 2025年目标（≤47%）}, {@code 2025年目标值为}), between the year and the number. */
    private static final Pattern GOAL_OF_YEAR = Pattern.compile("^目标值?\\s*(?:[（(]|为|是)?\\s*$");
    private static final Guarded ENDS_IN_LIST_MARK = Guarded.of(
            "[、和及](?:" + Vocabulary.boundWords() + ")?\\s*$", "、和及");
    /** A count beside a letter standing for any number (1+N, N个) describes a model, not a quantity. */
    private static final Pattern FORMULA = Pattern.compile("\\d\\s*\\+\\s*[A-Za-z]|(?<![A-Za-z])[A-Za-z]\\s*个");
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("天", "日", "周", "小时", "分钟", "年", "个月");
    /** 目标值的有9项, 指标中有5项: a count of the plan's goals or indicators, not of anything for children. */
    private static final Guarded COUNT_OF_PARTS = Guarded.of(
            "(?:目标|指标|任务|措施)(?:值)?(?:的|中)?(?:有|共)?\\s*$", "标务施");
    /** The verb that takes a from–to to its end value: 下降到, 提高至, 缩小为. */
    private final Pattern PAIRED_ITEM = Pattern.compile("(?:^|[、和及]|(?<=\\p{IsHan}))\\s*(每天|每日|每周|每月|每年|每学年|每学期)?\\s*("
            + Lexicon.load("statement/populations.txt").alternation() + ")\\s*$");
    /** A per-capita frame opening a name: 每千名儿童(拥有), 每千人口, 每万常住人口. */
    private static final Pattern PER_CAPITA = Pattern.compile(
            "(每[十百千万]?(?:名|个|位)?(?:常住)?(?:人口|儿童|学生|居民|妇女|孕产妇|新生儿|婴幼儿|老年人))(?:至少)?(?:拥有)?");
    /** Words that make a clause of a report a goal whatever year it names. */
    private static final Pattern GOAL_WORD = Pattern.compile("目标|力争|争取|确保|要求|应当|应|需|规划");
    /** The bare share words a clause may name in place of its subject's share (占比为48%). */
    private static final java.util.Set<String> SHARE_HEADS = java.util.Set.of("占比", "比例", "比重", "所占比例", "所占比重");
    /** Parts of a population a clause may name in place of the whole it goes on about (其中城市…、农村…). */
    private final java.util.Set<String> PARTS = java.util.Set.copyOf(Lexicon.load("statement/population-parts.txt").words());
    private static final Pattern WHOLE_AREA_PREFIX = Pattern.compile("^(?:全国|全省|全市|全县|全区|我国|我省|我市)");
    private static final Pattern MULTIPLE = Pattern.compile("[是为]\\s*((?:19|20)\\d{2})\\s*年[^，。；,;]{0,16}$");
    private static final Pattern CITED_DOCUMENT = Pattern.compile("《[^《》]{0,40}(?:纲要|规划|计划|方案|报告|意见|条例|法)》");
    private static final Pattern TO = Pattern.compile("到|至|(?:" + Vocabulary.verbWords() + ")为");
    private static final Guarded PER_YEAR = Guarded.of("每年|(?<![\\d\\s])年均|逐年", "年");

    private final NumberFinder numbers = NumberFinder.standard();
    private final IndicatorNamer namer = new IndicatorNamer();
    private final NameFinisher finisher = new NameFinisher();
    private final ScopeReader scopes = new ScopeReader();
    private final BoundReader bounds = new BoundReader();
    private final ChangeReader changes = new ChangeReader();
    private final TableReader tables = new TableReader();
    private final ColumnTableReader columnTables = new ColumnTableReader();
    /** A count of the plan's own parts (七个领域, 68项主要目标) describes the document, not children. */
    private final Pattern planPart = Pattern.compile("(?:大|类|方面)?(?:的)?(?:"
            + Lexicon.load("statement/plan-parts.txt").alternation() + ")");
    private final List<String> targetMarkers = Lexicon.load("statement/target-markers.txt").words();
    private final List<String> actualMarkers = Lexicon.load("statement/actual-markers.txt").words();

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
        YearReader.Frame frame = new YearReader.Frame(
                profile.dateline() == null ? null : profile.dateline().getYear(), doc.endYear());
        List<int[]> rows = new ArrayList<>();
        List<Target> out = new ArrayList<>(tables.read(seg, seg.lines(), own, rows));
        List<TableReader.Cell> cells = TableReader.cells(seg, seg.lines()).stream()
                .map(c -> c == null || inside(rows, c.start()) ? null : c).toList();
        out.addAll(columnTables.read(doc, seg, cells, own, rows));
        String t = seg.text().text();
        for (TextLine line : seg.lines()) {
            if (!line.readable()) continue;
            List<Quantity> found = numbers.find(t, line.bodyStart(), line.end());
            if (!rows.isEmpty()) found = found.stream().filter(q -> !inside(rows, q.start())).toList();
            if (found.isEmpty()) continue;
            List<Sentences.Sentence> sentences = Sentences.split(t, line.bodyStart(), line.end());
            Context ctx = new Context(doc, profile, seg, own, scopes.read(t, line.bodyStart(), line.end()),
                    new ArrayList<>(), new ArrayList<>(), new java.util.HashMap<>(), frame,
                    openingYear(t, line, sentences, frame), skipped, line.bodyStart());
            for (Sentences.Sentence s : sentences) {
                List<Quantity> qs = found.stream().filter(q -> q.start() >= s.start() && q.start() < s.end()).toList();
                if (!qs.isEmpty()) readSentence(ctx, s, qs, out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.span() == null ? 0 : r.span().start()));
        return new Reading(out, skipped);
    }

    /** What reading one line needs; {@code local} and {@code cited} grow as the line is read. */
    private record Context(Document doc, DocumentProfile profile, Segmentation seg, Scope own,
                           List<ScopeReader.Stretch> stretches, List<String> local, List<Integer> cited,
                           Map<Integer, SentenceFacts> facts, YearReader.Frame frame, Integer openingYear,
                           List<SkippedNumber> skipped, int lineStart) {
        boolean report() {
            return profile.observes();
        }
    }

    private void readSentence(Context ctx, Sentences.Sentence s, List<Quantity> qs, List<Target> out) {
        String t = ctx.seg.text().text();
        List<YearReader.YearMention> years = YearReader.read(t, s.start(), s.end(), ctx.frame());
        List<List<Quantity>> groups = group(t, qs);
        Map<Quantity, String> paired = pairedList(t, s, groups);
        List<String> previous = List.of();
        Map<String, Unit> all = new LinkedHashMap<>();
        int previousEnd = -1;
        Bound previousPrefix = null;
        for (List<Quantity> g : groups) {
            Quantity first = g.get(0), last = g.get(g.size() - 1);
            int[] clause = s.clauseAt(first.start());
            int windowStart = Math.max(clause[0], previousEnd);
            String window = t.substring(windowStart, first.start());
            String skip = cutOff(t, last) ? "skip:unit-cut-off" : formula(t, clause) ? "skip:formula"
                    : deadline(t, clause, last) ? "skip:deadline"
                    : COUNT_OF_PARTS.find(window) ? "skip:count-of-plan-goals" : GAP.find(window) ? "skip:gap-to-goal"
                    : planPart.matcher(t).region(last.end(), Math.max(last.end(), lastClauseEnd(s, last))).lookingAt()
                    ? "skip:plan-part" : null;
            if (skip != null) {
                skipped(ctx, g, skip);
                previousEnd = last.end();
                continue;
            }
            int[] lastClause = s.clauseAt(last.start());
            String after = t.substring(last.end(), Math.max(last.end(), lastClause[1]));
            Scope scope = ScopeReader.at(ctx.stretches, first.start(), ctx.own);
            String[] nameRule = {null};
            List<String> names = paired.containsKey(first) ? List.of(paired.get(first))
                    : names(window, after, g, previous, all, nameRule);
            if (paired.containsKey(first)) nameRule[0] = "name:paired-list";
            // 每千名儿童拥有儿科医生1.12名、床位3.17张: a list item takes the per-capita frame of the item before
            if (window.startsWith("、") && names.size() == 1 && !previous.isEmpty()) {
                Matcher frame = PER_CAPITA.matcher(previous.get(0));
                String own = names.get(0);
                if (frame.lookingAt() && !own.startsWith("每") && !own.startsWith(frame.group(1))) {
                    names = List.of(frame.group(1) + own);
                    nameRule[0] = "name:per-capita-frame";
                }
            }
            if (scope != ctx.own && (names.isEmpty() || names.size() < g.size()) && !ctx.local.isEmpty()) {
                names = cited(ctx, first.start(), g.size());
                nameRule[0] = "name:cited-for-own";
            }
            // 目标（≤47%）, 增幅24.1%, 尚差0.4个: the goal, the rate of change or the gap of what was just measured
            if (SAME_SUBJECT.find(window)) {
                List<String> same = !previous.isEmpty() ? previous : earlierClause(t, s, clause);
                if (!same.isEmpty()) {
                    names = same.size() == g.size() || g.size() > 1 ? same : List.of(same.get(same.size() - 1));
                    nameRule[0] = "name:same-subject";
                }
            }
            boolean multiple = last.unit().symbol().equals("倍") && MULTIPLE.matcher(window).find();
            if ((names.isEmpty() || multiple || changes.comparedTo(window) != null) && CONTINUATION.matcher(window).find()) {
                names = earlierClause(t, s, clause);
                nameRule[0] = "name:continues-clause-before";
            }
            // …上升势头得到控制，控制在20%以内: a bare predicate goes on about the clause before
            if (names.isEmpty() && !window.isBlank() && clause[0] == windowStart && namer.frame(window).isEmpty()) {
                names = earlierClause(t, s, clause);
                nameRule[0] = "name:predicate-of-clause-before";
            }
            List<String> carried = elided(names, previous, ctx);
            if (!carried.equals(names)) {
                names = carried;
                nameRule[0] = "name:subject-carried";
            }
            if (names.isEmpty()) {
                skipped(ctx, g, "skip:names-nothing");
                previousEnd = last.end();
                continue;
            }
            previous = names;
            Bound prefix = bounds.prefix(window);
            if (prefix == null && window.startsWith("、")) prefix = previousPrefix;
            previousPrefix = prefix;
            Bound shared = last.comparator();
            Bound after0 = bounds.after(after);
            for (int i = 0; i < g.size(); i++) {
                Quantity q = g.get(i);
                Bound c = q.comparator() != null ? q.comparator() : prefix != null ? prefix
                        : shared != null ? shared : after0 != null ? after0 : Bound.EQ;
                String boundRule = q.comparator() != null ? "bound:at-number" : prefix != null ? "bound:before"
                        : shared != null ? "bound:after-list" : after0 != null ? "bound:after" : "bound:none";
                List<String> forThis = names.size() == g.size() ? List.of(names.get(i))
                        : g.size() == 1 ? names : List.of(names.get(Math.min(i, names.size() - 1)));
                for (String name : forThis) {
                    List<String> rules = new ArrayList<>();
                    rules.add("number:" + numberForm(q));
                    rules.add(nameRule[0] == null ? "name:subject" : nameRule[0]);
                    rules.add(boundRule);
                    Target r = build(ctx, s, years, q, name, c, window, scope, clause, rules);
                    if (r != null) {
                        out.add(r);
                        all.putIfAbsent(name, q.unit());
                        if (scope == ctx.own) ctx.local.add(name);
                        else ctx.cited.add(q.start());
                    }
                }
            }
            previousEnd = last.end();
        }
    }

    private static void skipped(Context ctx, List<Quantity> g, String rule) {
        for (Quantity q : g) {
            var span = ctx.seg.text().originalSpan(q.start(), q.end());
            ctx.skipped().add(new SkippedNumber(span, ctx.seg.text().text().substring(q.start(), q.end()), rule));
        }
    }

    /** What kind of number a quantity is, for the rule that read it. */
    private static String numberForm(Quantity q) {
        Unit u = q.unit();
        String form = u.equals(Unit.PERCENT) ? "percent" : u.equals(Unit.PER_MILLE) ? "per-mille"
                : u.isPoints() ? "points" : u.equals(Unit.PER_100K) || u.equals(Unit.PER_10K) ? "rate-per-10k"
                : u.equals(Unit.NONE) ? "bare" : "count";
        return q.isRange() ? form + "-range" : form;
    }

    private static Integer docYear(Context ctx) {
        return ctx.doc.period() == null ? null : ctx.doc.period().end();
    }

    /** Chars a paragraph may open with before the year that dates it: 截至2020年, 到2025年, 据统计，2022年. */
    private static final int OPENING = 12;
    /** What may stand before a paragraph's dating year: a time word, or a short lead-in (据统计，). */
    private static final Pattern OPENER = Pattern.compile("(?:[^，,。\\d（(]{0,8}[，,])?\\s*(?:截至|截止|到|至|在|于|自)?\\s*");

    /**
     * The year that opens a paragraph's first sentence ({@code 2022年，…}, {@code 截至2020年，…}, {@code 到2025年，…}),
     * which its clauses without a year of their own are dated by; null when the paragraph opens otherwise.
     */
    private static Integer openingYear(String t, TextLine line, List<Sentences.Sentence> sentences, YearReader.Frame frame) {
        if (sentences.isEmpty()) return null;
        Sentences.Sentence first = sentences.get(0);
        int to = Math.min(first.end(), line.bodyStart() + OPENING + 8);
        for (YearReader.YearMention m : YearReader.read(t, first.start(), to, frame)) {
            if (m.start() - line.bodyStart() > OPENING) break;
            if (m.role() == YearReader.Role.YEAR && OPENER.matcher(t).region(line.bodyStart(), m.start()).matches()) {
                return m.year();
            }
        }
        return null;
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
            Matcher m = PAIRED_ITEM.matcher(t).region(from, q.start());
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

    /** A page cut off inside a unit (…提高7.2个百): the unit is not there to read, so the number is not either. */
    private static boolean cutOff(String t, Quantity q) {
        int i = q.end();
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        int rest = 0;
        while (i + rest < t.length() && "百千万分".indexOf(t.charAt(i + rest)) >= 0) rest++;
        if (rest == 0) return false;
        for (int j = i + rest; j < t.length(); j++) {
            if (!Character.isWhitespace(t.charAt(j))) return false;
        }
        return true;
    }

    /**
     * Names that leave out the subject a reader carries from the clause before: a share of it ({@code 占常住人口的8%}
     * after {@code 0-6岁儿童为5万人}), its bare share ({@code 占比为48%}), or a part of its population
     * ({@code 其中城市和农村各为…}, {@code 女童为…}). The subject is the last one named in the sentence, else in the
     * paragraph.
     */
    private List<String> elided(List<String> names, List<String> previous, Context ctx) {
        String base = !previous.isEmpty() ? previous.get(previous.size() - 1)
                : !ctx.local().isEmpty() ? ctx.local().get(ctx.local().size() - 1) : null;
        // a subject with lost characters (?) is page noise, not one to carry
        if (base == null || names.isEmpty() || PARTS.contains(base) || base.indexOf('?') >= 0) return names;
        // 甲类、乙类学校在校生中女生分别为…，占比分别为…: each share is of the item it follows
        if (names.size() == 1 && SHARE_HEADS.contains(names.get(0)) && previous.size() > 1
                && previous.stream().noneMatch(p -> endsWithRate(p) || p.indexOf('?') >= 0)) {
            return previous.stream().map(p -> p + names.get(0)).toList();
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (n.startsWith("占") && n.length() > 1 && base.indexOf('占') < 0 && !endsWithRate(base)) {
                out.add(base + n);
            } else if (SHARE_HEADS.contains(n) && !endsWithRate(base)) {
                out.add(base + n);
            } else if (PARTS.contains(n) && !base.startsWith(n) && base.length() >= 4) {
                out.add(n + WHOLE_AREA_PREFIX.matcher(base).replaceFirst(""));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean endsWithRate(String name) {
        return name.endsWith("率") || name.endsWith("比例") || name.endsWith("比重") || name.endsWith("占比");
    }

    /** A clause with a letter for a number ({@code 1+N}, {@code N个}); one without a Latin letter is not searched. */
    private static boolean formula(String t, int[] clause) {
        for (int i = clause[0]; i < clause[1]; i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return FORMULA.matcher(t).region(clause[0], clause[1]).find();
            }
        }
        return false;
    }

    /** True when a bracket open at {@code from} closes before {@code to}. */
    private static boolean closedBetween(String t, int from, int to) {
        int open = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') open++;
            else if ((c == '）' || c == ')') && open-- == 0) return true;
        }
        return false;
    }

    private static int lastClauseEnd(Sentences.Sentence s, Quantity q) {
        return s.clauseAt(q.start())[1];
    }

    /** A time limit for a procedure ({@code 颁布后30天内报送}): a span of time after 后, ending in 内. */
    private static boolean deadline(String t, int[] clause, Quantity q) {
        if (!TIME_UNITS.contains(q.unit().symbol()) || q.end() >= t.length() || t.charAt(q.end()) != '内') return false;
        return t.lastIndexOf('后', q.start()) >= clause[0];
    }

    /** The subject of the clause before {@code clause} in the sentence ({@code X显著提升，较2023年增长75.5%}). */
    private List<String> earlierClause(String t, Sentences.Sentence s, int[] clause) {
        int[] before = null;
        for (int[] c : s.clauses()) {
            if (c[1] <= clause[0]) before = c;
        }
        if (before == null) return List.of();
        List<Quantity> inside = numbers.find(t, before[0], before[1]);
        int end = inside.isEmpty() ? before[1] : inside.get(0).start();
        String subject = namer.subject(t.substring(before[0], end));
        return subject.isEmpty() ? List.of() : List.of(subject);
    }

    /** Names for the numbers of a citation that names no indicator: the line's own names, in order. */
    private static List<String> cited(Context ctx, int at, int n) {
        ScopeReader.Stretch stretch = null;
        for (ScopeReader.Stretch st : ctx.stretches) {
            if (at >= st.start() && at < st.end()) stretch = st;
        }
        int k = 0;
        for (int c : ctx.cited) {
            if (stretch != null && c >= stretch.start() && c < stretch.end()) k++;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ctx.local.get((k + i) % ctx.local.size()));
        return out;
    }

    private List<String> names(String window, String after, List<Quantity> g, List<String> previous,
                               Map<String, Unit> all, String[] rule) {
        window = scopes.withoutMarkers(window);
        // a document cited by its title (实现《纲要》“保持在…”的目标) is never what a number measures
        if (window.indexOf('《') >= 0) window = CITED_DOCUMENT.matcher(window).replaceAll("");
        // after a list mark the text before is the previous number's object, not this one's subject
        String subject = ENDS_IN_LIST_MARK.find(window) ? "" : namer.subject(window);
        boolean distributive = DISTRIBUTIVE.find(window);
        if (g.size() > 1) {
            if (!subject.isEmpty()) {
                List<String> items = namer.items(subject, g.size());
                rule[0] = items.isEmpty() ? "name:subject" : "name:list-items";
                if (!items.isEmpty()) return items;
                return List.of(subject);
            }
            rule[0] = "name:list-before";
            if (previous.size() == g.size()) return previous;
            // 到某年，分别降至千分之五和千分之七以下: the list's names come from the sentence so far
            if (all.size() >= g.size()) {
                List<String> names = List.copyOf(all.keySet());
                return names.subList(names.size() - g.size(), names.size());
            }
            return List.of();
        }
        String object = namer.object(after);
        if (!subject.isEmpty()) {
            List<String> shared = namer.shared(subject, distributive);
            // 校内、校外各1小时体育活动时间: each item is a time of the thing counted after the number
            rule[0] = shared.size() > 1 ? "name:shared-value" : object.isEmpty() ? "name:subject" : "name:frame-and-object";
            if (shared.size() > 1) return object.isEmpty() ? shared : shared.stream().map(n -> n + object).toList();
            return List.of(object.isEmpty() ? subject : namer.frame(window) + object);
        }
        if (distributive) {
            Unit u = g.get(0).unit();
            Unit base = u.equals(Unit.PERCENT_POINT) ? Unit.PERCENT
                    : u.equals(Unit.PER_MILLE_POINT) ? Unit.PER_MILLE : u;
            List<String> same = all.entrySet().stream().filter(e -> e.getValue().equals(base))
                    .map(Map.Entry::getKey).toList();
            rule[0] = "name:each-of-list";
            if (same.size() > 1) return same;
        }
        rule[0] = object.isEmpty() ? "name:previous" : "name:object-after";
        if (!object.isEmpty()) return List.of(object);
        return previous.size() >= 1 ? List.of(previous.get(0)) : List.of();
    }

    private Target build(Context ctx, Sentences.Sentence s, List<YearReader.YearMention> years, Quantity q,
                         String name, Bound c, String window, Scope scope, int[] clause, List<String> rules) {
        String timeRule = null;
        String t = ctx.seg.text().text();
        String clauseText = t.substring(clause[0], clause[1]);
        // beforeFrom: the last year of the sentence that is not a from–to's starting year
        Integer year = null, baseline = null, beforeFrom = null;
        int yearEnd = -1;
        boolean afterFrom = false, ownYear = false;
        // 是2010年的1.9倍: a multiple of that year's level, a change counted from it
        Integer multipleOf = null;
        int multipleAt = -1;
        if (q.unit().symbol().equals("倍")) {
            Matcher mult = MULTIPLE.matcher(t).region(clause[0], q.start());
            if (mult.find()) {
                multipleOf = Integer.parseInt(mult.group(1));
                multipleAt = mult.start(1);
            }
        }
        for (YearReader.YearMention m : years) {
            if (m.start() >= q.start()) break;
            if (m.start() == multipleAt) continue;
            // a year inside a cited goal belongs to that citation
            if (ScopeReader.at(ctx.stretches, m.start(), null) != ScopeReader.at(ctx.stretches, q.start(), null)) continue;
            // （2021年为4.9‰）: a year inside brackets closed before the number is the aside's own
            if (closedBetween(t, m.end(), q.start())) continue;
            if (m.role() == YearReader.Role.BASELINE && VALUE_OF_YEAR.matcher(t).region(m.end(), q.start()).matches()) {
                // 较2022年的4.9‰: the value the comparison starts from, that year's own
                year = m.year();
                yearEnd = m.end();
            } else if (m.role() == YearReader.Role.BASELINE) {
                baseline = m.year();
            } else {
                if (m.role() != YearReader.Role.FROM) beforeFrom = m.year();
                year = m.year();
                yearEnd = m.end();
                ownYear = true;
                afterFrom = m.role() == YearReader.Role.FROM
                        && TO.matcher(t).region(m.end(), q.start()).find();
            }
        }
        // 由2020年的0.9个提高到2.75个: the value reached is not the starting year's; it takes the sentence's own
        if (afterFrom) year = beforeFrom;
        if (year != null) timeRule = afterFrom ? "time:from-to-end" : "time:sentence-year";
        // a clause with no year takes the one that opens its paragraph (2022年，…为98.2%。…提高3.3个百分点)
        if (year == null && (!ownYear || afterFrom) && ctx.openingYear() != null) {
            year = ctx.openingYear();
            timeRule = "time:paragraph-year";
        }
        // 较上年9.5/10万下降了2%: the number right after a relative baseline is that earlier year's value
        boolean previousValue = YearReader.relativeBaselines(t, clause[0], q.start()).stream()
                .anyMatch(r -> VALUE_OF_YEAR_OR_NONE.matcher(t).region(r[1], q.start()).matches());
        ChangeReader.Change change = changes.read(window, q.unit(), ctx.report());
        boolean relative = !YearReader.relativeBaselines(t, clause[0], q.start()).isEmpty();
        if (baseline != null && !t.substring(s.start(), q.start()).contains(String.valueOf(baseline))) baseline = null;
        Kind kind;
        boolean compared = changes.comparedTo(window) != null;
        if (compared) c = Bound.EQ;
        String kindRule;
        if (multipleOf != null) {
            kind = Kind.CHANGE;
            baseline = multipleOf;
            c = Bound.EQ;
            kindRule = "kind:multiple-of-year";
        } else if (change != null && (!ctx.report() || baseline != null || relative || compared || q.unit().isPoints()
                || PAST_CHANGE.find(window))) {
            kind = Kind.CHANGE;
            kindRule = "kind:change";
        } else if (ctx.report()) {
            // 控制在 and the bounds also say what was reached: dated in the report's own time, they are observed
            boolean bounded = contains(clauseText, targetMarkers);
            boolean reached = bounded && !GOAL_WORD.matcher(clauseText).find() && year != null && docYear(ctx) != null
                    && year <= docYear(ctx);
            kind = bounded && !reached ? Kind.TARGET : Kind.ACTUAL;
            kindRule = kind == Kind.TARGET ? "kind:goal-word-in-report" : "kind:observed-in-report";
        } else {
            kind = actual(ctx, s, year, q, years) ? Kind.ACTUAL : Kind.TARGET;
            kindRule = kind == Kind.ACTUAL ? "kind:observed-in-plan" : "kind:goal";
        }
        Integer docYear = ctx.doc.period() == null ? null : ctx.doc.period().end();
        if (previousValue && kind != Kind.CHANGE) {
            kind = Kind.ACTUAL;
            kindRule = "kind:value-of-year-before";
            Integer y = year != null ? year : ctx.report() ? docYear : null;
            year = y == null ? null : y - 1;
            timeRule = "time:year-before";
        }
        if (kind == Kind.CHANGE && relative && baseline == null) {
            Integer y = year != null ? year : ctx.report() ? docYear : null;
            if (y != null) baseline = y - 1;
        }
        if (kind == Kind.CHANGE && ctx.report() && year == null) {
            year = docYear;
            timeRule = "time:report-year";
        }
        if (kind == Kind.ACTUAL && year == null && ctx.doc.period() != null) {
            // a review of a whole era (“十三五”期间…) dates nothing; a plan's preamble baseline is its eve
            boolean review = REVIEW.matcher(ctx.seg.sectionAt(q.start()).path().toString()).find()
                    && ERA_SPAN.matcher(t).region(ctx.lineStart(), q.start()).find();
            if (ctx.report()) year = RECENT_YEARS.matcher(clauseText).find() ? null : docYear;
            else year = review ? null : ctx.doc.period().start() - 1;
            timeRule = ctx.report() ? "time:report-year" : "time:year-before-plan";
        }
        // a report's year is not its goals' year, unless the goal is named by its own (2025年目标, 到2025年…)
        boolean yearToCome = ownYear && year != null && docYear != null && year > docYear;
        if (kind == Kind.TARGET && ctx.report() && !yearToCome
                && !(yearEnd >= 0 && GOAL_OF_YEAR.matcher(t).region(yearEnd, q.start()).find())) {
            year = null;
            timeRule = "time:goal-cited-in-report";
        }
        boolean perYear = kind == Kind.CHANGE && PER_YEAR.find(window);
        // a goal per year has no year of its own; an observed yearly average keeps the report's
        if (kind != Kind.ACTUAL && PER_YEAR.find(clauseText)
                && !(ctx.report() && kind == Kind.CHANGE && !contains(clauseText, targetMarkers))) {
            year = null;
            timeRule = "time:per-year-goal";
        }
        String finished = finisher.finish(name, q.unit(), kind);
        if (!finished.equals(name)) rules.add("name:quantity-word");
        rules.add(timeRule == null || year == null ? "time:none" : timeRule);
        rules.add(kindRule);
        rules.add(scope == ctx.own ? "scope:own" : "scope:cited-" + scope.code());
        Section section = ctx.seg.sectionAt(q.start());
        var span = ctx.seg.text().originalSpan(q.start(), q.end());
        var b = Target.builder().indicator(finished).rules(rules).unit(q.unit()).comparator(c).year(year)
                .baselineYear(kind == Kind.CHANGE ? baseline : null).kind(kind)
                .direction(kind == Kind.CHANGE ? (change != null ? change.direction()
                        : multipleOf != null && q.value() != null && q.value() < 1 ? Direction.DECREASE : Direction.INCREASE) : null)
                .perYear(perYear).scope(scope).domain(section.domain())
                .quote(quote(ctx, clause, q)).span(span).sectionPath(section.path());
        if (q.isRange()) b.range(q.low(), q.high());
        else b.value(q.value());
        return b.build();
    }

    /**
     * What a whole sentence says about its numbers being observed values, worked out once per sentence: every
     * number of a long sentence asks, and scanning the sentence again for each made long lines quadratic.
     */
    private record SentenceFacts(boolean marked, boolean futureYear, boolean perfective) {
    }

    private SentenceFacts facts(Context ctx, Sentences.Sentence s, Integer start) {
        return ctx.facts.computeIfAbsent(s.start(), k -> {
            String sentence = ctx.seg.text().text().substring(s.start(), s.end());
            return new SentenceFacts(contains(sentence, actualMarkers), futureYear(sentence, start),
                    sentence.contains("了"));
        });
    }

    private boolean actual(Context ctx, Sentences.Sentence s, Integer year, Quantity q,
                           List<YearReader.YearMention> years) {
        Integer start = ctx.doc.period() == null ? null : ctx.doc.period().start();
        if (year != null && start != null && year < start) return true;
        SentenceFacts facts = facts(ctx, s, start);
        if (facts.marked()) return true;
        Section section = ctx.seg.sectionAt(q.start());
        if (REVIEW.matcher(section.path().toString()).find()) return !facts.futureYear();
        boolean preamble = section.path().isRoot() && !ctx.seg.root().children().isEmpty()
                || section.path().depth() == 1 && PREFACE.matcher(section.heading()).find();
        if (!preamble || facts.futureYear()) return false;
        boolean pastYear = start != null && years.stream()
                .anyMatch(m -> m.role() != YearReader.Role.BASELINE && m.year() < start);
        return pastYear || facts.perfective();
    }

    /** A short exact piece of the original around the number, within its clause. */
    private static String quote(Context ctx, int[] clause, Quantity q) {
        int from = Math.max(clause[0], q.start() - 30);
        int to = Math.min(Math.max(clause[1], q.end()), q.end() + 12);
        return ctx.seg.text().originalText(from, to).strip();
    }

    /** True when the sentence names a year inside or after the plan's period (a goal's year). */
    private static boolean futureYear(String sentence, Integer start) {
        if (start == null || !YearReader.holdsYear(sentence, 0, sentence.length())) return false;
        Matcher m = YEAR_WORD.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= start) return true;
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }

    private static boolean contains(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    private static List<List<Quantity>> group(String t, List<Quantity> qs) {
        List<List<Quantity>> out = new ArrayList<>();
        List<Quantity> cur = new ArrayList<>();
        for (Quantity q : qs) {
            if (!cur.isEmpty()) {
                Quantity p = cur.get(cur.size() - 1);
                String between = q.start() >= p.end() ? t.substring(p.end(), q.start()) : "";
                if (!GLUE.matcher(between).matches()) {
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
