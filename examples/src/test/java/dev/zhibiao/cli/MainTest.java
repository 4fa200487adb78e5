package dev.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("extract", "--no-such-option", "x.txt");
        assertEquals(2, r.code(), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"extract", "compare", "index", "search", "bench"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd + " --help: " + r.err());
            assertTrue(r.out().contains("Usage: zhibiao " + cmd), cmd + " --help printed: " + r.out());
        }
    }

    @Test
    void batchGoesOnPastAMissingFileAndExitsOne(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "到2025年，婴儿死亡率控制在5‰以下。", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Run r = run("extract", "--json", "--out", out.toString(), dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(1, r.code(), "exit code; stderr: " + r.err());
        assertTrue(r.err().contains("missing.txt"), "the failure names the input: " + r.err());
        String json = Files.readString(out.resolve("good.json"));
        assertTrue(json.contains("\"document\" : \"good.txt\"") && json.contains("\"records\""), json);
    }

    @Test
    void unresolvedNamesAreListedForExtendingTheCatalog(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "到2025年，婴儿死亡率控制在5‰以下，社区儿童之家覆盖率达到95%以上。", StandardCharsets.UTF_8);
        Run r = run("extract", "--unresolved", plan.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("health.infant_mortality"), "resolved id in the table: " + r.out());
        assertTrue(r.out().contains("nearest"), "the unresolved list's header: " + r.out());
    }

    @Test
    void aBadCatalogFileIsAUsageErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "婴儿死亡率控制在5‰以下。", StandardCharsets.UTF_8);
        Path bad = dir.resolve("my-catalog.json");
        Files.writeString(bad, "{ not json", StandardCharsets.UTF_8);
        Run r = run("extract", "--catalog", bad.toString(), plan.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("my-catalog.json"), r.err());
    }

    @Test
    void csvHasOneRowPerRecordWithTheSpanAndQuote(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        String text = "到2025年，婴儿死亡率控制在5‰以下，孕产妇死亡率下降到12/10万。";
        Files.writeString(plan, text, StandardCharsets.UTF_8);
        Run r = run("extract", "--csv", plan.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\r\n");
        assertTrue(lines[0].startsWith("document,region,indicator,indicator_id"), lines[0]);
        assertTrue(lines.length >= 2, "at least one record row: " + r.out());
        assertTrue(r.out().contains("婴儿死亡率") && r.out().contains(",5,"), r.out());
    }

    @Test
    void indexOnDiskThenSearchIt(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "某某区儿童发展规划（2021—2030年）\n二、策略措施\n1．加强儿童近视防控。建立视力档案，"
                + "每学期开展两次视力筛查。\n2．发展普惠托育服务。\n", StandardCharsets.UTF_8);
        Path index = dir.resolve("idx");
        Run r = run("index", "--index", index.toString(), plan.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("indexed 1 documents"), r.out());
        Run again = run("index", "--index", index.toString(), plan.toString());
        assertTrue(again.out().contains("(1 documents"), "indexing again replaces: " + again.out());
        Run s = run("search", "--index", index.toString(), "近视");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("近视"), s.out());
    }

    @Test
    void indexAddsToAnIndexAlreadyThereAndGoesOnPastABadFile(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Files.writeString(first, "甲区儿童发展规划（2021—2030年）\n二、策略措施\n1．加强儿童近视防控。建立视力档案，"
                + "每学期开展两次视力筛查。\n", StandardCharsets.UTF_8);
        Files.writeString(second, "乙区儿童发展规划（2021—2030年）\n二、策略措施\n1．发展普惠托育服务体系。加强托育服务"
                + "机构和设施规划建设。\n", StandardCharsets.UTF_8);
        Path index = dir.resolve("idx");
        assertEquals(0, run("index", "--index", index.toString(), first.toString()).code());
        Run r = run("index", "--index", index.toString(), second.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code(), "a missing file fails the batch: " + r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.out().contains("indexed 1 documents") && r.out().contains("(2 documents"),
                "the second run adds to the first: " + r.out());
        assertTrue(run("search", "--index", index.toString(), "近视").out().contains("近视】"), "the first plan stays");
    }

    @Test
    void indexRefusesAFolderHoldingAnIndexOfAnotherLayout(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("idx");
        try (var d = org.apache.lucene.store.FSDirectory.open(index);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.commit();
        }
        Run r = run("index", "--index", index.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("layout") && r.err().contains(index.toString()), r.err());
    }

    @Test
    void explainGivesEveryRecordItsRulesAndListsSkippedNumbers(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, "某市儿童发展规划（2021—2030年）\n到2025年，婴儿死亡率降至5‰以下，孕产妇死亡率控制在10/10万以下。"
                + "\n规划围绕七个领域提出目标。\n", StandardCharsets.UTF_8);
        Run r = run("extract", "--json", "--explain", plan.toString());
        assertEquals(0, r.code(), r.err());
        var docs = dev.zhibiao.json.Json.mapper().readTree(r.out());
        var records = docs.get(0).get("records");
        assertEquals(2, records.size(), r.out());
        for (var rec : records) {
            assertTrue(rec.get("rules").isArray() && rec.get("rules").size() > 0, () -> "expected rules in " + rec);
        }
        assertEquals("skip:plan-part", docs.get(0).get("skipped").get(0).get("rule").asText(), r.out());
        Run plain = run("extract", "--json", plan.toString());
        assertTrue(!plain.out().contains("\"rules\""), "rules only with --explain: " + plain.out());
    }

    @Test
    void whatTheCallerSaysOfADocumentIsKeptAndMarkedGiven(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "儿童健康水平稳步提升\n2023-05-20 来源：某报\n记者获悉，全省婴儿死亡率为3.1‰。\n",
                StandardCharsets.UTF_8);
        Run r = run("extract", "--json", "--type", "news", "--region", "湖南省", "--period", "2022", page.toString());
        assertEquals(0, r.code(), r.err());
        var doc = dev.zhibiao.json.Json.mapper().readTree(r.out()).get(0);
        assertEquals("news", doc.get("type").asText());
        assertEquals("湖南省", doc.get("region").asText());
        assertEquals("province", doc.get("level").asText());
        assertEquals("2022", doc.get("period").asText());
        assertEquals(2022, doc.get("records").get(0).get("year").asInt(), r.out());
        assertTrue(doc.get("profile").get("evidence").toString().contains("(given)"), r.out());
        Run bad = run("extract", "--level", "village", page.toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("unknown level: village"), bad.err());
    }
}
