package dev.zhibiao.cli;

import dev.zhibiao.compare.index.MeasureIndex;
import dev.zhibiao.compare.index.MeasureQuery;
import dev.zhibiao.compare.index.SearchHits;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.Reasons;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao search 近视 防控 --region 东莞 --limit 5}: ranked measures with marked snippets, their
 * document and section, and the number of matches per region and domain.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the measures (策略措施) of the plans: ranked items with snippets, counts per region and domain.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words to find, e.g. 近视 防控")
    List<String> query;

    @Option(names = "--domain", paramLabel = "D", description = "only this area: 健康 安全 教育 福利 家庭 环境 法律保护")
    String domain;

    @Option(names = "--region", paramLabel = "R", description = "only this region or those below it (东莞, 河南省)")
    String region;

    @Option(names = "--level", paramLabel = "L", description = "only regions of this level: province city district county")
    String level;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N hits (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--targets", description = "search target records instead of measures")
    boolean targets;

    @Option(names = "--facets", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "count the matches per region and domain (default); --no-facets counts matches only up to "
                    + MeasureQuery.COUNT_LIMIT + ", which is quicker on a large index")
    boolean facets;

    @Option(names = "--json", description = "write JSON instead of a table")
    boolean json;

    @Option(names = "--index", paramLabel = "DIR",
            description = "an index built by `zhibiao index --index DIR`; without it the bundled plans are indexed in memory")
    Path indexDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Opening an index folder that is not there would make it: a search only reads, so it says what to run.
        if (indexDir != null && !Files.isDirectory(indexDir)) {
            err.println("search: " + indexDir + ": no such folder, so no index; " + howToBuild());
            return 1;
        }
        try (MeasureIndex index = indexDir == null
                ? MeasureIndex.inMemory(Corpus.bundled(), Extractor.create()) : MeasureIndex.openReadOnly(indexDir)) {
            MeasureQuery q = index.search(String.join(" ", query)).domain(domain).region(region).level(level)
                    .limit(limit);
            if (targets) q = q.targets();
            if (facets) q = q.facets();
            SearchHits hits = q.run();
            out.print(json ? Json.mapper().writeValueAsString(hits.toJson()) + "\n" : hits.toString());
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("search: " + e.getMessage());
            return 2;
        } catch (ZhibiaoException e) {
            String message = Reasons.oneLine(e);
            // The index names the Java call that makes an index; a user of the command line needs the command.
            if (message.contains("holds no measure index")) {
                message = indexDir + ": holds no measure index; " + howToBuild();
            }
            err.println("search: " + message);
            return 1;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println("search: cannot write JSON: " + Reasons.of(e));
            return 1;
        }
    }

    private String howToBuild() {
        return "build one with `zhibiao index --index " + indexDir + " [FILE...]`";
    }
}
