package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.extract.scan.WordScan;
import dev.zhibiao.model.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds benchmark citations inside a line of a plan ({@code （国纲目标为“…”，河南省目标为…）}) and says
 * whose number stands where: from a citation word to the next one or to the bracket that closes around it.
 */
public final class ScopeReader {
    private static final String OWN = "全本我该";
    private final Pattern marker;
    private final Lexicon words = Lexicon.load("statement/scope-markers.txt");
    private final WordScan citations;
    /** How many characters of a region's name may stand before 省 or 市 in a marker. */
    private static final int NAME_BEFORE = 3;

    public ScopeReader() {
        citations = WordScan.of(words.words());
        marker = Pattern.compile("(?:[\\u4e00-\\u9fff]{0," + NAME_BEFORE + "}(?=省|市))?(" + words.alternation() + ")"
                + "(?:(?:\\s*(?:19|20)\\d{2}\\s*年|“[^”]{1,8}”)?(?:的)?目标(?:值)?(?:为|是|：|:)?"
                // 《中国儿童发展纲要(…)》提出的…控制在10‰以下的目标: the goals a document is cited as setting
                // 《中国儿童发展纲要2011年~2020年》: the period may stand without its brackets
                + "|[^《》，。；\\d]{0,16}?(?:\\((?:19|20)\\d{2}[^()]{0,8}\\)"
                + "|(?:19|20)\\d{2}\\s*年?\\s*[-—–~～至到]{1,2}\\s*(?:19|20)\\d{2}\\s*年?)?》?\\s*(?:中)?(?:提出|确定|规定|明确|设定)的)");
    }

    /** A stretch [start, end) of a line whose numbers belong to {@code scope}. */
    public record Stretch(int start, int end, Scope scope) {
    }

    /**
     * A bracketed aside giving a wider area's figure beside the document's own ({@code （全国为4.5‰）},
     * {@code （全省平均为3.9‰）}): the area's word in group 1.
     */
    public static final Pattern BENCHMARK_ASIDE = Pattern.compile(
            "[(（]\\s*(全国|国家|全省|全市)(?:平均)?(?:水平)?(?:为|是|：|:)?\\s*[\\d.]+(?:/10万|/万)?[^()（），。；\\d]{0,6}[)）]");

    /**
     * The bracketed benchmark asides of {@code text}[from, to) as stretches of the wider area's scope; an area no
     * wider than the document's own ({@code 全省} in a province's document) is left out.
     */
    public static List<Stretch> benchmarkAsides(CharSequence text, int from, int to, dev.zhibiao.model.Level own) {
        List<Stretch> out = new ArrayList<>();
        boolean bracket = false;
        for (int i = from; i < to && !bracket; i++) bracket = text.charAt(i) == '(' || text.charAt(i) == '（';
        if (!bracket || own == null || own == dev.zhibiao.model.Level.NATIONAL) return out;
        Matcher m = BENCHMARK_ASIDE.matcher(text).region(from, to);
        while (m.find()) {
            String area = m.group(1);
            Scope scope = area.equals("全国") || area.equals("国家") ? Scope.NATIONAL
                    : area.equals("全省") ? (own == dev.zhibiao.model.Level.PROVINCE ? null : Scope.PROVINCIAL)
                    : own == dev.zhibiao.model.Level.PROVINCE || own == dev.zhibiao.model.Level.CITY ? null : Scope.CITY;
            if (scope != null) out.add(new Stretch(m.start(), m.end(), scope));
        }
        return out;
    }

    /** The cited stretches of {@code text}[from, to); numbers outside them are the document's own. */
    public List<Stretch> read(CharSequence text, int from, int to) {
        List<Stretch> out = new ArrayList<>();
        if (!mentionsGoal(text, from, to)) return out;
        List<int[]> starts = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        for (MatchResult m : markers(text, from, to)) {
            // 全市目标, 本省目标: the document's own goal, not a citation
            if (OWN.indexOf(text.charAt(m.start())) >= 0 || m.start() > 0 && OWN.indexOf(text.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            // 建设儿童友好城市目标: 城市 is a city in general, not a city's goal
            if (m.group(1).startsWith("市") && m.start(1) > 0 && text.charAt(m.start(1) - 1) == '城') continue;
            starts.add(new int[] {m.start(1), m.end()});
            scopes.add(Scope.of(words.value(m.group(1))));
        }
        for (int i = 0; i < starts.size(); i++) {
            int s = starts.get(i)[0];
            int end = closingBracket(text, s, to);
            if (i + 1 < starts.size()) end = Math.min(end, starts.get(i + 1)[0]);
            out.add(new Stretch(s, end, scopes.get(i)));
        }
        return out;
    }

    /**
     * The markers in {@code text}[from, to), as {@code marker.matcher(text).region(from, to)} finds them one after
     * another. A marker holds a citation word at most three characters after its start (the name before 省 or 市),
     * so it is tried only at the three characters before each place a word opens at, and there: the optional name
     * made the pattern costly at every other position of a line.
     */
    List<MatchResult> markers(CharSequence text, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        String s = text.toString();
        Matcher m = marker.matcher(s);
        // untried: the first start not tried yet; starts are tried in order, so the first match is the leftmost
        int untried = from;
        for (WordScan.Hit word = citations.find(s, from); word != null && word.start() < to; ) {
            int matched = -1;
            for (int at = Math.max(untried, word.start() - NAME_BEFORE); at <= word.start(); at++) {
                if (m.region(at, to).lookingAt()) {
                    matched = m.end();
                    break;
                }
            }
            if (matched >= 0) {
                out.add(m.toMatchResult());
                untried = matched;
            } else {
                untried = word.start() + 1;
            }
            word = citations.find(s, untried);
        }
        return out;
    }

    Pattern marker() {
        return marker;
    }

    /** Every citation word ends in 目标; a line without it has none. */
    private static boolean mentionsGoal(CharSequence text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '目' && text.charAt(i + 1) == '标') return true;
        }
        return false;
    }

    /**
     * Where the bracket open before {@code at} closes; with none open, where the sentence ends (围绕纲要目标开展工作。
     * names no figure of the sentences after it), or {@code to}.
     */
    private static int closingBracket(CharSequence text, int at, int to) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && at - i < 200; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') depth++;
            else if (c == '(' || c == '（') {
                if (depth == 0) {
                    int d = 0;
                    for (int j = at; j < to; j++) {
                        char x = text.charAt(j);
                        if (x == '(' || x == '（') d++;
                        else if (x == ')' || x == '）') {
                            if (d == 0) return j;
                            d--;
                        }
                    }
                    return to;
                }
                depth--;
            } else if (c == '\n') break;
        }
        for (int j = at; j < to; j++) {
            char x = text.charAt(j);
            if (x == '。' || x == '；' || x == '！' || x == '？') return j;
        }
        return to;
    }

    /** The text without its citation words ({@code 河南省目标为}), which name no indicator. */
    public String withoutMarkers(String text) {
        // Every marker ends in 目标: most texts hold none, and the pattern is costly to try at every position.
        if (!mentionsGoal(text, 0, text.length())) return text;
        return marker.matcher(text).replaceAll("");
    }

    /** The scope at {@code offset} given the stretches, {@code own} outside them. */
    public static Scope at(List<Stretch> stretches, int offset, Scope own) {
        for (Stretch s : stretches) {
            if (offset >= s.start() && offset < s.end()) return s.scope();
        }
        return own;
    }
}
