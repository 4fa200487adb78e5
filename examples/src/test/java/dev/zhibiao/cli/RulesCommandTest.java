package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.extract.statement.StatementRules;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {
    private static SearchCommandTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new RulesCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new SearchCommandTest.Run(cmd.execute(args), out.toString(), err.toString());
    }

    @Test
    void listsEveryRuleByStageWithItsExample() {
        var r = run();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("== number"), r.out());
        for (var rule : StatementRules.all()) {
            assertTrue(r.out().contains(rule.code() + "  "), () -> "expected " + rule.code() + " in\n" + r.out());
        }
        assertTrue(r.out().contains("e.g. 发现儿童遭受侵害后24小时内报告。"), r.out());
    }

    @Test
    void onlyOneStageAsJson() throws Exception {
        var r = run("--stage", "kind", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = Json.mapper().readTree(r.out());
        assertTrue(rows.size() >= 5, r.out());
        for (JsonNode row : rows) {
            assertEquals("kind", row.get("stage").asText(), r.out());
            assertTrue(row.get("code").asText().startsWith("kind:"), r.out());
            assertTrue(!row.get("counterExample").asText().isBlank(), r.out());
        }
    }

    @Test
    void anUnknownStageIsAUsageError() {
        var r = run("--stage", "colour");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no stage 'colour'") && r.err().contains("finish"), r.err());
    }
}
