package dev.zhibiao.cli;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
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
                "A plan indexed again replaces its earlier entries; each plan is committed whole."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every plan was indexed", "1:some plans failed (the others were indexed)", "2:usage error"})
public final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "plan files (txt, html, docx, pdf); default: the bundled plans")
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
        List<Supplier<Extraction>> plans = new ArrayList<>();
        if (files.isEmpty()) {
            for (Document doc : Corpus.bundled().documents()) plans.add(() -> extractor.extract(doc));
        }
        for (Path f : files) plans.add(() -> extractor.extract(f));
        int failed = 0;
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
                        err.println("zhibiao: " + o.error().getMessage());
                        failed++;
                    }
                }
                index.addAll(batch);
                indexed += batch.size();
            }
            out.println("indexed " + indexed + " documents into " + indexDir.toAbsolutePath() + " ("
                    + index.documentCount() + " documents, " + index.size() + " entries in all)");
        } catch (ZhibiaoException e) {
            err.println("zhibiao: " + e.getMessage());
            return 1;
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** A plan's extraction, or the error that names its input. */
    private record Outcome(Extraction extraction, ZhibiaoException error) {
        static Outcome of(Supplier<Extraction> plan) {
            try {
                return new Outcome(plan.get(), null);
            } catch (ZhibiaoException e) {
                return new Outcome(null, e);
            }
        }
    }
}
