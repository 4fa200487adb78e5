package dev.zhibiao.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.compare.Targets.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outputs carry the same rows as the API, in shapes tools read. */
class ReportsTest {
    static Comparison cmp;

    @BeforeAll
    static void compare() {
        cmp = Comparison.gold(Corpus.bundled().documents()).against(Benchmarks.national()).againstOwnRegions();
    }

    @Test
    void csvIsTidyWithOneRowPerAssessment() {
        List<List<String>> rows = parseCsv(cmp.toCsv());
        assertEquals(cmp.assessments().size() + 1, rows.size(), "header plus one row per assessment");
        int width = rows.get(0).size();
        assertTrue(rows.stream().allMatch(r -> r.size() == width), "every row has " + width + " cells");
        List<String> header = rows.get(0);
        List<String> dongguan = rows.stream().filter(r -> r.get(0).equals("东莞市")
                && r.get(header.indexOf("plan_indicator")).equals("新生儿死亡率")
                && r.get(header.indexOf("benchmark")).equals("全国")).findFirst().orElseThrow();
        assertEquals("2", dongguan.get(header.indexOf("plan_value")), "plan value as a bare number");
        assertEquals("-1", dongguan.get(header.indexOf("difference")), "difference as a bare number");
        assertEquals("stricter", dongguan.get(header.indexOf("verdict")), "verdict code");
        assertEquals("path_value", header.get(header.size() - 1), "the path's value is the last column, after the "
                + "columns programs already read by position");
        assertTrue(dongguan.get(header.indexOf("benchmark_source")).startsWith("http"), "where the outline's figure is stated");
    }

    @Test
    void csvQuotesCellsHoldingCommasAndQuotes() {
        var plan = Plans.plan("东湖区", 2021, 2030, t("儿童\"友好\",社区", ">=5个"));
        String csv = Comparison.of(plan).against(Benchmarks.national()).toCsv();
        List<List<String>> rows = parseCsv(csv);
        assertEquals("儿童\"友好\",社区", rows.get(1).get(3), "round trip of a cell with a quote and a comma");
    }

    @Test
    void csvAndJsonCarryInterimCodesAndThePathsValue() throws Exception {
        List<List<String>> rows = parseCsv(cmp.toCsv());
        List<String> header = rows.get(0);
        List<String> injury = rows.stream().filter(r -> r.get(0).equals("新华区")
                && r.get(header.indexOf("plan_indicator")).equals("儿童伤害死亡率")
                && r.get(header.indexOf("year")).equals("2025")
                && r.get(header.indexOf("benchmark")).equals("全国")).findFirst().orElseThrow();
        assertEquals("ahead", injury.get(header.indexOf("verdict")), "verdict code of " + injury);
        assertEquals("10", injury.get(header.indexOf("path_value")), "half of the outline's 20% is due by 2025: " + injury);
        assertEquals("4", injury.get(header.indexOf("difference")), "14 against the path's 10: " + injury);
        assertTrue(injury.get(header.indexOf("reason")).contains("path"), "the reason stays English: " + injury);
        JsonNode root = Json.mapper().readTree(cmp.toJson());
        assertTrue(root.path("counts").has("on-track") && root.path("counts").has("interim"), "codes: " + root.path("counts"));
        boolean interim = false;
        for (JsonNode a : root.path("assessments")) {
            if (a.path("verdict").asText().equals("interim")) {
                interim = true;
                assertTrue(a.path("pathValue").isNull() && a.path("difference").isNull(), "no path, no difference: " + a);
            }
        }
        assertTrue(interim, "新华区's parent-school shares are interim");
    }

    @Test
    void jsonHoldsAssessmentsWarningsAndCoverage() throws Exception {
        JsonNode root = Json.mapper().readTree(cmp.toJson());
        assertEquals(cmp.assessments().size(), root.path("assessments").size(), "assessments");
        assertEquals(cmp.consistency().size(), root.path("warnings").size(), "warnings");
        assertEquals(1, root.path("coverage").size(), "one national benchmark's coverage");
        JsonNode first = root.path("assessments").get(0);
        assertTrue(first.path("plan").has("indicator") && first.has("verdict"), "records in the spec's fields: " + first);
    }

    @Test
    void markdownAndTextCarryTheSectionsInEnglish() {
        String md = cmp.toMarkdown(ReportLanguage.EN);
        assertTrue(md.startsWith("# Comparison of targets") && md.contains("## Coverage") && md.contains("### 新生儿死亡率")
                && md.contains("## Consistency") && md.contains("| stricter |"), "markdown sections: " + head(md));
        String text = cmp.toText(ReportLanguage.EN);
        assertTrue(text.startsWith("Comparison of 4 plans") && text.contains("stricter") && text.contains("Consistency"),
                "text summary and tables: " + head(text));
        assertTrue(cmp.byIndicator().toText(ReportLanguage.EN).contains("新生儿死亡率"), "byIndicator prints a table");
        assertTrue(cmp.coverage().get(0).toText(ReportLanguage.EN).contains("东莞市"), "coverage prints a table");
    }

    @Test
    void markdownAndTextAreChineseByDefault() {
        String md = cmp.toMarkdown();
        assertTrue(md.startsWith("# 规划目标对比") && md.contains("## 全国指标采纳情况") && md.contains("## 分指标判断")
                && md.contains("## 一致性提示") && md.contains("| 更严格 |") && md.contains("| 地区 | 年份 |"),
                "markdown in Chinese: " + head(md));
        String text = cmp.toString();
        assertEquals(cmp.toText(ReportLanguage.ZH), text, "toString is the Chinese text report");
        assertTrue(text.startsWith("4个规划（新华区、鹿城区、东莞市、大渡口区）对照全国") && text.contains("更严格")
                && text.contains("一致性提示") && text.contains("判断") && text.contains("越低越好"),
                "text summary, tables and reasons in Chinese: " + head(text));
        assertTrue(!text.contains("STRICTER") && !text.contains("lower is better") && !text.contains("horizon"),
                "no English verdicts or reasons: " + head(text));
        assertTrue(cmp.byIndicator().toString().startsWith(cmp.byIndicator().groups().size() + "个指标"),
                "byIndicator prints itself in Chinese");
        assertTrue(cmp.progress().toString().isEmpty() || cmp.progress().toString().startsWith("监测进展"),
                "progress prints itself in Chinese");
    }

    /** The verdict column of the text report starts at one display column on every row, Chinese words and all. */
    @Test
    void textColumnsLineUpWithChineseWords() {
        for (ReportLanguage lang : ReportLanguage.values()) {
            List<String> lines = cmp.toText(lang).lines().toList();
            String verdictHead = lang.text("col.verdict");
            int h = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(lang.text("col.indicator")) && lines.get(i).contains(verdictHead)) {
                    h = i;
                    break;
                }
            }
            assertTrue(h >= 0, lang + ": no verdict table header in " + lines);
            String header = lines.get(h);
            int column = dev.zhibiao.format.TextTable.width(header.substring(0, header.indexOf(verdictHead)));
            List<String> labels = java.util.Arrays.stream(Verdict.values()).map(v -> v.label(lang)).toList();
            int rows = 0;
            for (int i = h + 2; i < lines.size() && !lines.get(i).isBlank(); i++, rows++) {
                String rest = fromColumn(lines.get(i), column);
                assertTrue(labels.stream().anyMatch(rest::startsWith),
                        lang + ": the verdict should start at column " + column + " of\n" + lines.get(i) + "\ngot: " + rest);
            }
            assertTrue(rows > 50, lang + ": rows checked " + rows);
        }
    }

    private static String fromColumn(String line, int column) {
        int w = 0, i = 0;
        while (i < line.length() && w < column) {
            int cp = line.codePointAt(i);
            w += dev.zhibiao.format.TextTable.width(new String(Character.toChars(cp)));
            i += Character.charCount(cp);
        }
        return line.substring(i);
    }

    private static String head(String s) {
        return s.substring(0, Math.min(400, s.length()));
    }

    @Test
    void byIndicatorFindsAnIndicatorByAnyWording() {
        List<Assessment> rows = cmp.byIndicator().get("以镇（街道）为单位的适龄儿童免疫规划疫苗接种率");
        assertTrue(rows.stream().anyMatch(a -> a.district().equals("东莞市")),
                "the group holds every district's wording of the indicator: " + rows);
    }

    @Test
    void emptyAndUndatedComparisonsStillRender() {
        var undated = new dev.zhibiao.model.Extraction(new dev.zhibiao.model.Document("x", null, null, null,
                dev.zhibiao.model.DocumentType.PLAN, null, "text"), Plans.plan("东湖区", 2021, 2030).root(),
                List.of(t("新生儿死亡率", "<=2‰"), t("新生儿死亡率", "1.5‰", dev.zhibiao.model.Kind.ACTUAL,
                        dev.zhibiao.model.Scope.LOCAL)));
        for (Comparison c : List.of(Comparison.of(List.of()), Comparison.of(undated),
                Comparison.of(undated).against(Benchmarks.national()).againstOwnRegions())) {
            assertTrue(c.toText(ReportLanguage.EN).startsWith("Comparison of")
                    || c.toText(ReportLanguage.EN).startsWith("No plans compared"), c.toText(ReportLanguage.EN));
            assertTrue(c.toString().contains("个规划") || c.toString().startsWith("未比较任何规划"), c.toString());
            assertTrue(c.toHtml().endsWith("</html>\n"), "a whole page");
            assertTrue(c.toCsv().startsWith("district,"), "a header at least");
            assertTrue(c.toMarkdown().startsWith("# "), "a title at least");
            assertTrue(c.toJson().contains("\"assessments\""), "an assessments list at least");
        }
        Assessment a = Comparison.of(undated).against(Benchmarks.national()).assessments().get(0);
        assertEquals(Verdict.STRICTER, a.verdict(), "an undated plan is still compared: " + a);
    }

    @Test
    void writeChoosesTheFormatByExtension(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("r.html"))).startsWith("<!DOCTYPE html>"), "html");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("sub/r.csv"))).startsWith("district,"), "csv");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("r.json"))).startsWith("{"), "json");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("r.md"))).startsWith("# "), "markdown");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("r.txt"))).startsWith("4个规划"), "text, in Chinese");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("en.txt"), ReportLanguage.EN))
                .startsWith("Comparison of"), "text in English when asked");
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("en.html"), ReportLanguage.EN))
                .contains("<html lang=\"en\">"), "html in English when asked");
        assertEquals(cmp.toCsv(), java.nio.file.Files.readString(cmp.write(dir.resolve("en.csv"), ReportLanguage.EN)),
                "CSV is the same in every language");
        StringBuilder sb = new StringBuilder();
        cmp.toCsv(sb);
        assertEquals(cmp.toCsv(), sb.toString(), "toCsv(Appendable) appends the same text");
        dev.zhibiao.error.ZhibiaoException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.zhibiao.error.ZhibiaoException.class, () -> cmp.write(dir.resolve("r.html").resolve("x.csv")));
        assertTrue(e.getMessage().contains("x.csv"), "names the file: " + e.getMessage());
    }

    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(cell.toString()); cell.setLength(0); }
            else if (c == '\r') continue;
            else if (c == '\n') { row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else cell.append(c);
        }
        return rows;
    }
}
