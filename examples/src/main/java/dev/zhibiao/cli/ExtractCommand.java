package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.format.Csv;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code zhibiao extract [--json] [--out DIR] FILE...}: the target records of each file, as a table or as JSON.
 * A folder stands for the files in it. A file that fails is reported and the others go on; the exit code is
 * then 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the numeric targets, values and changes of plan documents.",
                "Without --json: a readable table per file. With --out DIR: one JSON file per input, "
                        + "DIR/<name>.json, each written whole or not at all."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted", "1:some inputs failed (the others were written)",
                "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan texts (.txt, .html, .docx, .pdf) or folders of them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "JSON in the target-record format: {\"document\": name, \"records\": [...]}")
    boolean json;

    @Option(names = "--csv", description = "tidy CSV, one row per record of every file (with --out: DIR/records.csv)")
    boolean csv;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<file name without extension>.json for each input")
    Path out;

    @Option(names = "--outline", description = "also print each document's section tree")
    boolean outline;

    @Option(names = "--unresolved", description = "after the files, list the indicator names the catalog does not "
            + "know, with counts and the nearest known indicator")
    boolean unresolved;

    @Option(names = "--catalog", paramLabel = "FILE", description = "extend the bundled indicator catalog with the "
            + "entries of FILE (same format; an entry with a known id replaces it)")
    Path catalogFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>();
        int failed = expand(files, inputs, stderr);
        IndicatorCatalog catalog = IndicatorCatalog.bundled();
        if (catalogFile != null) {
            try {
                catalog = catalog.withFile(catalogFile);
            } catch (ZhibiaoException e) {
                stderr.println("zhibiao: " + e.getMessage());
                return 2;
            }
        }
        Extractor extractor = Extractor.create(catalog);
        List<Target> all = new ArrayList<>();
        ArrayNode many = Json.mapper().createArrayNode();
        List<Extraction> forCsv = new ArrayList<>();
        int ok = 0;
        for (Path file : inputs) {
            try {
                Extraction x = extractor.extract(file);
                if (unresolved) all.addAll(x.records());
                String name = file.getFileName().toString();
                if (csv) {
                    forCsv.add(x);
                } else if (out != null) {
                    Path target = out.resolve(name.replaceFirst("\\.[^.]+$", "") + ".json");
                    AtomicFiles.write(target, Json.write(Json.document(name, x)) + "\n");
                } else if (json) {
                    many.add(Json.document(name, x));
                } else {
                    stdout.println("== " + file);
                    stdout.println(x);
                    if (outline) stdout.println(x.root().outline() + "\n");
                }
                ok++;
            } catch (ZhibiaoException e) {
                stderr.println("zhibiao: " + e.getMessage());
                failed++;
            }
        }
        if (csv && out != null) {
            AtomicFiles.write(out.resolve("records.csv"), Csv.records(forCsv));
        } else if (csv) {
            stdout.print(Csv.records(forCsv));
        }
        if (out == null && json && !csv) {
            stdout.println(Json.write(many.size() == 1 && inputs.size() == 1 ? (ObjectNode) many.get(0) : many));
        }
        if (unresolved) stdout.println(catalog.unresolved(all));
        if (out != null) {
            stderr.println("zhibiao: extracted " + ok + " of " + inputs.size() + " files into "
                    + (csv ? out.resolve("records.csv") : out));
        }
        if (failed > 0) stderr.println("zhibiao: " + failed + " input(s) failed");
        stdout.flush();
        return failed > 0 ? 1 : 0;
    }

    /**
     * Folders stand for their regular files (sorted); a missing path is kept so that its error is reported.
     * Returns the number of folders that could not be listed.
     */
    private static int expand(List<Path> named, List<Path> out, PrintWriter stderr) {
        int failed = 0;
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    stderr.println("zhibiao: " + p + ": cannot list folder: " + e.getMessage());
                    failed++;
                }
            } else {
                out.add(p);
            }
        }
        return failed;
    }
}
