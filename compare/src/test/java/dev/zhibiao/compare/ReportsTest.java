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
    void jsonHoldsAssessmentsWarningsAndCoverage() throws Exception {
        JsonNode root = Json.mapper().readTree(cmp.toJson());
        assertEquals(cmp.assessments().size(), root.path("assessments").size(), "assessments");
        assertEquals(cmp.consistency().size(), root.path("warnings").size(), "warnings");
        assertEquals(1, root.path("coverage").size(), "one national benchmark's coverage");
        JsonNode first = root.path("assessments").get(0);
        assertTrue(first.path("plan").has("indicator") && first.has("verdict"), "records in the spec's fields: " + first);
    }

    @Test
    void markdownAndTextCarryTheSections() {
        String md = cmp.toMarkdown();
        assertTrue(md.startsWith("# ") && md.contains("## Coverage") && md.contains("### 新生儿死亡率")
                && md.contains("## Consistency"), "markdown sections");
        String text = cmp.toString();
        assertTrue(text.startsWith("Comparison of 4 plans") && text.contains("STRICTER") && text.contains("Consistency"),
                "text summary and tables: " + text.substring(0, Math.min(300, text.length())));
        assertTrue(cmp.byIndicator().toString().contains("新生儿死亡率"), "byIndicator prints a table");
        assertTrue(cmp.coverage().get(0).toString().contains("东莞市"), "coverage prints a table");
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
            assertTrue(c.toString().startsWith("Comparison of"), c.toString());
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
        assertTrue(java.nio.file.Files.readString(cmp.write(dir.resolve("r.txt"))).startsWith("Comparison of"), "text");
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
