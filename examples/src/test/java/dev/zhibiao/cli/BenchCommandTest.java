package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void smallScaleRunPrintsItsFiguresAsJson() throws Exception {
        Run r = run("scale", "--docs", "20", "--seconds", "1", "--json");
        assertEquals(0, r.code(), "exit code; stderr: " + r.err());
        JsonNode report = Json.mapper().readTree(r.out());
        JsonNode first = report.path("figures").get(0);
        assertEquals("scale: documents", first.path("name").asText(), "first figure in " + r.out());
        assertEquals(20, first.path("value").asInt(), "documents in " + r.out());
        assertTrue(r.err().contains("20/20"), "expected the progress bar on stderr, got: " + r.err());
    }

    @Test
    void indexBenchTakesItsOwnNumberOfDocuments() throws Exception {
        Run r = run("index", "--docs", "12", "--seconds", "1", "--json");
        assertEquals(0, r.code(), "exit code; stderr: " + r.err());
        JsonNode first = Json.mapper().readTree(r.out()).path("figures").get(0);
        assertEquals("index: documents", first.path("name").asText(), "first figure in " + r.out());
        assertEquals(12, first.path("value").asInt(), "documents in " + r.out());
    }

    @Test
    void aNumberOfDocumentsBelowOneIsAUsageError() {
        Run r = run("index", "--docs", "0");
        assertEquals(2, r.code(), "exit code; stderr: " + r.err());
        assertTrue(r.err().contains("--docs"), r.err());
    }

    @Test
    void unknownWhatIsAUsageError() {
        Run r = run("everything");
        assertEquals(2, r.code(), "exit code for an unknown WHAT; stderr: " + r.err());
        assertTrue(r.err().contains("throughput"), "expected the choices in: " + r.err());
    }

    @Test
    void helpNamesTheChoices() {
        Run r = run("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: bench") && r.out().contains("scale"), "help: " + r.out());
    }
}
