package dev.zhibiao.extract;

import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bound word of the vocabulary is accepted by every rule that reads bound words: before a count, after a
 * list's conjunction before another count, before a share of a population, and between a change verb and its
 * number. Every change verb is accepted by every rule that reads change verbs: a change stated as a goal, a
 * change done in a report ({@code 下降了12%}), and the end of a from–to ({@code 由2020年的5‰下降为4‰}). A word
 * added to {@code number/prefix-comparators.txt} or {@code statement/change-verbs.txt} is proved here in each
 * place at once.
 */
class VocabularyTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static Stream<String> boundWords() {
        // one-character words (约, 近, 超) bind only right before a number and are read in the statement specs
        return Vocabulary.bounds().words().stream()
                .filter(w -> w.length() >= 2 && w.codePoints().allMatch(Character::isIdeographic));
    }

    private static List<Target> plan(String text) {
        Region district = Region.of("某区", Level.DISTRICT, Region.of("某省", Level.PROVINCE));
        return EXTRACTOR.extract(new Document("t", "t", district, new Period(2021, 2030), DocumentType.PLAN, null,
                text)).records();
    }

    private static String show(List<Target> rs) {
        return String.join(" ; ", rs.stream().map(t -> t.indicator() + " " + t.valueText()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundWords")
    void everyRuleReadingBoundsAcceptsEveryBoundWord(String w) {
        String c = Bound.of(Vocabulary.bounds().value(w)).symbol();
        String count = "每名学生掌握运动技能" + w + "2项。";
        assertEquals("每名学生掌握运动技能项数 " + c + "2项", show(plan(count)), () -> "reading " + count);
        String listed = "每名学生掌握1—2项运动技能和" + w + "1项艺术特长。";
        assertEquals("每名学生掌握运动技能项数 1–2项 ; 艺术特长项数 " + c + "1项", show(plan(listed)), () -> "reading " + listed);
        String shares = w + "90%的城市社区和" + w + "80%的农村社区建立家长学校。";
        assertEquals("城市社区建立家长学校比例 " + c + "90% ; 农村社区建立家长学校比例 " + c + "80%", show(plan(shares)),
                () -> "reading " + shares);
        String change = "儿童青少年近视率每年降低" + w + "0.5个百分点。";
        assertEquals("儿童青少年近视率 每年−" + c + "0.5个百分点", show(plan(change)), () -> "reading " + change);
    }

    static Stream<String> changeVerbs() {
        return Stream.of(Vocabulary.verbWords().split("\\|"));
    }

    private static List<Target> report(String text) {
        Region district = Region.of("某区", Level.DISTRICT, Region.of("某省", Level.PROVINCE));
        return EXTRACTOR.extract(new Document("r", "r", district, new Period(2024, 2024), DocumentType.MONITORING_REPORT,
                null, text)).records();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changeVerbs")
    void everyRuleReadingChangeVerbsAcceptsEveryChangeVerb(String v) {
        String sign = Vocabulary.changeVerbs().value(v).equals("increase") ? "+" : "−";
        String goal = "儿童青少年近视率每年" + v + "0.5个百分点。";
        assertEquals("儿童青少年近视率 每年" + sign + "0.5个百分点", show(plan(goal)), () -> "reading " + goal);
        String done = "婴儿死亡率" + v + "了12%。";
        List<Target> r = report(done);
        assertEquals(1, r.size(), () -> "reading " + done + ": " + r);
        assertEquals("婴儿死亡率 " + sign + "12% change", r.get(0).indicator() + " " + r.get(0).valueText() + " "
                + r.get(0).kind().code(), () -> "reading " + done);
        String fromTo = "2023年，婴儿死亡率由2020年的5‰" + v + "为4‰。";
        List<Target> f = report(fromTo);
        assertEquals(2, f.size(), () -> "reading " + fromTo + ": " + f);
        assertEquals(2020, f.get(0).year(), () -> "the starting value's year, reading " + fromTo);
        assertEquals(2023, f.get(1).year(), () -> "the end value takes the sentence's year, reading " + fromTo);
    }

    static Stream<String> comparedGroups() {
        return Stream.of(Vocabulary.comparedGroups().split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparedGroups")
    void everyRuleReadingGapsToAGroupAcceptsEveryGroup(String group) {
        for (String gap : List.of("2024年，某类儿童贫血患病率为3.5%，低于" + group + "1.2个百分点。",
                "2024年，某类儿童贫血患病率为3.5%，比" + group + "低1.2个百分点。")) {
            List<Target> r = report(gap);
            assertEquals(2, r.size(), () -> "reading " + gap + ": " + r);
            Target t = r.get(1);
            assertEquals("某类儿童贫血患病率 −1.2个百分点 change =", t.indicator() + " " + t.valueText() + " " + t.kind().code()
                    + " " + t.comparator().symbol(), () -> "the gap is a change of the measure, downward, reading " + gap);
        }
    }

    static Stream<String> gapVerbs() {
        return Vocabulary.gapVerbs().words().stream();
    }

    /** Every gap verb names the measure before it and gives the gap its way, to a level, a goal or a group alike. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gapVerbs")
    void everyRuleReadingGapsAcceptsEveryGapVerb(String verb) {
        String sign = Vocabulary.gapVerbs().value(verb).equals("increase") ? "+" : "−";
        for (String gap : List.of("2024年，某类儿童贫血患病率为3.5%，" + verb + "全省平均水平1.2个百分点。",
                "2024年，某类儿童贫血患病率为3.5%，" + verb + "规划目标1.2个百分点。",
                "2024年，某类儿童贫血患病率为3.5%，" + verb + "农村1.2个百分点。")) {
            List<Target> r = report(gap);
            assertEquals(2, r.size(), () -> "reading " + gap + ": " + r);
            Target t = r.get(1);
            assertEquals("某类儿童贫血患病率 " + sign + "1.2个百分点 change", t.indicator() + " " + t.valueText() + " "
                    + t.kind().code(), () -> "the gap is a change of the measure, reading " + gap);
        }
    }

    static Stream<String> lastYearWords() {
        return Vocabulary.lastYear().words().stream();
    }

    /**
     * Every word for last year is a baseline in every rule comparing with it: the change after it is of the measure
     * before it and is compared with the year before the report's, whether written 比, 较 or 与…相比; a level that is
     * a multiple of it is a change too; and none of the word is left in the name.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lastYearWords")
    void everyRuleComparingWithLastYearAcceptsEveryWord(String word) {
        for (String change : List.of("2024年，某类儿童体检率为93.5%，比" + word + "提高1.2个百分点。",
                "2024年，某类儿童体检率为93.5%，较" + word + "提高1.2个百分点。",
                "2024年，某类儿童体检率为93.5%，与" + word + "相比提高1.2个百分点。")) {
            List<Target> r = report(change);
            assertEquals(2, r.size(), () -> "reading " + change + ": " + r);
            Target t = r.get(1);
            assertEquals("某类儿童体检率 +1.2个百分点 change 2023", t.indicator() + " " + t.valueText() + " "
                    + t.kind().code() + " " + t.baselineYear(), () -> "a change against last year, reading " + change);
        }
        String multiple = "2024年，某类儿童之家服务人次为3.6万人次，是" + word + "的1.2倍。";
        List<Target> r = report(multiple);
        Target last = r.get(r.size() - 1);
        assertEquals("某类儿童之家服务人次 +1.2倍 change 2023", last.indicator() + " " + last.valueText() + " "
                + last.kind().code() + " " + last.baselineYear(), () -> "reading " + multiple + ": " + r);
    }

    static Stream<String> measureWords() {
        return Lexicon.load("number/measure-words.txt").words().stream();
    }

    private static String read(Target t) {
        return t.valueText();
    }

    /**
     * Every measure word is accepted by every rule that reads a unit: a count, a count in 万, a range, a bound
     * before and after it, a list whose last number carries the unit for all, and the deadline rule, which
     * skips a span after 后 ending in 内 only when the unit is marked as time.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("measureWords")
    void everyRuleReadingUnitsAcceptsEveryMeasureWord(String u) {
        String count = "到2025年，儿童服务站点达到12" + u + "。";
        List<Target> c = plan(count);
        assertEquals("12" + u + " 12.0 " + u, c.size() == 1 ? read(c.get(0)) + " " + c.get(0).value() + " "
                + c.get(0).unit().symbol() : String.valueOf(c), () -> "reading " + count);
        String wan = "到2025年，儿童服务站点达到1.2万" + u + "。";
        List<Target> w = plan(wan);
        assertEquals("万" + u, w.size() == 1 ? w.get(0).unit().symbol() : String.valueOf(w), () -> "reading " + wan);
        String range = "到2025年，儿童服务站点保持在12—15" + u + "。";
        List<Target> r = plan(range);
        assertEquals("12.0–15.0 " + u, r.size() == 1 ? r.get(0).low() + "–" + r.get(0).high() + " "
                + r.get(0).unit().symbol() : String.valueOf(r), () -> "reading " + range);
        String before = "到2025年，儿童服务站点不少于12" + u + "。";
        assertEquals(">=12" + u, show1(plan(before)), () -> "reading " + before);
        String after = "到2025年，儿童服务站点达到12" + u + "以上。";
        assertEquals(">=12" + u, show1(plan(after)), () -> "reading " + after);
        String list = "到2025年，儿童之家和儿童服务站点分别达到12和15" + u + "。";
        List<Target> l = plan(list);
        assertEquals("12" + u + " ; 15" + u, String.join(" ; ", l.stream().map(VocabularyTest::read).toList()),
                () -> "reading " + list);
        String deadline = "发现问题后12" + u + "内报告。";
        boolean time = Lexicon.load("number/measure-words.txt").value(u).equals("time");
        var x = EXTRACTOR.extract(new Document("t", "t", Region.of("某区", Level.DISTRICT, Region.of("某省", Level.PROVINCE)),
                new Period(2021, 2030), DocumentType.PLAN, null, deadline));
        assertEquals(time, x.records().isEmpty() && x.skipped().stream().anyMatch(k -> k.rule().equals("skip:deadline")),
                () -> "reading " + deadline + " with " + (time ? "a time unit" : "no time unit") + ": " + x.records()
                        + " " + x.skipped());
    }

    private static String show1(List<Target> rs) {
        return rs.size() == 1 ? read(rs.get(0)) : String.valueOf(rs);
    }
}
