package dev.zhibiao.extract.specs;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every example of the extraction rules, read from the spec files under {@code src/test/resources/specs} (the
 * format is in {@code specs/README.md}): one test a row, named {@code file:line input}. An {@code ok} row must
 * give what it expects. A {@code known-gap} row holds the right reading the code does not give yet: it is
 * reported as skipped with its reason, and fails once the code gives it, so that it is promoted to {@code ok}.
 */
class SpecFilesTest {
    private static final String ROOT = "/specs";
    private static final int NAME_CHARS = 60;

    @TestFactory
    Stream<DynamicNode> everyRowReadsAsItsFileSays() {
        return files().stream().map(name -> {
            SpecFile file;
            try {
                file = load(name);
            } catch (SpecFormatException e) {
                return DynamicTest.dynamicTest(name + " parses", () -> fail(e.getMessage()));
            }
            return DynamicContainer.dynamicContainer(name, uri(name, 0),
                    file.rows().stream().map(row -> DynamicTest.dynamicTest(title(row), uri(name, row.line()),
                            () -> run(file, row))));
        });
    }

    private static void run(SpecFile file, SpecRow row) {
        SpecReader reader = SpecReaders.of(file).orElseThrow(() -> new AssertionError(file.name() + ": no reader"));
        String got = reader.read(row);
        boolean same = reader.same(row.expected(), got);
        if (row.isKnownGap()) {
            if (same) {
                fail(row.where() + ": a known gap now reads right; mark it ok\n  input:    "
                        + SpecFile.escape(row.input()) + "\n  expected: " + SpecFile.escape(row.expected())
                        + "\n  gap was:  " + row.gapReason());
            }
            abort("known gap: " + row.gapReason() + " (gives " + SpecFile.escape(got) + ")");
        }
        if (!same) {
            String detail = reader.detail(row);
            fail(row.where() + "\n  input:    " + SpecFile.escape(row.input()) + "\n  expected: "
                    + SpecFile.escape(row.expected()) + "\n  got:      " + SpecFile.escape(got)
                    + (detail.isEmpty() ? "" : "\n  " + detail));
        }
    }

    @Test
    void everySpecFileParsesAndHasAReader() {
        List<String> names = files();
        assertFalse(names.isEmpty(), "expected spec files under " + ROOT + ", found none");
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (String name : names) {
            SpecFile file;
            try {
                file = load(name);
            } catch (SpecFormatException e) {
                problems.add(e.getMessage());
                continue;
            }
            rows += file.rows().size();
            if (!SpecReaders.reads(file)) {
                problems.add(name + ": no reader for the folder '" + file.area() + "' or the file '" + file.stem() + "'");
                continue;
            }
            SpecReader reader = SpecReaders.of(file).orElseThrow();
            for (String column : reader.columns()) {
                if (!file.columns().contains(column) && !file.settings().containsKey(column)) {
                    problems.add(name + ": its reader needs a column or a '# " + column + ": …' setting '"
                            + column + "'");
                }
            }
            for (String column : file.columns()) {
                if (!SpecFile.REQUIRED.contains(column) && !reader.columns().contains(column)) {
                    problems.add(name + ": its reader does not read the column '" + column + "'");
                }
            }
            if (problems.stream().anyMatch(p -> p.startsWith(name + ": its reader"))) continue;
            for (SpecRow row : file.rows()) {
                try {
                    reader.check(row);
                } catch (IllegalArgumentException e) {
                    problems.add(row.where() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "expected every spec file to parse, got:\n  " + String.join("\n  ", problems));
        assertTrue(rows > 0, "expected rows in the spec files, got none");
    }

    /** The spec files' paths under {@code specs/}, sorted. */
    static List<String> files() {
        Path root = root();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".tsv"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecFile load(String name) {
        try {
            return SpecFile.parse(name, Files.readAllLines(root().resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static Path root() {
        URL url = SpecFilesTest.class.getResource(ROOT);
        if (url == null) throw new IllegalStateException(ROOT + " is not on the test class path");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + ": not a folder", e);
        }
    }

    private static String title(SpecRow row) {
        String in = SpecFile.escape(row.input());
        if (in.codePointCount(0, in.length()) > NAME_CHARS) in = in.substring(0, in.offsetByCodePoints(0, NAME_CHARS)) + "…";
        return row.where() + " " + in;
    }

    /** Where an IDE finds the row: the file on the class path, at its line. */
    private static URI uri(String name, int line) {
        return URI.create("classpath:" + ROOT + "/" + name + (line > 0 ? "?line=" + line : ""));
    }
}
