package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import dev.zhibiao.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each format of the same plan reads back as the plan's plain UTF-8 text. */
class FormatsTest {
    private static final String PLAN = Fixtures.planText();

    @TempDir
    Path dir;

    @Test
    void plainUtf8IsReadAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("青山区规划.txt"), PLAN);
        Document doc = Inputs.read(file);
        assertEquals(PLAN, doc.text(), "plain UTF-8 text should come back unchanged");
        assertEquals("青山区规划", doc.id(), "id is the file name without extension");
    }

    @Test
    void docxParagraphsAndTableCellsComeInBodyOrder() throws IOException {
        Path file = Files.write(dir.resolve("plan.docx"), Fixtures.docx(PLAN));
        String text = Inputs.read(file).text();
        assertEquals(PLAN, text, "docx text should equal the plan text, table cells one per line after a tab");
        assertFalse(text.contains("页眉"), "the page header is furniture, not text: " + text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030"})
    void htmlMainTextInTheDeclaredCharsetWithoutClutter(String charset) throws IOException {
        Path file = Files.write(dir.resolve("plan.html"), Fixtures.html(PLAN, charset).getBytes(Charset.forName(charset)));
        String text = Inputs.read(file).text();
        assertEquals(PLAN, text, "the page's main text should equal the plan text");
    }

    @Test
    void htmlIsRecognisedByItsMarkupWhateverItsName() {
        byte[] page = Fixtures.html(PLAN, "utf-8").getBytes(StandardCharsets.UTF_8);
        assertEquals(PLAN, Inputs.read("download.txt", new ByteArrayInputStream(page)).text(),
                "a page saved as .txt is still a page");
    }

    @Test
    void htmlWhoseDeclaredCharsetLiesIsDetected() {
        byte[] page = Fixtures.html(PLAN, "utf-8").getBytes(Charset.forName("GB18030"));
        assertEquals(PLAN, Inputs.read("plan.htm", new ByteArrayInputStream(page)).text(),
                "a GB18030 page declaring utf-8 should still decode");
    }

    @Test
    void pdfTextLayerWithLinesRejoined() throws IOException {
        String paragraphs = Fixtures.paragraphsOnly(PLAN);
        Path file = Files.write(dir.resolve("plan.pdf"), Fixtures.pdf(paragraphs));
        assertEquals(paragraphs, Inputs.read(file).text(),
                "PDF text should equal the paragraphs, each re-joined across the page width, page numbers dropped");
    }

    @Test
    void pdfWithoutTextLayerIsAnError() throws IOException {
        byte[] blank;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            blank = out.toByteArray();
        }
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("scan.pdf", new ByteArrayInputStream(blank)));
        assertTrue(e.getMessage().startsWith("scan.pdf: PDF has no text layer"), e.getMessage());
    }

    @Test
    void zipThatIsNotADocxIsAnError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("data.docx", new ByteArrayInputStream(out.toByteArray())));
        assertEquals("data.docx: a zip archive without word/document.xml, so not a .docx document", e.getMessage());
    }

    @Test
    void brokenDocxIsAnErrorNamingTheFile() {
        byte[] truncated = java.util.Arrays.copyOf(Fixtures.docx(PLAN), 600);
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("cut.docx", new ByteArrayInputStream(truncated)));
        assertTrue(e.getMessage().startsWith("cut.docx: "), e.getMessage());
    }

    @Test
    void brokenPdfIsAnErrorNamingTheFile() {
        byte[] bytes = "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII);
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("cut.pdf", new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().startsWith("cut.pdf: "), e.getMessage());
    }

    @Test
    void missingLibraryIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> Inputs.requireLibrary("plan.docx", "org.example.Absent", "poi-ooxml", ".docx"));
        assertEquals("plan.docx: reading .docx needs poi-ooxml on the class path", e.getMessage());
    }
}
