package dev.zhibiao.compare;

import dev.zhibiao.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report's words: Chinese by default, English when asked; its structure the same in both. */
class HtmlReportTest {
    static Comparison cmp;
    static String zh, en;

    @BeforeAll
    static void report() {
        cmp = Comparison.gold(Corpus.bundled().documents()).against(Benchmarks.national()).againstOwnRegions();
        zh = cmp.toHtml();
        en = cmp.toHtml(ReportLanguage.EN);
    }

    @Test
    void chineseByDefault() {
        assertTrue(zh.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), "the page says it is Chinese: " + zh.substring(0, 80));
        for (String s : new String[]{"<title>规划目标对比：新华区、鹿城区、东莞市、大渡口区</title>", "<h1>儿童发展规划目标对比</h1>",
                "<h2>各规划对全国指标的采纳情况</h2>", "<h2>分指标对照</h2>", "<h2>一致性提示</h2>", "<h2>对照依据</h2>",
                "<th>判断</th>", "<th>理由</th>", ">更严格</span>", ">超前</span>", ">阶段目标不可比</span>",
                "2025年路径值", "越低越好", "已采纳", "class=\"tick\">更严格</text>"}) {
            assertTrue(zh.contains(s), "the Chinese page holds " + s);
        }
    }

    @Test
    void englishWhenAsked() {
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), "the page says it is English");
        for (String s : new String[]{"<h1>Child-development plan targets compared</h1>",
                "<h2>Targets against the benchmarks, by indicator</h2>", "<th>verdict</th>", ">stricter</span>",
                ">ahead</span>", ">interim, not comparable</span>", "lower is better", "class=\"tick\">stricter</text>"}) {
            assertTrue(en.contains(s), "the English page holds " + s);
        }
    }

    @Test
    void figuresAPlanCitesAreNamedInTheReadersWords() {
        var plan = Plans.plan("东湖区", 2021, 2030, Targets.t("新生儿死亡率", "2025:<=2‰"),
                Targets.t("新生儿死亡率", "2025:2.5‰", dev.zhibiao.model.Kind.TARGET, dev.zhibiao.model.Scope.PROVINCIAL));
        Comparison c = Comparison.of(plan).againstOwnRegions();
        assertTrue(c.toHtml().contains("<b>东湖区规划所引江南省目标</b> — 规划引用，1项目标，至2030年"), "Chinese footer");
        assertTrue(c.toHtml().contains("<b>江南省</b>（规划所引）"), "Chinese lead");
        assertTrue(c.toHtml(ReportLanguage.EN).contains("<b>江南省 as cited by 东湖区</b> — cited, 1 targets, to 2030"),
                "English footer");
    }

    /**
     * Every word a Chinese reader sees is Chinese: text outside tags and styles holds no English words (capital
     * abbreviations such as a plan's AAA are data).
     */
    @Test
    void theChinesePageShowsNoEnglishWords() {
        Set<String> english = englishWords(zh);
        english.removeAll(Set.of("JSON", "CSV"));
        assertEquals(Set.of(), english, "English words shown on the Chinese page");
    }

    @Test
    void bothLanguagesShowTheSameRowsAndCharts() {
        for (String tag : new String[]{"<svg", "<tr>", "<article", "class=\"matrix\"", "<circle"}) {
            assertEquals(count(zh, tag), count(en, tag), "as many " + tag + " in both languages");
        }
        assertTrue(count(zh, "<svg") > 10, "charts drawn");
        for (String page : new String[]{zh, en}) {
            assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script"),
                    "no network references and no scripts in the page");
        }
    }

    @Test
    void interimTargetsShowThePathTheyAreJudgedBy() {
        assertTrue(zh.contains("−20% (2030)<br><span class=\"path\">2025年路径值−10%</span>"),
                "新华区's 2025 injury target shows the outline's 2025 path point");
        assertTrue(zh.contains("stroke=\"#888\" stroke-width=\"3\"><title>2025年路径值10</title>"),
                "and the chart marks it");
    }

    private static Set<String> englishWords(String html) {
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("&[a-z]+;|&#\\d+;", " ");
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
