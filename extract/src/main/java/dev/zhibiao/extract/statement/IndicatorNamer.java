package dev.zhibiao.extract.statement;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the measured quantity a number belongs to: the subject written before it, cut free of time words,
 * frames (确保, 到), verbs of level (达到, 控制在) and bounds (不低于), with HanLP's segmentation and parts of
 * speech deciding where the noun phrase ends; or, when the number comes first ({@code 建设15个儿童友好公园}),
 * the noun phrase after it. Splits list subjects ({@code 新生儿、婴儿和5岁以下儿童死亡率}) into their items.
 *
 * <p>HanLP runs only on these short windows. Its analysing calls keep their state on the stack and are
 * safe to share between threads once configured; the one segmenter here is configured and warmed up when
 * the class loads, so no dictionary loads lazily under concurrent use.
 */
public final class IndicatorNamer {
    private static final Segment SEGMENT = warm(new ViterbiSegment().enableNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false));

    /*
     * TIME and BASE open with a look-ahead for the characters their expressions can start with: most positions
     * of a text start none, and testing the character against the class rejects them sooner than trying each
     * alternative in turn.
     */
    static final Pattern TIME = Pattern.compile("(?=[到至截于在从自\\s1-9近以“十一上前全下第规期连今去明当目现如])(?:"
            // 提高到目前的52.8%: now, said in words
            + "(?:到|至)?(?:目前|当前|现在|如今)(?:的)?(?=\\s*$)|"
            // 连续五年控制在…: how long a state has held
            + "连续[一二三四五六七八九十两\\d]{1,3}年|"
            // 今年, 明年底: a year said in words
            + "(?:今年|去年|前年|明年|当年)(?:底|末|初|内)?|"
            // 2010—2023年间: a span of years
            + "(?<![(（])(?:19|20)\\d{2}\\s*年?\\s*[-—–~至到]{1,2}\\s*(?:19|20)\\d{2}\\s*年(?:间|期间)?(?![)）])|"
            + "(?:到|至|截至|截止|于|在|从|自)?\\s*(?:19|20)\\d{2}\\s*(?:年(?:底|末|初|度)?(?:前|时|起|开始|的)?|(?=全年|[上下]半年))"
            + "|近[一二三四五六七八九十两\\d]{1,2}年(?:来|以来)?|以来"
            + "|“?十[一二三四五六七八九]?五”?(?:规划)?(?:期间|时期|期末|末)|(?:规划)?期末(?!考试)"
            // 1-3月份, 一季度, 上半年: a part of the year
            // 0-6月婴儿, 6月婴儿: the months of an age range or of a baby's age are no time
            + "|(?<![\\d.])(?<![\\d.]\\s?[-—–~～至到])(?:1[0-2]|[1-9])\\s*(?:[-—–至到~]\\s*(?:1[0-2]|[1-9])\\s*)?月份?(?:末|底|初)?(?!龄|内|以|婴|儿|大)"
            + "|(?:第?[一二三四]|前三)季度|上半年|下半年|全年(?!龄)"
            // 从90年代初的…, 分别从八十年代末的…: a decade
            + "|(?:分别)?(?:从|由)?(?:(?:19)?[5-9]0|[五六七八九]十)\\s*年代(?:初期|末期|中期|初|末|中)?)");
    static final Pattern BASE = Pattern.compile("(?=[以较比与同在高低超是为继远优好从由和相对])(?:"
            + "(?:相较于|相比于|较之|对比|以|较|(?<!占)比|与|同|和(?=\\s*(?:19|20)\\d{2}\\s*年(?:底|末)?相比))\\s*(?:(?:19|20)\\d{2}\\s*年(?:底|末)?|(?:19|20)\\d{2}(?=\\s*相比)|(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")(?:底|末)?|上届|上一届)(?:数据|水平)?(?:为基数|为基期|的?基础上|相比)?"
            // 比第六次人口普查(2010年): what is compared with, its year in brackets
            + "|" + YearReader.NAMED_BASELINE.pattern()
            + "|[是为](?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")的"
            // 是全省平均水平的1.8倍: the level a multiple is of
            + "|[是为][^，。；\\d]{0,8}?(?:平均水平|平均值|平均数)的"
            // 较10年前下降约5个千分点: a comparison with a time some years back
            + "|(?:较|比|与|和(?=\\s*(?:[一二三四五六七八九十两]{1,2}|\\d{1,2})\\s*年前相比))\\s*(?:[一二三四五六七八九十两]{1,2}|\\d{1,2})\\s*年前(?:相比)?"
            // 从上年的3.1‰下降至2.8‰: a change from last year's value
            + "|(?:从|由)\\s*(?:" + dev.zhibiao.extract.Vocabulary.lastYearWords() + ")(?:同期)?的?"
            // 从项目实施前的21.5%下降到…: a starting time named without a year
            + "|(?:从|由)[^，。；\\d从由]{1,10}?(?:以前|之前|前|初期|之初)的?(?=\\s*$)"
            // 较“十二五”(3.2): a comparison with a plan's era
            + "|(?:较|比|与|同)\\s*[“\"]?十[一二三四五六七八九]?五[”\"]?(?:期末|末|时期|期间)?"
            // 远高于规划“达到80%”的目标: the comparison with a goal quoted after it
            + "|远?(?:" + Vocabulary.gapVerbWords() + "|优于|好于)[^，。；\\d“]{0,8}“"
            // 但远优于12%、7%的目标: a comparison with goals whose values follow names nothing
            + "|远?(?:优于|好于)(?=\\s*$)"
            // 某率继2019年首次达到规划目标后: what happened before is no part of the name
            + "|继(?=\\s*(?:(?:19|20)\\d{2}\\s*年|首次|上年|去年))[^，。；]*"
            + "|(?:" + Vocabulary.gapVerbWords() + ")(?:" + Vocabulary.comparedGroups() + ")(?=\\s*$)"
            + "|比(?:" + Vocabulary.comparedGroups() + ")(?:高|低|多|少)出?(?=\\s*$)"
            + "|在此基础上|在[^，。；]{0,12}?基础上|同比|以[^，。；\\d]{1,12}?为单位"
            + "|(?:比|较|" + Vocabulary.gapVerbWords() + "|超)[^，。；\\d]{0,12}?(?:平均水平|平均值|平均数|水平|均值|目标值|目标)(?:高|低|多|少)?)");
    /**
     * A character that every TIME expression holds (年 of a year, 月 of a month, 度 of a quarter, 末 or 期 or 间 of
     * an era, 来 of 以来), and one that every BASE expression holds (年 or 届 of a year compared with, 五 of an era,
     * 于 过 出 比 of a comparison, 础 of 基础上, 位 of 为单位, 均 水 标 of a level, “ of a quoted goal, 继, 前 or 初
     * of a starting time named without a year): a subject holding none has none of them, and the patterns are not
     * tried over it.
     */
    private static final String TIME_HOLDS = "年月度末期间来前今在";
    private static final String BASE_HOLDS = "年届五于过出比础位均水标“继前初";
    private static final Pattern NOT_OBJECT = Pattern.compile(
            "(?:基础|水平|为基数|左右|以上|以下|以内|之间|的基础|的?(?:规划|纲要|国纲|国家|省|市|区|县|期末|终期|年度)?目标"
            // 10‰的国家《纲要》目标, 95%的省“十四五”规划目标: a goal named by the level and document setting it
            + "|的?(?:国家|全国|全省|省|市|区|县)?[《“][^》”，。；]{1,24}[》”](?:规划|纲要)?(?:提出的|确定的|规定的)?(?:目标|指标))");
    /**
     * Another count of things after a conjunction ({@code 和至少1项艺术特长}); a share ({@code 和80%的农村社区…})
     * is not one: its items are parallel parts of one population that share what follows the last.
     */
    private static final Pattern NEXT_COUNT = Pattern.compile(
            "(?:" + Vocabulary.boundWords() + ")?[\\d一二两三四五六七八九十百千万.]+(?![\\d.]|\\s*[%‰％]|\\s*个?[百千]分)");
    /** A share of another part of the population after a conjunction ({@code 和80%的农村社区…}). */
    private static final Pattern NEXT_SHARE = Pattern.compile(
            "(?:" + Vocabulary.boundWords() + ")?[\\d.]+\\s*(?:[%‰％]|个?[百千]分点)的");
    private static final Pattern UNITES = Pattern.compile("集[^，。；]{1,40}?于一体的");
    /** Characters that open a preposition, conjunction or adverb HanLP may cut from a subject's start. */
    private static final String FUNCTION_START = "在对为从将把于以向与和及并且也都均已要应使让由按经据随就";
    private static final Pattern LEADING_DE = Pattern.compile("^[\\s的]+");
    private static final Pattern EDGE = Pattern.compile("^[\\s、，。；：,;:“”\"]+|[\\s、，。；：,;:“”\"]+$");
    private static final String EDGE_CHARS = " \t\n\u000B\f\r、，。；：,;:“”\"";

    private final Lexicon predicates = Lexicon.load("statement/predicates.txt");
    private final Lexicon leading = Lexicon.load("statement/leading.txt");
    /** The first word of {@code s} as HanLP reads it, or "". */
    String firstWord(String s) {
        List<Term> terms = s.isEmpty() ? List.of() : seg(s);
        return terms.isEmpty() ? "" : terms.get(0).word;
    }

    /** Heads of names of institutions and facilities (机构, 中心, 服务站 …). */
    private final List<String> institutions = Lexicon.load("statement/institutions.txt").words();

    /** Where the words after the last head of a name of institutions start (医疗卫生机构床位 → at 床位), or 0. */
    int afterLastInstitution(String s) {
        int cut = 0;
        for (String h : institutions) {
            int at = s.lastIndexOf(h);
            if (at >= 0) cut = Math.max(cut, at + h.length());
        }
        return cut;
    }

    /** True when the words end in the head of a name of institutions (…机构, …幼儿园, …中小学校). */
    boolean namesInstitution(String s) {
        for (String h : institutions) {
            if (s.endsWith(h)) return true;
        }
        return false;
    }

    /** Bodies whose names open with a frame word (全国人大): the word is the name's own. */
    private final List<String> organisations = Lexicon.load("statement/organisations.txt").words();
    private final List<String> populations = Lexicon.load("statement/populations.txt").words();
    private final List<String> heads = Lexicon.load("statement/heads.txt").words();
    private final List<String> countedActs = List.copyOf(Lexicon.load("statement/counted-acts.txt").words());
    /** Predicate words by their last character and frame words by their first, longest first. */
    private final java.util.Map<Character, List<String>> predicatesByLast = index(byLength(predicates.words()), true);
    private final java.util.Map<Character, List<String>> leadingByFirst = index(byLength(leading.words()), false);
    /** The bound words closing a frame, right before its number: one inside a word (近视, 超重, 约谈) is no bound. */
    private final Pattern bounds = Pattern.compile("(?:(?:" + Vocabulary.boundWordsInWords(w -> true) + ")\\s*)+$");

    /** How many recent segmentations each thread keeps: a name's words are often segmented again at once. */
    private static final int RECENT = 4;
    /**
     * The last few texts this thread segmented, with their terms: a subject goes on to be split into items, and a
     * list's last item is asked for its head word, its shared rest and its shared tail, each a segmentation of the
     * same words. HanLP's answer for a text is always the same, so a repeat is answered from here. Kept per thread,
     * never shared.
     */
    private static final ThreadLocal<Object[]> RECENT_SEGMENTATIONS = ThreadLocal.withInitial(() -> new Object[2 * RECENT + 1]);

    /** HanLP's terms for {@code s}, read only. */
    private static List<Term> seg(String s) {
        Object[] recent = RECENT_SEGMENTATIONS.get();
        for (int i = 0; i < RECENT; i++) {
            if (s.equals(recent[2 * i])) {
                @SuppressWarnings("unchecked")
                List<Term> terms = (List<Term>) recent[2 * i + 1];
                return terms;
            }
        }
        List<Term> terms = java.util.Collections.unmodifiableList(SEGMENT.seg(s));
        int next = recent[2 * RECENT] == null ? 0 : (Integer) recent[2 * RECENT];
        recent[2 * next] = s;
        recent[2 * next + 1] = terms;
        recent[2 * RECENT] = (next + 1) % RECENT;
        return terms;
    }

    private static Segment warm(Segment s) {
        s.seg("新生儿死亡率降至3‰以下");
        return s;
    }

    private static java.util.Map<Character, List<String>> index(List<String> words, boolean byLast) {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(byLast ? w.charAt(w.length() - 1) : w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Map.copyOf(m);
    }

    private static List<String> byLength(List<String> words) {
        List<String> w = new ArrayList<>(words);
        w.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(w);
    }

    /** The text without its comparisons with a base (较2020年, 同比); every one holds a character of BASE_HOLDS. */
    static String withoutBase(String s) {
        return anyOf(s, BASE_HOLDS) ? BASE.matcher(s).replaceAll("") : s;
    }

    /** The text without its time words (到2025年, 近三年); every one holds a character of TIME_HOLDS. */
    static String withoutTime(String s) {
        return anyOf(s, TIME_HOLDS) ? TIME.matcher(s).replaceAll("") : s;
    }

    private static boolean anyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (chars.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** The subject in the text before a number, or "" when it holds none. */
    public String subject(String before) {
        String s = withoutTime(withoutBase(before));
        s = trim(s);
        if (s.isEmpty()) return s;
        // a subject that ends in a head word and opens with no function word has nothing for HanLP to cut
        if (endsWithHead(s) && FUNCTION_START.indexOf(s.charAt(0)) < 0) return s;
        List<Term> terms = seg(s);
        int first = 0, last = terms.size();
        while (last > first && weakAtEnd(terms.get(last - 1)) && !endsWithHead(join(terms, first, last))
                && !endsWithCountedAct(join(terms, first, last))) {
            last--;
        }
        // 全市出生4.2万人: an act alone is what its people are counted by
        if (last == first && !terms.isEmpty() && countedActs.contains(join(terms, 0, terms.size()))) last = terms.size();
        // a preposition glued to a one-character noun is a word of its own (在园幼儿, 在校学生)
        while (first < last && weakAtStart(terms.get(first))
                && !(first + 1 < last && terms.get(first + 1).word.length() == 1 && isHan(terms.get(first + 1).word.charAt(0)))) {
            first++;
        }
        // 不批准逮捕71人: a negation of the act counted is part of what is counted
        // 不提供住宿的社会服务机构: a negation opening a clause that qualifies the noun counted is part of it
        if (first > 0 && first < last && terms.get(first - 1).word.equals("不")
                && (endsWithCountedAct(join(terms, first, last)) || join(terms, first, last).indexOf('的') > 0)) {
            first--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < last; i++) sb.append(terms.get(i).word);
        return trim(sb.toString());
    }

    /** True when {@code s} ends with an act whose people a number counts (出生, 筛查, 提起公诉). */
    public boolean countsPeopleOfAct(String s) {
        return endsWithCountedAct(s);
    }

    /** The subject before a number with only frame and bound words cut, keeping a verb before an object. */
    public String frame(String before) {
        return trim(bounds.matcher(withoutTime(withoutBase(before))).replaceAll(""));
    }

    private static String join(List<Term> terms, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(terms.get(i).word);
        return sb.toString();
    }

    /** The noun phrase right after a number ({@code 个儿童友好公园} → 儿童友好公园), or "". */
    public String object(String after) {
        String s = LEADING_DE.matcher(after).replaceFirst("");
        String quoted = null;
        // 1.2万个"妇女微家": a thing counted may be named in quotes, which are no part of its name
        if (!s.isEmpty() && "\"“「『".indexOf(s.charAt(0)) >= 0) {
            int close = -1;
            for (int i = 1; i < s.length() && i <= 12 && close < 0; i++) if ("\"”」』".indexOf(s.charAt(i)) >= 0) close = i;
            if (close > 1) {
                quoted = s.substring(1, close);
                s = quoted + s.substring(close + 1);
            }
        }
        if (NOT_OBJECT.matcher(s).lookingAt()) return "";
        // 集A、B、C于一体的X: the thing counted is X, after the list of what it unites
        Matcher unites = UNITES.matcher(s);
        if (unites.lookingAt()) s = s.substring(unites.end());
        int cut = s.length();
        int depth = 0;
        String shared = "";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') depth = Math.max(0, depth - 1);
            else if (depth == 0 && ("、，。；：,;:".indexOf(c) >= 0 || c == '等' && etcetera(s, i))) {
                // 政府举办、标准化的妇幼保健机构: modifiers listed before 的 share its head noun
                if (c == '、' && modifiersOfOneHead(s, i + 1)) continue;
                cut = i;
                break;
            } else if (depth == 0 && "和及与".indexOf(c) >= 0 && NEXT_COUNT.matcher(s).region(i + 1, s.length()).lookingAt()) {
                // 1—2项运动技能和至少1项艺术特长: a conjunction before another count ends this one's noun
                cut = i;
                break;
            } else if (depth == 0 && "和及与".indexOf(c) >= 0) {
                Matcher share = NEXT_SHARE.matcher(s).region(i + 1, s.length());
                if (share.lookingAt()) {
                    // 90%的城市社区和80%的农村社区建立家长学校: the parts share the predicate after the last
                    cut = i;
                    shared = predicate(s.substring(share.end()));
                    break;
                }
            }
        }
        s = s.substring(0, Math.min(cut, 30));
        if (s.isEmpty() || !isHan(s.charAt(0))) return "";
        List<Term> terms = seg(s);
        // “最美家庭”: a title in quotes is a thing counted, whatever word it opens with
        if (terms.isEmpty() || weakAtStart(terms.get(0))) return quoted == null ? "" : trim(quoted);
        // 托育服务指导中心: a name of an institution may open with a verb's word, and is still a thing counted
        // 留守儿童: a verb's word before a population is a kind of that population, not a predicate
        if (isVerb(terms.get(0)) && s.indexOf('的') < 0 && !namesInstitution(s) && !kindOfPopulation(terms)) {
            return quoted == null ? "" : trim(quoted);
        }
        // the phrase ends before a second verb opens another predicate (…驿站作为…)
        StringBuilder sb = new StringBuilder();
        int verbs = 0;
        boolean relative = isVerb(terms.get(0)) && s.indexOf('的') >= 0;
        // 下降到2023年的4.5‰: a clause that holds another number goes on with the statement, it names nothing
        if (relative && hasDigit(s)) return "";
        for (Term term : terms) {
            if (isVerb(term)) verbs++;
            boolean preposition = term.nature != null && term.nature.toString().startsWith("p");
            if (!relative && preposition && verbs > 0 && sb.length() > 0) break;
            sb.append(term.word);
        }
        String name = trim(sb.toString());
        return shared.isEmpty() || name.isEmpty() ? name : name + shared;
    }

    /**
     * Whether the terms open with a word and a population right after it (留守|儿童, 流动|儿童), which ends them or
     * is followed by a verb: one followed by a noun is the verb's object's qualifier (参加|儿童|健康|讲座).
     */
    private boolean kindOfPopulation(List<Term> terms) {
        return terms.size() >= 2 && terms.get(0).word.length() == 2 && populations.contains(terms.get(1).word)
                && (terms.size() == 2 || isVerb(terms.get(2)));
    }

    /**
     * The verb phrase right after a count of people up to its clause's end ({@code 人开展入职查询。} → 开展入职查询),
     * or "" where the words open with no verb or hold a number.
     */
    public String actOf(String after) {
        String s = LEADING_DE.matcher(after).replaceFirst("");
        int end = 0;
        while (end < s.length() && "，。；：,;:！!？?、（(\n".indexOf(s.charAt(end)) < 0) end++;
        s = s.substring(0, end).strip();
        if (s.length() < 3 || s.length() > 20 || hasDigit(s) || !allHan(s)) return "";
        List<Term> terms = seg(s);
        if (terms.size() < 2 || !isVerb(terms.get(0)) || terms.get(0).word.length() < 2) return "";
        // 存在犯罪记录并对其…: a second predicate joined by 并 is what was done next, no part of the first
        StringBuilder act = new StringBuilder();
        for (Term t : terms) {
            if (act.length() > 0 && (t.word.equals("并") || t.word.equals("并且") || t.word.equals("且"))) break;
            act.append(t.word);
        }
        return trim(act.toString());
    }

    /** 等 closing a list (A、B等), not the 等 of a word (中等, 高等, 同等, 等级). */
    private static boolean etcetera(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return "中高初同平对均相上下劣优次超特头一二三四五六七八九".indexOf(before) < 0 && after != '级' && after != '于' && after != '同';
    }

    /** The predicate of a clause ({@code 农村社区建立家长学校…} → 建立家长学校…): from its first verb past its subject. */
    private static String predicate(String tail) {
        int end = tail.length();
        for (int i = 0; i < tail.length(); i++) {
            if ("，。；：,;:".indexOf(tail.charAt(i)) >= 0 || Character.isDigit(tail.charAt(i))) {
                end = i;
                break;
            }
        }
        List<Term> terms = seg(tail.substring(0, Math.min(end, 40)));
        for (int k = 1; k < terms.size(); k++) {
            if (isVerb(terms.get(k))) return join(terms, k, terms.size());
        }
        return "";
    }

    /** True when a 的 follows within the phrase, with no number or clause mark before it. */
    private static boolean modifiersOfOneHead(String s, int from) {
        for (int i = from; i < s.length() && i < from + 12; i++) {
            char c = s.charAt(i);
            if (c == '的') return i > from;
            if (Character.isDigit(c) || "、，。；：,;:等（(".indexOf(c) >= 0) return false;
        }
        return false;
    }

    /** The words after the verbs, adverbs and prepositions that open a text ({@code 指导各镇街} → 各镇街). */
    String afterLeadingVerbs(String s) {
        int at = 0;
        for (Term t : seg(s)) {
            String n = t.nature == null ? "" : t.nature.toString();
            if (!(n.startsWith("v") || n.startsWith("d") || n.startsWith("p"))) break;
            at += t.word.length();
        }
        return s.substring(at).strip();
    }

    /** The verb a name opens with, of two characters or more ({@code 资助学生} → 资助), or null. */
    String firstVerb(String name) {
        List<Term> terms = seg(name);
        if (terms.isEmpty()) return null;
        Term t = terms.get(0);
        String n = t.nature == null ? "" : t.nature.toString();
        return n.startsWith("v") && t.word.length() >= 2 ? t.word : null;
    }

    /** Splits a list subject into {@code n} items, completing each with the head word and population. */
    public List<String> items(String subject, int n) {
        List<String> parts = new ArrayList<>(List.of(subject.split("、")));
        while (parts.size() < n) {
            String lastPart = parts.get(parts.size() - 1);
            int at = lastConjunction(lastPart);
            if (at < 0) break;
            parts.set(parts.size() - 1, lastPart.substring(0, at));
            parts.add(lastPart.substring(at + 1));
        }
        if (parts.size() == 1 && n == 2) {
            // 初中男女生肥胖率分别为15.2%和10.1%: a word of two parts names one measure for each
            for (java.util.Map.Entry<String, String> e : pairedParts.entries().entrySet()) {
                int at = subject.indexOf(e.getKey());
                if (at < 0) continue;
                String[] two = e.getValue().split(" ");
                String before = subject.substring(0, at), after = subject.substring(at + e.getKey().length());
                return List.of(before + two[0] + after, before + two[1] + after);
            }
        }
        if (parts.size() != n) return List.of();
        return complete(parts, true);
    }

    /** Words of two parts of a population (男女生 → 男生, 女生), longest first as the lexicon lists them. */
    private final Lexicon pairedParts = Lexicon.load("statement/paired-parts.txt");

    /** Splits a subject naming several complete indicators ({@code A率和B率}, {@code A、B、C均}) for one value. */
    public List<String> shared(String subject, boolean distributive) {
        List<String> parts = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (String p : subject.split("、")) {
            // A率和B率和C比例: a list joined by 和 more than once, each item a measure
            List<String> joined = new ArrayList<>();
            String rest = p;
            int at;
            while ((at = lastConjunction(rest)) > 0 && endsWithHead(rest.substring(at + 1)) && endsWithHead(rest.substring(0, at))
                    && lastConjunction(rest.substring(0, at)) > 0) {
                joined.add(0, rest.substring(at + 1));
                rest = rest.substring(0, at);
            }
            pieces.add(rest);
            pieces.addAll(joined);
        }
        for (String p : pieces) {
            int at = lastConjunction(p);
            String[] parallel = at > 0 ? parallelConjuncts(p.substring(0, at), p.substring(at + 1)) : null;
            if (at > 0 && endsWithHead(p.substring(0, at)) && endsWithHead(p.substring(at + 1))) {
                parts.add(p.substring(0, at));
                parts.add(p.substring(at + 1));
            } else if (parallel != null) {
                parts.add(parallel[0]);
                parts.add(parallel[1]);
            } else if (distributive && at > 0) {
                // 流脑和乙脑疫苗: the coordinated modifiers share the noun after the second
                String left = p.substring(0, at), right = p.substring(at + 1);
                List<Term> rt = seg(right);
                String noun = rt.isEmpty() ? "" : rt.get(rt.size() - 1).word;
                if (noun.length() >= 2 && !left.endsWith(noun) && !endsWithHead(right)) left = left + noun;
                parts.add(left);
                parts.add(right);
            } else {
                parts.add(p);
            }
        }
        if (parts.size() < 2) return List.of(subject);
        boolean allComplete = parts.stream().allMatch(this::endsWithHead);
        if (!distributive && !allComplete) return List.of(subject);
        return complete(parts, false);
    }

    /**
     * Two conjuncts ending in the same word, the second followed by what both share ({@code 甲类补贴和乙类补贴目标人群
     * 覆盖率} → 甲类补贴目标人群覆盖率, 乙类补贴目标人群覆盖率); null when they are no such pair. Conjuncts ending
     * differently ({@code 眼保健和视力检查覆盖率}) are one indicator's parts.
     */
    private String[] parallelConjuncts(String left, String right) {
        if (left.length() < 4 || endsWithHead(left)) return null;
        String ending = left.substring(left.length() - 2);
        if (!isHan(ending.charAt(0)) || !isHan(ending.charAt(1))) return null;
        int at = right.indexOf(ending);
        if (at < 2) return null;
        String tail = right.substring(at + 2);
        if (tail.length() < 2 || !endsWithHead(tail)) return null;
        return new String[] {left + tail, right};
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }

    /**
     * The items completed with what they share; {@code valueEach}: each item has a value of its own (分别 and as many
     * values as items), so parallel words share the rest of the last item whatever it ends with (小学、初中班额).
     */
    private List<String> complete(List<String> parts, boolean valueEach) {
        String last = parts.get(parts.size() - 1);
        String head = headWord(last);
        // parallel modifiers (城市和农村社区儿童之家覆盖率, 小学生、初中生、高中生近视率) share all that follows the last
        String shared = restOfLevels(parts);
        if (shared.isEmpty()) shared = parallelRest(parts, valueEach);
        if (shared.isEmpty()) shared = sharedTail(parts);
        if (shared.isEmpty()) shared = restOfShortItems(parts);
        if (shared.isEmpty()) shared = tailAfterEndings(parts, head);
        if (!shared.isEmpty()) head = shared;
        String population = populationPrefix(parts.get(0));
        String qualifier = qualifierOfBareRates(parts);
        if (qualifier != null) population = qualifier;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = trim(parts.get(i));
            if (p.isEmpty()) return List.of();
            if (qualifier != null && i > 0) {
                out.add(qualifier + p);
                continue;
            }
            if (i < parts.size() - 1 && !head.isEmpty() && !endsWithHead(p)) p = p + head;
            // an item that opens as the population does has a qualifier of its own (小学…率和小学升学率)
            if (i > 0 && population != null && !hasPopulation(p) && !p.startsWith(population.substring(0, 2))) {
                p = population + p;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * What the first item measures its rate of, when every later item is a bare rate of as many characters as the
     * first's own ({@code 新生儿听力障碍筛查率、诊断率、干预率} → 新生儿听力障碍); null otherwise.
     */
    private static String qualifierOfBareRates(List<String> parts) {
        String first = parts.get(0).strip();
        int n = parts.get(1).strip().length();
        if (n < 3 || n > 4 || first.length() < n + 2 || !first.endsWith("率")) return null;
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i).strip();
            if (p.length() != n || !p.endsWith("率") || !allHan(p)) return null;
        }
        String qualifier = first.substring(0, first.length() - n);
        // 学龄儿童贫血患病率和低体重率: a cut through a word (贫|血) leaves no qualifier; the first item's own rate is
        // longer than the others'
        return allHan(qualifier) && endsAWord(first, qualifier.length()) ? qualifier : null;
    }

    /** Whether HanLP's words of {@code s} have a boundary at {@code at}. */
    private static boolean endsAWord(String s, int at) {
        int i = 0;
        for (Term t : seg(s)) {
            if (i == at) return true;
            if (i > at) return false;
            i += t.word.length();
        }
        return i == at;
    }

    /** The characters of the levels of government (省、市、县级…). */
    private static final String LEVELS = "省市县区乡镇村";

    /**
     * What follows the level in a list of levels ({@code 省、市、县级妇幼保健机构达标比例} → 级妇幼保健机构达标比例):
     * every earlier item is a level's one character, and the last opens with one and 级; "" otherwise.
     */
    private static String restOfLevels(List<String> parts) {
        int earlier = parts.size() - 1;
        for (int i = 0; i < earlier; i++) {
            String p = parts.get(i).strip();
            if (p.length() != 1 || LEVELS.indexOf(p.charAt(0)) < 0) return "";
        }
        String last = parts.get(earlier).strip();
        return last.length() > 4 && LEVELS.indexOf(last.charAt(0)) >= 0 && last.charAt(1) == '级' ? last.substring(1) : "";
    }

    /**
     * What follows the last item's first word in a list of short names of things ({@code 脊灰、百白破、乙肝疫苗接种率}
     * → 疫苗接种率; {@code 县委、县政府领导班子…比例} → 领导班子…比例): every earlier item is two to four Chinese
     * characters and names no measure, the last opens with such a word, and a list of two opens alike; "" otherwise.
     */
    private String restOfShortItems(List<String> parts) {
        int earlier = parts.size() - 1;
        for (int i = 0; i < earlier; i++) {
            String p = trim(parts.get(i));
            // 孕产妇艾滋病、梅毒、乙肝感染…的比例: the first item is measured without the population it opens with
            int length = i == 0 ? ownLength(p) : p.length();
            if (length < 2 || length > 4 || endsWithHead(p) || !allHan(p)) return "";
        }
        String last = trim(parts.get(earlier));
        if (!endsWithHead(last)) return "";
        List<Term> terms = seg(last);
        if (terms.size() < 3) return "";
        String first = terms.get(0).word;
        if (first.length() < 2 || first.length() > 4 || !allHan(first)) return "";
        // two items share the rest only when they open alike, as bodies of one place do (县委、县政府…)
        if (earlier < 2) {
            for (int i = 0; i < earlier; i++) if (trim(parts.get(i)).charAt(0) != first.charAt(0)) return "";
        }
        String rest = last.substring(first.length());
        return endsWithHead(rest) && rest.length() > 2 ? rest : "";
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) return false;
        }
        return true;
    }

    /** The length of a first item without the population it opens with (宫颈癌 of 妇女宫颈癌), which the others share. */
    private int ownLength(String first) {
        String population = populationPrefix(first);
        return population != null && first.length() - population.length() >= 2 ? first.length() - population.length()
                : first.length();
    }

    /**
     * What follows the last item's first word when every earlier item is as long as that word, else ""; the first
     * item is measured without the population it opens with ({@code 妇女宫颈癌、乳腺癌筛查率}).
     */
    private String parallelRest(List<String> parts, boolean valueEach) {
        // the earlier items are compared with one another first: most lists fail there, before HanLP is asked
        int earlier = parts.size() - 1;
        int n = earlier > 0 ? ownLength(trim(parts.get(0))) : -1;
        for (int i = 0; i < earlier; i++) {
            String p = trim(parts.get(i));
            if ((i == 0 ? n : p.length()) != n || endsWithHead(p)) return "";
        }
        String last = trim(parts.get(earlier));
        // the rest is a tail of the last item and must end in a head word: without one, HanLP is not asked; where
        // each item has its value, one-word items of Chinese characters (小学、初中班额) share any rest
        boolean headless = valueEach && !endsWithHead(last) && earlierAreWords(parts, n);
        if (!endsWithHead(last) && !headless) return "";
        if (headless) {
            // the last item's own part is a word as long as the others (初中 of 初中班额, which HanLP reads 初|中班|额)
            String own = last.substring(0, Math.min(n, last.length())), rest = last.substring(own.length());
            return rest.length() >= 2 && allHan(rest) && allHan(own) && seg(own).size() == 1 ? rest : "";
        }
        List<Term> terms = seg(last);
        if (terms.size() < 2) return "";
        int firstWord = terms.get(0).word.length();
        if (firstWord < 2 || earlier > 0 && firstWord != n) return "";
        String rest = last.substring(firstWord);
        return endsWithHead(rest) ? rest : "";
    }

    /** Whether every earlier item is one word of {@code n} (2 to 4) Chinese characters, as HanLP reads it. */
    private boolean earlierAreWords(List<String> parts, int n) {
        if (n < 2 || n > 4) return false;
        for (int i = 0; i < parts.size() - 1; i++) {
            String p = trim(parts.get(i));
            if (!allHan(p) || seg(p).size() != 1) return false;
        }
        return true;
    }

    /**
     * The words after the last item that every item shares ({@code 普通高等教育、研究生和成人高等教育在校生中女生所占比例}
     * → 在校生中女生所占比例), where the earlier items end in no head word: the last item is cut at the word
     * boundary that leaves its own part nearest in length to the earlier items; "" when no cut leaves a named tail.
     */
    private String sharedTail(List<String> parts) {
        int earlier = parts.size() - 1;
        if (earlier < 1) return "";
        double mean = 0;
        boolean numbered = false;
        for (int i = 0; i < earlier; i++) {
            String p = trim(parts.get(i));
            if (p.isEmpty() || endsWithHead(p)) return "";
            mean += p.length();
            numbered = Character.isDigit(p.charAt(0));
        }
        mean /= earlier;
        String last = trim(parts.get(earlier));
        // every tail is a tail of the last item, ending in a head word and carrying the population
        if (!endsWithHead(last) || !carriesPopulation(last)) return "";
        List<Term> terms = seg(last);
        String best = "";
        double bestGap = Double.MAX_VALUE;
        int at = 0;
        for (int i = 0; i < terms.size() - 1; i++) {
            at += terms.get(i).word.length();
            String rest = last.substring(at);
            if (!endsWithHead(rest) || rest.length() < 2) continue;
            // the cut leaves an own part of the earlier items' shape (3岁 beside 7岁, not 5岁 beside 婴儿), and a
            // tail that carries the population measured (在校生中女生所占比例), not a bare qualifier of the rate
            if (Character.isDigit(last.charAt(0)) != numbered || !carriesPopulation(rest)) continue;
            double gap = Math.abs(at - mean);
            if (gap < bestGap) {
                bestGap = gap;
                best = rest;
            }
        }
        // the own part of the last item is about as long as the others' (研究生 beside 成人高等教育)
        return bestGap <= Math.max(2, mean) ? best : "";
    }

    /**
     * The words after the last item's own part, where that part ends as an earlier item does ({@code 乙肝疫苗全程、
     * 五苗全程合格接种率}: the own part ends in 全程, so 合格接种率 is shared); "" when no earlier ending is found in
     * the last item or the words after it are no longer than its head word.
     */
    private String tailAfterEndings(List<String> parts, String head) {
        int earlier = parts.size() - 1;
        if (earlier < 1 || head.isEmpty()) return "";
        String last = trim(parts.get(earlier));
        int cut = -1;
        for (int i = 0; i < earlier; i++) {
            String p = trim(parts.get(i));
            // an ending is the item's last two characters, where the item is longer than that: 全程, 疫苗
            if (p.length() < 3 || endsWithHead(p)) return "";
            String ending = p.substring(p.length() - 2);
            if (!isHan(ending.charAt(0)) || !isHan(ending.charAt(1))) continue;
            int at = last.lastIndexOf(ending);
            if (at >= 0) cut = Math.max(cut, at + 2);
        }
        // the own part is two characters or more, and the tail is more than the head word
        if (cut < 2) return "";
        String tail = last.substring(cut);
        return tail.length() > head.length() && endsWithHead(tail) ? tail : "";
    }

    private boolean carriesPopulation(String tail) {
        return tail.indexOf('中') >= 0 || hasPopulation(tail);
    }

    private String headWord(String item) {
        // the terms are the item's own characters (HanLP normalises none by default), the last ending it: an item
        // ending in no head word has none
        if (!com.hankcs.hanlp.HanLP.Config.Normalization && !endsWithHead(item)) return "";
        List<Term> terms = seg(item);
        if (terms.isEmpty()) return "";
        String w = terms.get(terms.size() - 1).word;
        return endsWithHead(w) ? w : "";
    }

    private String populationPrefix(String first) {
        int best = -1;
        for (String p : populations) {
            int at = first.lastIndexOf(p);
            if (at >= 0) best = Math.max(best, at + p.length());
        }
        return best > 0 && best < first.length() ? first.substring(0, best) : null;
    }

    boolean hasPopulation(String s) {
        for (String p : populations) {
            if (s.contains(p)) return true;
        }
        return false;
    }

    boolean endsWithHead(String s) {
        for (String h : heads) {
            if (s.endsWith(h)) return true;
        }
        return false;
    }

    /** The offset of the last 和 / 及 / 与 that HanLP reads as a conjunction outside brackets, or -1. */
    private static int lastConjunction(String s) {
        if (s.indexOf('和') < 0 && s.indexOf('及') < 0 && s.indexOf('与') < 0) return -1;
        List<Term> terms = seg(s);
        int at = s.length(), depth = 0;
        for (int i = terms.size() - 1; i >= 0; i--) {
            String w = terms.get(i).word;
            at -= w.length();
            if (w.contains(")") || w.contains("）")) depth++;
            if (w.contains("(") || w.contains("（")) depth--;
            String n = terms.get(i).nature == null ? "" : terms.get(i).nature.toString();
            if (depth == 0 && at > 0 && w.length() == 1 && "和及与".contains(w) && n.startsWith("c")) return at;
        }
        return -1;
    }

    /** A list item's number: 3、 3. 3• 3） (3) （三） 三、, not a decimal point (1.5岁). */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:、|\\.(?!\\d)|．|•|·|\\)|）)"
                    + "|[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\\s*");
    private static final Pattern WIRE = Pattern.compile("[^，,。；\\s]{1,16}?(?:报讯|网讯|日讯|日电|台讯|社讯)\\s*");
    private static final String LIST_LABEL_OPENINGS = "0123456789一二三四五六七八九十(（";

    /** True when {@code s} opens with the name of a body that a frame word opens (全国人大…). */
    private boolean opensWithBody(String s) {
        for (String o : organisations) {
            if (s.startsWith(o)) return true;
        }
        return false;
    }

    private String trim(String s) {
        // the wire's dateline and a body's name are looked for only where their characters stand
        boolean wired = s.length() > 4 && (s.indexOf('讯') > 0 || s.indexOf('电') > 0);
        String prev;
        do {
            prev = s;
            s = stripEdges(s);
            if (s.isEmpty()) break;
            for (String w : predicatesByLast.getOrDefault(s.charAt(s.length() - 1), List.of())) {
                if (s.endsWith(w)) {
                    // 服务青年, 不良行为: a word of its own that ends with the predicate's character stays whole
                    if (w.length() == 1 && endsWithKept(s)) break;
                    s = s.substring(0, s.length() - w.length());
                    break;
                }
            }
            if (s.isEmpty()) break;
            // 10、农村住院分娩率, 2•孕产妇死亡率, （三）…: a list's number glued to the item it opens
            if (LIST_LABEL_OPENINGS.indexOf(s.charAt(0)) >= 0) {
                Matcher label = LIST_LABEL.matcher(s);
                if (label.lookingAt() && label.end() < s.length()) s = s.substring(label.end());
            }
            // 某晚报讯 某区…, 某网北京6月1日电: a wire's dateline opening the lead
            if (wired && s.length() > 4) {
                Matcher wire = WIRE.matcher(s);
                if (wire.lookingAt() && wire.end() < s.length()) s = s.substring(wire.end());
            }
            if (s.charAt(0) == '全' && opensWithBody(s)) break;
            for (String w : leadingByFirst.getOrDefault(s.charAt(0), List.of())) {
                if (s.startsWith(w)) {
                    // 新建或改造某公园, 新建改扩建幼儿园: a verb paired with another is what is counted, and stays
                    if (PAIRED_VERB.matcher(s).region(w.length(), s.length()).lookingAt()) break;
                    // 巩固率: a word that opens a measure's own name (巩固率, 实现率) stays
                    if (s.startsWith("率", w.length())) break;
                    // 及格率, 有效样本: a word of its own that opens with the leading word stays whole
                    if (w.length() == 1 && opensWithKept(s)) break;
                    s = s.substring(w.length());
                    break;
                }
            }
        } while (!s.equals(prev));
        return s;
    }

    /**
     * Cuts spaces, clause marks and quotes from both ends. Most names have none there, and the test of the two
     * ends is cheaper than the pattern; $ also matches before a final line separator, so such an end goes to it.
     */
    /** Words that open with a leading word but are words of their own (及格, 有效, 使用). */
    private static final List<String> KEPT_OPENINGS = Lexicon.load("statement/kept-openings.txt").words();

    /** Words that end with a one-character predicate but are words of their own (青年, 行为, 公约). */
    private static final List<String> KEPT_ENDINGS = Lexicon.load("statement/kept-endings.txt").words();

    private static boolean endsWithKept(String s) {
        for (String k : KEPT_ENDINGS) {
            if (s.endsWith(k)) return true;
        }
        return false;
    }

    private static boolean opensWithKept(String s) {
        for (String k : KEPT_OPENINGS) {
            if (s.startsWith(k)) return true;
        }
        return false;
    }

    /** A second verb of building paired with the one before it (新建或改造, 新建和改扩建, 新建改扩建). */
    private static final Pattern PAIRED_VERB = Pattern.compile("(?:或|和|及|与|、)?(?:改扩建|改建|扩建|改造|新建|续建)");
    /** A note's reference mark ({@code [4]}, {@code [12}), which a copy leaves after a name. */
    private static final Pattern NOTE_MARK = Pattern.compile("\\[\\d{1,2}\\]?");

    private static String stripEdges(String s) {
        if (s.isEmpty()) return s;
        if (s.indexOf('[') >= 0) s = NOTE_MARK.matcher(s).replaceAll("");
        if (s.isEmpty()) return s;
        // (市99.97%,县99.89%): a bracket that opens a breakdown and closes after its values is no part of a name
        if ((s.charAt(0) == '(' || s.charAt(0) == '（') && s.indexOf(')') < 0 && s.indexOf('）') < 0) s = s.substring(1);
        // a qualifier in brackets the name runs into is closed (在园幼儿(含学前班)); a note with a value in it
        // (出生人口性别比(以女孩为100)是…) names nothing and is cut off
        int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
        if (open > 0 && s.indexOf(')', open) < 0 && s.indexOf('）', open) < 0) {
            boolean value = false;
            for (int i = open + 1; i < s.length() && !value; i++) value = Character.isDigit(s.charAt(i));
            // a qualifier is a word or two; a longer note in brackets defines the measure, and is no part of its name
            s = value || open == s.length() - 1 || s.length() - open > 9 ? s.substring(0, open) : s + (s.charAt(open) == '(' ? ")" : "）");
        }
        if (s.isEmpty()) return s;
        char first = s.charAt(0), last = s.charAt(s.length() - 1);
        if (EDGE_CHARS.indexOf(first) < 0 && EDGE_CHARS.indexOf(last) < 0 && "\u0085\u2028\u2029".indexOf(last) < 0) {
            return s;
        }
        return EDGE.matcher(s).replaceAll("");
    }

    /** Whether a subject ends in an act whose people are counted (宫颈癌筛查, 孕产妇建卡), with more before it. */
    private boolean endsWithCountedAct(String s) {
        for (String act : countedActs) {
            if (s.length() > act.length() && s.endsWith(act)) return true;
        }
        return false;
    }

    private static boolean weakAtEnd(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return n.startsWith("v") && !n.equals("vn") || n.startsWith("p") || n.equals("a") || n.equals("ad") || n.startsWith("d") || n.startsWith("c")
                || n.startsWith("u") || n.startsWith("w") || n.startsWith("y") || n.startsWith("e");
    }

    private static boolean weakAtStart(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("w") || n.equals("d");
    }

    private static boolean isVerb(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        return n.equals("v") || n.equals("vi") || n.equals("vshi") || n.equals("vyou");
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
