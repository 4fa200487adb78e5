package dev.zhibiao.cli;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.Reasons;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.extract.input.Inputs;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code zhibiao index --index DIR [FILE...]}: adds plans to an on-disk measure index (the bundled plans when no
 * file is named), replacing a plan indexed before; {@code zhibiao search --index DIR} then searches it.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Add plans to an on-disk index of measures and targets for `search --index DIR`.",
                "A plan indexed again replaces its earlier entries; each plan is committed whole.",
                "FILE may be a folder: its files are indexed, not its subfolders."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every plan was indexed", "1:some plans failed (the others were indexed)", "2:usage error"})
public final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "plan files (txt, html, docx, pdf) or folders of them; default: the bundled plans")
    List<Path> files = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "the index folder (created if absent)")
    Path indexDir;

    @Spec
    CommandSpec spec;

    /** Plans extracted (on all cores) and committed together: few enough to hold in memory. */
    static final int BATCH = 500;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.create();
        List<Plan> plans = new ArrayList<>();
        int failed = 0;
        if (files.isEmpty()) {
            for (Document doc : Corpus.bundled().documents()) {
                plans.add(new Plan(doc.id(), () -> extractor.extract(doc)));
            }
        } else {
            InputFiles.Expansion inputs = InputFiles.expand(files);
            inputs.problems().forEach(p -> err.println("zhibiao: " + p));
            failed += inputs.problems().size();
            if (inputs.files().isEmpty()) return 1;
            plans.addAll(plans(inputs.files(), extractor, err));
        }
        int indexed = 0;
        try (MeasureIndex index = MeasureIndex.openOrCreate(indexDir)) {
            // A batch at a time: extracted on all cores, then added and committed, so that a long list of plans
            // holds one batch in memory and a plan that cannot be read stops nothing but itself.
            for (int from = 0; from < plans.size(); from += BATCH) {
                List<Outcome> done = plans.subList(from, Math.min(plans.size(), from + BATCH)).parallelStream()
                        .map(Outcome::of).toList();
                List<Extraction> batch = new ArrayList<>();
                for (Outcome o : done) {
                    if (o.error() == null) {
                        batch.add(o.extraction());
                    } else {
                        err.println("zhibiao: " + o.error());
                        failed++;
                    }
                }
                index.addAll(batch);
                indexed += batch.size();
            }
            out.println("indexed " + indexed + " documents into " + indexDir.toAbsolutePath() + " ("
                    + index.documentCount() + " documents, " + index.size() + " entries in all)");
        } catch (ZhibiaoException e) {
            err.println("zhibiao: " + Reasons.oneLine(e));
            return 1;
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /**
     * The files as plans to extract, each with an id of its own: the index keeps one plan per id, so two inputs
     * named alike (a/plan.txt, b/plan.txt) get plan and plan-2, as extract names its outputs.
     */
    private static List<Plan> plans(List<Path> files, Extractor extractor, PrintWriter err) {
        OutputNames ids = OutputNames.of(files.stream().map(Path::toString).toList());
        ids.notes().forEach(n -> err.println("zhibiao: " + n));
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String id = ids.get(i);
            plans.add(new Plan(file.toString(), () -> extractor.extract(withId(Inputs.read(file), id))));
        }
        return plans;
    }

    /** A plan to extract, known by its input's name until it is read. */
    private record Plan(String input, Supplier<Extraction> extract) {
    }

    private static Document withId(Document d, String id) {
        return d.id().equals(id) ? d : new Document(id, d.title(), d.region(), d.period(), d.type(), d.fileName(),
                d.text());
    }

    /** A plan's extraction, or the line that says why its input failed. */
    private record Outcome(Extraction extraction, String error) {
        static Outcome of(Plan plan) {
            try {
                return new Outcome(plan.extract().get(), null);
            } catch (ZhibiaoException | OutOfMemoryError e) {
                // A plan that cannot be read, or needs more memory than there is, costs only itself.
                return new Outcome(null, Failures.line(plan.input(), e));
            }
        }
    }
}
