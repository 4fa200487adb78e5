package dev.zhibiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new CompareCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheHtmlReportAndPrintsWhere(@TempDir Path dir) throws Exception {
        Run r = run("--gold", "--out", dir.toString());
        assertEquals(0, r.code, "exit code; stderr: " + r.err);
        Path file = dir.resolve("compare.html").toAbsolutePath();
        assertTrue(r.out.strip().endsWith("wrote " + file), "prints the report's path last: " + r.out);
        assertTrue(r.out.contains("更严格") && r.out.contains("东莞市") && r.out.contains("判断"),
                "and the side-by-side table before it, in Chinese: " + r.out.substring(0, Math.min(400, r.out.length())));
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">") && html.contains("<svg")
                && html.contains("<h1>儿童发展规划目标对比</h1>"), "a Chinese HTML page with charts");
    }

    @Test
    void englishWhenAskedInTheTerminalAndThePage(@TempDir Path dir) throws Exception {
        Run r = run("--gold", "--lang", "en", "--out", dir.toString());
        assertEquals(0, r.code, "exit code; stderr: " + r.err);
        assertTrue(r.out.startsWith("Comparison of 4 plans") && r.out.contains("stricter") && !r.out.contains("更严格"),
                "the table in English: " + r.out.substring(0, Math.min(400, r.out.length())));
        String html = Files.readString(dir.resolve("compare.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                && html.contains("<h1>Child-development plan targets compared</h1>"), "an English HTML page");
        Run md = run("--gold", "--lang", "zh-CN", "--format", "md");
        assertTrue(md.out.startsWith("# 规划目标对比"), "zh-CN names Chinese: " + md.out.substring(0, 40));
    }

    @Test
    void csvIsTheSameInEitherLanguage() {
        Run zh = run("--gold", "--format", "csv", "--against", "national");
        Run en = run("--gold", "--format", "csv", "--against", "national", "--lang", "en");
        assertEquals(0, zh.code + en.code, "exit codes; stderr: " + zh.err + en.err);
        assertEquals(en.out, zh.out, "CSV carries codes and English reasons whatever the language");
        assertTrue(zh.out.contains(",ahead,") && zh.out.contains(",interim,") && !zh.out.contains(",looser,"),
                "新华区's 2025 steps are ahead of or interim to the outline's 2030 goals, none looser");
    }

    @Test
    void unknownLanguageIsAUsageError() {
        Run r = run("--lang", "fr");
        assertEquals(2, r.code, "picocli's usage error code; stderr: " + r.err);
        assertTrue(r.err.contains("fr") && r.err.contains("zh or en") && !r.err.contains("Exception"),
                "names the choices in plain words: " + r.err);
    }

    @Test
    void csvToStandardOutputHasOneRowPerDistrictIndicatorYearAndBenchmark() {
        Run r = run("--gold", "--format", "csv", "--against", "national");
        assertEquals(0, r.code, "exit code; stderr: " + r.err);
        String[] lines = r.out.split("\r\n");
        assertTrue(lines[0].startsWith("district,indicator_id,indicator,"), "header: " + lines[0]);
        assertTrue(r.out.contains("东莞市,") && r.out.contains(",stricter,"), "东莞市 rows with verdicts");
        assertTrue(r.out.lines().skip(1).noneMatch(l -> l.contains(",河南省,province,")),
                "--against national holds no plan against a province");
    }

    @Test
    void planFilesAgainstASuppliedProvincialPlan(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("东湖区.txt");
        Files.writeString(plan, "一、主要目标\n1.到2030年，新生儿死亡率控制在2‰以下。\n");
        Path province = dir.resolve("province.txt");
        Files.writeString(province, "一、主要目标\n1.到2030年，新生儿死亡率降至2.5‰以下。\n");
        Run r = run("--format", "csv", "--benchmark", province.toString(), "--benchmark-region", "江南省",
                plan.toString());
        assertEquals(0, r.code, "exit code; stderr: " + r.err);
        assertTrue(r.out.lines().anyMatch(l -> l.contains(",江南省,province,supplied,") && l.contains(",stricter,")),
                "2‰ against the supplied province's 2.5‰ is stricter:\n" + r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.contains(",全国,national,bundled,") && l.contains(",stricter,")),
                "and against the outline's 3‰:\n" + r.out);
    }

    @Test
    void missingFileIsOneLineOnStandardError() {
        Run r = run("--format", "text", "/nonexistent/plan.txt");
        assertTrue(r.code != 0, "a missing file fails");
        assertTrue(r.err.strip().lines().count() <= 2 && r.err.contains("plan.txt"),
                "a short message naming the file: " + r.err);
    }

    @Test
    void unknownFormatIsRejected() {
        Run r = run("--format", "pdf");
        assertEquals(2, r.code, "picocli's usage error code; stderr: " + r.err);
    }
}
