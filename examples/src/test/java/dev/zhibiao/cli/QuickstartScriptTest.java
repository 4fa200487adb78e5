package dev.zhibiao.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the README's JShell quickstart through the JDK's jshell tool, so the script cannot rot. */
class QuickstartScriptTest {
    @Test
    void quickstartPrintsTheCorpusAndATableOfRecords() throws IOException, InterruptedException {
        Path script = Path.of("jshell", "quickstart.jsh");
        assertTrue(Files.exists(script), "script at " + script.toAbsolutePath());
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertTrue(Files.isExecutable(jshell), "the JDK's jshell at " + jshell);
        Path log = Files.createTempFile("quickstart", ".out");
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-R-Dfile.encoding=UTF-8", "-J-Dfile.encoding=UTF-8",
                "-R-Dstdout.encoding=UTF-8", "--class-path", System.getProperty("java.class.path"), script.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "jshell did not finish; it printed:\n" + out);
        assertEquals(0, p.exitValue(), "jshell exit code; it printed:\n" + out);
        assertTrue(out.contains("Corpus: 5 documents"), "corpus summary missing in:\n" + out);
        assertTrue(out.contains("东莞市 — "), "the extraction's heading missing in:\n" + out);
        assertTrue(out.contains("indicator") && out.contains("value"), "the records table missing in:\n" + out);
        assertTrue(!out.contains("Exception") && !out.contains("|  Error"), "errors in:\n" + out);
    }
}
