package dev.zhibiao.bench;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a user's first call does in a fresh JVM: read one plan file, make an extractor, print its records.
 * {@link Bench#startup()} runs it as a child process and times it to the {@code records=} line.
 */
public final class FirstRecords {
    private FirstRecords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FirstRecords PLAN.txt");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Extraction x = Extractor.create().extract(Files.readString(file, StandardCharsets.UTF_8));
        System.out.print(x);
        System.out.println("records=" + x.records().size());
    }
}
