package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.zhibiao.error.Reasons;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.extract.indicator.IndicatorCatalog;
import dev.zhibiao.extract.input.Inputs;
import dev.zhibiao.format.Csv;
import dev.zhibiao.extract.profile.ProfileHints;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao extract [--json] [--out DIR] FILE...}: the target records of each file, as a table or as JSON.
 * A folder stands for the files in it; {@code -} for standard input. A file that fails is reported and the
 * others go on; the exit code is then 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the numeric targets, values and changes of plan documents.",
                "Without --json: a readable table per file. With --json: one JSON array, an element "
                        + "{\"document\": name, \"records\": [...]} per input. With --out DIR: one JSON file per "
                        + "input, DIR/<name>.json, each written whole or not at all; inputs of the same name get "
                        + "<name>-2.json, <name>-3.json in the order given.",
                "FILE may be a folder (its files, not its subfolders) or - for standard input (see --name)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted",
                "1:some inputs failed (the others were written), or no input was found", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "plan texts (.txt, .html, .docx, .pdf), folders of them, or - for standard input")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "a JSON array in the target-record format: "
            + "[{\"document\": name, \"records\": [...]}, ...], one element per input")
    boolean json;

    @Option(names = "--csv", description = "tidy CSV, one row per record of every file (with --out: DIR/records.csv)")
    boolean csv;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<file name without extension>.json for each "
            + "input; the folder is made if missing and must be writable")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "stdin", description = "the name of standard input "
            + "(-): its output is NAME.json, and an extension in it (.html, .docx, .pdf) says the format "
            + "(default: ${DEFAULT-VALUE})")
    String stdinName;

    @Option(names = "--type", paramLabel = "TYPE", description = "what every input is: plan, monitoring_report, "
            + "evaluation or news (default: read from each document's words)")
    String type;

    @Option(names = "--region", paramLabel = "NAMES", description = "whose figures every input gives, as a name or "
            + "a chain (湖北省宜昌市, 全国); default: read from each document's words")
    String region;

    @Option(names = "--level", paramLabel = "LEVEL", description = "the region's level: national, province, city, "
            + "district or county (default: the region's own, or read)")
    String level;

    @Option(names = "--period", paramLabel = "YEARS", description = "a plan's period (2021-2030) or the year a "
            + "report's figures are for (2022); default: read from each document's words")
    String period;

    @Option(names = "--explain", description = "say why: with --json each record's \"rules\" (the readings that "
            + "made it) and the document's \"skipped\" numbers with the reading that left each out; else a list "
            + "after each table")
    boolean explain;

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

    /** Where {@code -} is read from; a test gives its own. */
    InputStream stdin = System.in;

    private PrintWriter stdout;
    private PrintWriter stderr;
    private final List<Target> all = new ArrayList<>();
    private final ArrayNode array = Json.mapper().createArrayNode();
    private final List<Extraction> forCsv = new ArrayList<>();

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        stderr = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            stderr.println("zhibiao: " + usage);
            return 2;
        }
        IndicatorCatalog catalog = catalog();
        if (catalog == null) return 2;
        hints = hints();
        InputFiles.Expansion inputs = InputFiles.expand(files);
        inputs.problems().forEach(p -> stderr.println("zhibiao: " + p));
        int failed = inputs.problems().size();
        // Each named folder without files has said so above: a run with nothing to read has failed.
        if (inputs.files().isEmpty()) return 1;
        OutputNames names = OutputNames.of(inputs.files().stream().map(this::inputName).toList());
        if (out != null) names.notes().forEach(n -> stderr.println("zhibiao: " + n));
        Extractor extractor = Extractor.create(catalog);
        int ok = 0;
        for (int i = 0; i < inputs.files().size(); i++) {
            Path file = inputs.files().get(i);
            try {
                emit(file, extractor.extract(read(file), hints), names.get(i));
                ok++;
            } catch (ZhibiaoException | OutOfMemoryError e) {
                stderr.println("zhibiao: " + Failures.line(inputName(file), e));
                failed++;
            }
        }
        finish(catalog, ok, inputs.files().size());
        if (failed > 0) stderr.println("zhibiao: " + failed + " input(s) failed");
        stdout.flush();
        return failed > 0 ? 1 : 0;
    }

    private ProfileHints hints = ProfileHints.none();

    /** What the caller says of every input; what is not said is read from each document. */
    private ProfileHints hints() {
        ProfileHints h = ProfileHints.none();
        if (type != null) h = h.type(DocumentType.of(type));
        if (level != null) h = h.level(Level.of(level));
        if (region != null) h = region.strip().equals("全国") ? h.region(Region.NATIONAL) : h.region(region);
        if (period != null) h = h.period(Period.parse(period));
        return h;
    }

    /** What is wrong with the options before any input is read, or null. */
    private String usageProblem() {
        try {
            hints();
        } catch (IllegalArgumentException e) {
            return e.getMessage() + " (--type plan|monitoring_report|evaluation|news, --level national|province|city|"
                    + "district|county, --period 2021-2030 or 2022)";
        }
        long stdins = files.stream().filter(InputFiles::isStdin).count();
        if (stdins > 1) return "standard input (-) can be read only once";
        if (out != null) {
            String problem = OutDir.prepare(out);
            if (problem != null) return "--out " + out + ": " + problem;
        }
        return null;
    }

    /** The bundled catalog, extended by --catalog; null (after saying why) when that file is unusable. */
    private IndicatorCatalog catalog() {
        IndicatorCatalog catalog = IndicatorCatalog.bundled();
        if (catalogFile == null) return catalog;
        try {
            return catalog.withFile(catalogFile);
        } catch (ZhibiaoException e) {
            stderr.println("zhibiao: " + Reasons.oneLine(e));
            return null;
        }
    }

    private Document read(Path file) {
        return InputFiles.isStdin(file) ? Inputs.read(stdinName, stdin) : Inputs.read(file);
    }

    /** How an input is named in messages and outputs: its path, or the --name of standard input. */
    private String inputName(Path file) {
        return InputFiles.isStdin(file) ? stdinName : file.toString();
    }

    /** Writes or prints one input's records, or keeps them for the CSV and the JSON array printed at the end. */
    private void emit(Path file, Extraction x, String name) {
        if (unresolved) all.addAll(x.records());
        String document = x.document().fileName() != null ? x.document().fileName() : name;
        if (csv) {
            forCsv.add(x);
        } else if (out != null) {
            AtomicFiles.write(out.resolve(name + ".json"), Json.write(Json.document(document, x, explain)) + "\n");
        } else if (json) {
            array.add(Json.document(document, x, explain));
        } else {
            stdout.println("== " + inputName(file));
            stdout.println(x);
            if (explain) stdout.println(x.explain());
            if (outline) stdout.println(x.root().outline() + "\n");
        }
    }

    /** What comes after the inputs: the CSV, the JSON array, the unresolved names, the summary of --out. */
    private void finish(IndicatorCatalog catalog, int ok, int total) {
        if (csv && out != null) {
            AtomicFiles.write(out.resolve("records.csv"), Csv.records(forCsv));
        } else if (csv) {
            stdout.print(Csv.records(forCsv));
        } else if (out == null && json) {
            stdout.println(Json.write(array));
        }
        if (unresolved) stdout.println(catalog.unresolved(all));
        if (out != null) {
            stderr.println("zhibiao: extracted " + ok + " of " + total + " files into "
                    + (csv ? out.resolve("records.csv") : out));
        }
    }
}
