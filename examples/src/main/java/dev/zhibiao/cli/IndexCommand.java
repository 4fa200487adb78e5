package dev.zhibiao.cli;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.create();
        int failed = 0;
        try (MeasureIndex index = MeasureIndex.create(indexDir)) {
            // one plan at a time: extracted, added and committed, so a long batch holds one extraction in memory
            int indexed = 0;
            if (files.isEmpty()) {
                for (var doc : Corpus.bundled().documents()) {
                    index.add(extractor.extract(doc));
                    indexed++;
                }
            }
            for (Path f : files) {
                try {
                    index.add(extractor.extract(f));
                    indexed++;
                } catch (ZhibiaoException e) {
                    err.println("zhibiao: " + e.getMessage());
                    failed++;
                }
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
}
