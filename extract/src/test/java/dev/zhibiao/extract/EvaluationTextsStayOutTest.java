package dev.zhibiao.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules hold for the language, not for the texts they are measured on: no sentence of an evaluation or
 * development text (the composed set, and the real pages of {@code .devset/} where they are refilled) may stand
 * in the code or the data of any module's {@code src/main}. The corpus module bundles its own documents and is
 * not searched.
 */
class EvaluationTextsStayOutTest {
    private static final Path ROOT = Path.of("..");
    /** A sentence this long is a page's own words, not a phrase of the language. */
    private static final int MIN_CHARS = 14;
    private static final List<String> MODULES = List.of("core", "extract", "compare", "bench", "examples");
    private static final Set<String> TEXT_FILES = Set.of("java", "txt", "json", "tsv", "properties", "jsh", "md", "yaml");

    @Test
    void noSentenceOfAnEvaluationTextStandsUnderSrcMain() throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        for (Path dir : List.of(ROOT.resolve("corpus/composed/documents"), ROOT.resolve(".devset"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    sentences.addAll(sentences(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(sentences.size() > 100, () -> "expected the composed set's sentences, got " + sentences.size());
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path main = ROOT.resolve(module).resolve("src/main");
            if (!Files.isDirectory(main)) continue;
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(Files::isRegularFile).filter(EvaluationTextsStayOutTest::isText).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    boolean data = f.toString().endsWith(".json");
                    for (String s : sentences) {
                        // a whole string of a data file is a name (an indicator's standard name), not a sentence
                        if (text.contains(s) && !(data && text.contains("\"" + s + "\""))) {
                            found.add(ROOT.relativize(f) + ": «" + s + "»");
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "expected no sentence of an evaluation text under src/main, got " + found);
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1));
    }

    /** The sentences and clauses of a text long enough to be its own words, spaces taken out. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[。！？；;\\n，,、：:]")) {
            String s = part.replaceAll("\\s+", "").strip();
            if (s.codePointCount(0, s.length()) >= MIN_CHARS) out.add(s);
        }
        return out;
    }
}
