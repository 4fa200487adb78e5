package dev.zhibiao.cli;

import dev.zhibiao.extract.statement.Rule;
import dev.zhibiao.extract.statement.Stage;
import dev.zhibiao.extract.statement.StatementRules;
import dev.zhibiao.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao rules}: every rule a statement is read with, stage by stage, with what it reads and its example;
 * the codes are those {@code extract --explain} gives each record.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules statements are read with, stage by stage, each with what it reads and an example "
                + "(the codes `extract --explain` gives).")
public final class RulesCommand implements Callable<Integer> {
    @Option(names = "--stage", paramLabel = "S", description = "only this stage: number table skip name bound year kind time finish scope")
    String stage;

    @Option(names = "--json", description = "write JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Stage only = null;
        if (stage != null) {
            try {
                only = Stage.valueOf(stage.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("rules: no stage '" + stage + "'; the stages are "
                        + java.util.Arrays.stream(Stage.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList());
                return 2;
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : StatementRules.all()) {
            if (only == null || r.stage() == only) rules.add(r);
        }
        if (json) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Rule r : rules) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("stage", r.stage().name().toLowerCase(java.util.Locale.ROOT));
                m.put("code", r.code());
                m.put("reads", r.reads());
                m.put("context", r.context());
                m.put("example", r.example());
                m.put("counterExample", r.counterExample());
                rows.add(m);
            }
            out.println(Json.mapper().writeValueAsString(rows));
        } else {
            Stage current = null;
            for (Rule r : rules) {
                if (r.stage() != current) {
                    current = r.stage();
                    out.println("== " + current.name().toLowerCase(java.util.Locale.ROOT));
                }
                out.println("  " + r.code() + "  " + r.reads());
                out.println("      e.g. " + r.example().replace("\n", "⏎").replace("\t", "⇥"));
            }
        }
        out.flush();
        return 0;
    }
}
