package dev.zhibiao.extract.input;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The prose of each bundled document, laid out as a PDF with lines broken at the page width, reads back as
 * the same paragraphs and gives the same records. Tables are left out: a PDF table is not rebuilt as cells.
 */
class PdfProseTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    static List<String> documents() {
        return Corpus.bundled().documents().stream().map(Document::id).toList();
    }

    /** The document's lines that are prose: not table cells, not blank, white space trimmed. */
    static String prose(String text) {
        return text.lines().filter(l -> !l.startsWith("\t")).map(String::strip).map(Cells::clean)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void proseAsPdfGivesTheSameRecords(String id) {
        String prose = prose(Corpus.bundled().document(id).text());
        String read = Inputs.read(id + ".pdf", new ByteArrayInputStream(Fixtures.pdf(prose))).text();
        assertEquals(prose, read, id + ": the PDF should read back as its paragraphs");
        var expected = SameRecordsTest.essence(extractor.extract(prose));
        assertFalse(expected.isEmpty(), id + ": the prose should have records to compare");
        assertEquals(expected, SameRecordsTest.essence(extractor.extract(read)), id + ": the PDF should give the records of its prose");
    }
}
