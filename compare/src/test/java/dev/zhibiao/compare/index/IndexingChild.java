package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KillTest}: indexes documents into a directory without end, each
 * generation giving every document a different number of measures, and says after each commit.
 */
public final class IndexingChild {
    static final int DOCUMENTS = 4;

    /** How many measures a document has in a generation. */
    static int measuresIn(int generation) {
        return 3 + generation % 5;
    }

    static Extraction document(int d, int generation) {
        String[] items = new String[measuresIn(generation)];
        for (int k = 0; k < items.length; k++) {
            items[k] = "第" + generation + "代第" + k + "项：预防和控制儿童溺水，加强暑期安全看护。";
        }
        return Plans.plan("doc-" + d, Plans.HONGQI).area("（一）儿童与安全", Domain.SAFETY, items).build();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (MeasureIndex index = MeasureIndex.create(dir, Synonyms.none())) {
            for (int generation = 1; ; generation++) {
                for (int d = 0; d < DOCUMENTS; d++) {
                    index.add(document(d, generation));
                    out.println("committed " + generation + " " + d);
                }
            }
        }
    }
}
