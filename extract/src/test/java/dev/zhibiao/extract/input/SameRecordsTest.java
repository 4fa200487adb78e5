package dev.zhibiao.extract.input;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every encoding and format of a plan yields the records its plain UTF-8 text yields. */
class SameRecordsTest {
    private static final String PLAN = Fixtures.planText();
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    /** A record without where it stands: formats may lay the text out differently. */
    record Essence(String indicator, Double value, Double low, Double high, String unit, String comparator,
                   Integer year, String kind, String scope, String domain) {
        static Essence of(Target t) {
            return new Essence(t.indicator(), t.value(), t.low(), t.high(), t.unit().toString(),
                    t.comparator().toString(), t.year(), t.kind().toString(), t.scope().toString(),
                    t.domain().toString());
        }
    }

    static List<Essence> essence(Extraction x) {
        return x.records().stream().map(Essence::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8 BOM", "GBK", "GB18030", "UTF-16LE", "UTF-16BE BOM", "docx", "html GBK", "html UTF-8"})
    void sameRecordsAsPlainUtf8(String form) throws IOException {
        List<Essence> expected = essence(extractor.extract(PLAN));
        assertFalse(expected.isEmpty(), "the plan should have records to compare");
        Path file = switch (form) {
            case "UTF-8 BOM" -> write("plan.txt", DecodingTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}, PLAN.getBytes(StandardCharsets.UTF_8)));
            case "UTF-16BE BOM" -> write("plan.txt", PLAN.getBytes(StandardCharsets.UTF_16));
            case "docx" -> write("plan.docx", Fixtures.docx(PLAN));
            case "html GBK" -> write("plan.html", Fixtures.html(PLAN, "gbk").getBytes(Charset.forName("GBK")));
            case "html UTF-8" -> write("plan.html", Fixtures.html(PLAN, "utf-8").getBytes(StandardCharsets.UTF_8));
            default -> write("plan.txt", PLAN.getBytes(Charset.forName(form)));
        };
        assertEquals(expected, essence(extractor.extract(file)), form + " should give the plain text's records");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdf"})
    void pdfGivesTheRecordsOfItsParagraphs(String form) throws IOException {
        String paragraphs = Fixtures.paragraphsOnly(PLAN);
        List<Essence> expected = essence(extractor.extract(paragraphs));
        Path file = write("plan.pdf", Fixtures.pdf(paragraphs));
        assertEquals(expected, essence(extractor.extract(file)), "the PDF should give its paragraphs' records");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
