package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A batch of inputs as a careful user sends one: every input that can be read is, and none costs another. */
class BatchTest {
    @TempDir
    Path dir;

    static final String PLAN = "到2025年，婴儿死亡率控制在5‰以下。\n";

    record Run(int code, String out, String err) {
    }

    static Run extract(String stdin, String... args) {
        ExtractCommand command = new ExtractCommand();
        command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return run(command, args);
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void inputsOfTheSameNameGetOutputsOfTheirOwnInTheOrderGiven() throws Exception {
        Path a = write("a/plan.txt", "到2025年，婴儿死亡率控制在5‰以下。\n");
        Path b = write("b/plan.txt", "到2025年，孕产妇死亡率控制在12/10万以下。\n");
        Path c = write("plan.html", "<!DOCTYPE html><html><body><p>到2025年，儿童近视率下降到50%以下。</p></body></html>");
        Path out = dir.resolve("out");
        Run r = extract("", "--out", out.toString(), a.toString(), b.toString(), c.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("plan.json")).contains("婴儿死亡率"), "the first keeps the name");
        assertTrue(Files.readString(out.resolve("plan-2.json")).contains("孕产妇死亡率"), "the second is numbered");
        assertTrue(Files.readString(out.resolve("plan-3.json")).contains("近视"), "and the third");
        assertTrue(r.err().contains("3 inputs are named plan; in the order given they are " + a + " as plan, " + b
                + " as plan-2, " + c + " as plan-3"), "a line says which input went where: " + r.err());
    }

    @Test
    void jsonIsAnArrayForOneInputAsForMany() throws Exception {
        Path a = write("a.txt", PLAN);
        Path b = write("b.txt", PLAN);
        JsonNode one = Json.mapper().readTree(extract("", "--json", a.toString()).out());
        JsonNode two = Json.mapper().readTree(extract("", "--json", a.toString(), b.toString()).out());
        assertTrue(one.isArray() && one.size() == 1, "one input: an array of one, got " + one);
        assertTrue(two.isArray() && two.size() == 2, "two inputs: an array of two, got " + two);
        assertEquals("a.txt", one.get(0).path("document").asText());
        assertTrue(one.get(0).path("records").size() >= 1, one.toString());
    }

    @Test
    void standardInputIsReadUnderItsName() throws Exception {
        Run r = extract(PLAN, "--json", "--name", "上海市.txt", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode n = Json.mapper().readTree(r.out());
        assertEquals("上海市.txt", n.get(0).path("document").asText(), r.out());
        assertTrue(n.get(0).path("records").get(0).path("indicator").asText().contains("婴儿死亡率"), r.out());
        Path out = dir.resolve("out");
        Run toFile = extract(PLAN, "--out", out.toString(), "-");
        assertEquals(0, toFile.code(), toFile.err());
        assertTrue(Files.readString(out.resolve("stdin.json")).contains("婴儿死亡率"), "stdin.json by default");
    }

    @Test
    void anOutThatIsAFileIsAUsageErrorBeforeAnyInputIsRead() throws Exception {
        Path plan = write("plan.txt", PLAN);
        Path file = write("taken", "a file, not a folder");
        Run r = extract("", "--out", file.toString(), plan.toString(), dir.resolve("missing.txt").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("zhibiao: --out " + file + ": exists and is not a folder", r.err().strip(),
                "one line, and no input was read (the missing one would have said so)");
    }

    @Test
    void anOutInAReadOnlyFolderIsAUsageError() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked),
                "permissions do not bind this user (root)");
        Run r = extract("", "--out", locked.resolve("out").toString(), write("plan.txt", PLAN).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("zhibiao: --out " + locked.resolve("out") + ": cannot be written"), r.err());
    }

    @Test
    void aFolderWithoutFilesIsAFailedRunThatSaysWhy() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plans/2021"));
        Path named = Files.createDirectories(dir.resolve("x.txt"));
        Run r = extract("", "--out", dir.resolve("out").toString(), folder.getParent().toString(), named.toString());
        assertEquals(1, r.code(), "nothing was extracted: " + r.err());
        assertTrue(r.err().contains(folder.getParent() + ": no input files found in this folder; its 1 subfolder(s) "
                + "(2021) are not searched: name them"), r.err());
        assertTrue(r.err().contains(named + ": no input files found in this folder"), r.err());
    }

    @Test
    void specialFilesAreRefusedAndTheRestGoesOn() throws Exception {
        Path plan = write("plan.txt", PLAN);
        Path out = dir.resolve("out");
        Run r = extract("", "--out", out.toString(), "/dev/null", plan.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("/dev/null: a named pipe, device or socket, not a regular file"), r.err());
        assertTrue(Files.exists(out.resolve("plan.json")), "the plan after it is written");
    }

    @Test
    void aBadCatalogIsOneLineInOurWords() throws Exception {
        Path bad = write("my-catalog.json", "{ not json");
        Run r = extract("", "--catalog", bad.toString(), write("plan.txt", PLAN).toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains("my-catalog.json: ") && r.err().contains("(line 1, column 3)"), r.err());
        assertFalse(r.err().contains("StreamReadFeature") || r.err().contains("REDACTED"), r.err());
    }

    @Test
    void compareReportsEveryPlanItCouldRead() throws Exception {
        Path plan = write("东湖区.txt", "一、主要目标\n1.到2030年，新生儿死亡率控制在2‰以下。\n");
        Run r = run(new CompareCommand(), "--format", "csv", "--against", "national", plan.toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(1, r.code(), "one input failed: " + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("新生儿死亡率")), "the plan read is compared:\n" + r.out());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    }

    @Test
    void compareChecksItsOutFolderFirst() throws Exception {
        Path file = write("taken", "x");
        Run r = run(new CompareCommand(), "--gold", "--out", file.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out " + file + ": exists and is not a folder"), r.err());
    }

    @Test
    void indexTakesFoldersAndKeepsPlansOfTheSameName() throws Exception {
        write("plans/a/plan.txt", "甲区儿童发展规划（2021—2030年）\n二、策略措施\n1．加强儿童近视防控。建立视力档案，"
                + "每学期开展两次视力筛查。\n");
        write("plans/b/plan.txt", "乙区儿童发展规划（2021—2030年）\n二、策略措施\n1．发展普惠托育服务体系。加强托育服务"
                + "机构和设施规划建设。\n");
        Path index = dir.resolve("idx");
        Run r = run(new IndexCommand(), "--index", index.toString(), dir.resolve("plans/a").toString(),
                dir.resolve("plans/b").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("indexed 2 documents") && r.out().contains("(2 documents"),
                "both plans are in the index: " + r.out());
    }

    @Test
    void searchOnAMissingIndexLeavesNoFolderAndNamesTheCommand() {
        Path none = dir.resolve("no-index");
        Run r = run(new SearchCommand(), "近视", "--index", none.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(none), "searching must not create " + none);
        assertTrue(r.err().contains("zhibiao index --index " + none), r.err());
    }

    @Test
    void searchOnAFolderWithoutAnIndexNamesTheCommand() {
        Run r = run(new SearchCommand(), "近视", "--index", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("holds no measure index; build one with `zhibiao index --index " + dir),
                r.err());
        assertFalse(r.err().contains("MeasureIndex.create"), "no Java call in a command's hint: " + r.err());
    }

    @Test
    void aPlanTooLargeForTheHeapFailsAloneAndTheBatchGoesOn() throws Exception {
        // A .docx whose XML (15 MB, under the markup limit) POI cannot parse in a 128 MB heap, then a plain plan.
        Path big = Files.write(dir.resolve("big.docx"), Docx.withParagraphs(15_000_000));
        Path plan = write("plan.txt", PLAN);
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", "--out", out.toString(), big.toString(), plan.toString()))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), "one input failed; output:\n" + log);
        assertTrue(log.contains(big + ": too large to read in the memory available"), log);
        assertTrue(Files.readString(out.resolve("plan.json")).contains("婴儿死亡率"), "the next plan is written:\n" + log);
        assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
    }
}
