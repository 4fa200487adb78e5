package dev.zhibiao.compare.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process killed while indexing leaves the last committed index: readable, and holding each document
 * whole, as one generation of it, never parts of two.
 */
class KillTest {
    static final int COMMITS_BEFORE_KILL = 25;
    static final Pattern GENERATION = Pattern.compile("^第(\\d+)代");

    @Test
    void aKilledIndexerLeavesWholeDocuments(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IndexingChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int commits = 0;
            while (commits < COMMITS_BEFORE_KILL && (line = r.readLine()) != null) {
                said.add(line);
                if (line.startsWith("committed ")) commits++;
            }
            assertEquals(COMMITS_BEFORE_KILL, commits, "the child should commit before it is killed; it said: " + said);
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        try (MeasureIndex index = MeasureIndex.open(dir, Synonyms.none())) {
            assertEquals(IndexingChild.DOCUMENTS, index.documentCount(), index.toString());
            for (String doc : index.documentIds()) {
                List<Measure> measures = index.measures(doc);
                TreeSet<Integer> generations = new TreeSet<>();
                for (Measure m : measures) {
                    Matcher g = GENERATION.matcher(m.text());
                    assertTrue(g.find(), "a measure the child wrote: " + m.text());
                    generations.add(Integer.parseInt(g.group(1)));
                }
                assertEquals(1, generations.size(), doc + " should hold one generation, holds " + generations);
                assertEquals(IndexingChild.measuresIn(generations.first()), measures.size(),
                        doc + " of generation " + generations.first() + " should be whole");
            }
            // and it can be written to again
            index.add(IndexingChild.document(0, 1));
            assertEquals(IndexingChild.measuresIn(1), index.size("doc-0"));
        }
    }
}
