package dev.zhibiao.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs each JShell script of the README through the JDK's jshell tool, so the scripts cannot rot. */
class JShellScriptsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quickstart.jsh | Corpus: 5 documents | 东莞市 — | indicator",
            "compare.jsh    | 更严格              | 超前         | wrote ",
            "search.jsh     | 近视                | by region:  | restate"})
    void scriptRunsAndPrintsWhatItShows(String name, String a, String b, String c)
            throws IOException, InterruptedException {
        Path script = Path.of("jshell", name);
        assertTrue(Files.exists(script), "script at " + script.toAbsolutePath());
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertTrue(Files.isExecutable(jshell), "the JDK's jshell at " + jshell);
        Path log = Files.createTempFile(name, ".out");
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-R-Dfile.encoding=UTF-8", "-J-Dfile.encoding=UTF-8",
                "-R-Dstdout.encoding=UTF-8", "-R-Xmx1g", "--class-path", System.getProperty("java.class.path"),
                script.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, name + " did not finish; it printed:\n" + out);
        assertEquals(0, p.exitValue(), name + " exit code; it printed:\n" + out);
        for (String expected : List.of(a, b, c)) {
            assertTrue(out.contains(expected), name + ": \"" + expected + "\" missing in:\n" + out);
        }
        assertFalse(out.contains("Exception") || out.contains("|  Error") || out.contains("cannot find symbol"),
                name + " printed errors:\n" + out);
    }
}
