package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents small on disk that expand in memory: the XML of a .docx, the markup of a page, the pages of a PDF.
 * Each is refused by a limit counted while it is read, before the expensive work, with a one-line error.
 */
class InflatedInputsTest {
    @TempDir
    Path dir;

    @Test
    void docxWhoseXmlExpandsPastTheMarkupLimitIsRefusedWhileUnzipping() throws IOException {
        // Varied paragraphs, so the archive stays above POI's own ratio check (1%) as real bombs are made to.
        long xmlBytes = (InputLimits.DEFAULT.maxMarkupBytes() * 5) / 4;
        byte[] docx = docxWithXml(xmlBytes, true);
        assertTrue(docx.length < InputLimits.DEFAULT.maxMarkupBytes() / 4,
                "the archive should be small on disk: " + docx.length + " bytes");
        Path file = Files.write(dir.resolve("bomb.docx"), docx);
        InputException e = assertThrows(InputException.class, () -> Inputs.read(file));
        assertEquals(file + ": too large: its XML expands to more than 16777216 bytes; the limit is 16777216"
                + " (InputLimits.maxMarkupBytes)", e.getMessage());
    }

    @Test
    void docxUnderTheMarkupLimitIsRead() throws IOException {
        byte[] docx = docxWithXml(200_000, true);
        String text = Inputs.text("plan.docx", docx, InputLimits.DEFAULT);
        assertTrue(text.startsWith("第1段：到2030年，儿童发展规划目标全面实现。"), text.substring(0, 40));
        InputException e = assertThrows(InputException.class,
                () -> Inputs.text("plan.docx", docx, InputLimits.DEFAULT.withMaxMarkupBytes(100_000)));
        assertTrue(e.getMessage().endsWith("the limit is 100000 (InputLimits.maxMarkupBytes)"), e.getMessage());
    }

    @Test
    void zipBombCheckOfTheLibraryIsReportedOnOneLineInOurWords() throws IOException {
        // Spaces compress a thousandfold: POI's ratio check refuses them, with several lines about its settings.
        byte[] docx = docxWithXml(4_000_000, false);
        InputException e = assertThrows(InputException.class, () -> Inputs.text("spaces.docx", docx, InputLimits.DEFAULT));
        assertEquals("spaces.docx: not a readable .docx document (its parts expand far beyond their compressed size, "
                + "as a zip bomb does)", e.getMessage());
    }

    @Test
    void pdfWithMorePagesThanTheLimitIsRefusedBeforeItsPagesAreRead() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 30; i++) doc.addPage(new PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        InputException e = assertThrows(InputException.class,
                () -> Inputs.text("yearbook.pdf", pdf, InputLimits.DEFAULT.withMaxPages(20)));
        assertEquals("yearbook.pdf: too large: 30 pages; the limit is 20 (InputLimits.maxPages)", e.getMessage());
    }

    @Test
    void pdfWhoseCharacterMapSpansMillionsOfCodesIsRefusedAsDamaged() throws IOException {
        // One changed byte in a font's ToUnicode end code makes a range of millions, which PDFBox would expand
        // into a map entry per code, for minutes: the map is measured before any page is read.
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Fixtures.pdf("到2030年，儿童发展规划目标全面实现。\n"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (var font : doc.getDocument().getObjectsByType(org.apache.pdfbox.cos.COSName.FONT)) {
                var dict = (org.apache.pdfbox.cos.COSDictionary) font.getObject();
                if (dict.getDictionaryObject(org.apache.pdfbox.cos.COSName.TO_UNICODE)
                        instanceof org.apache.pdfbox.cos.COSStream map) {
                    try (OutputStream w = map.createOutputStream()) {
                        write(w, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n"
                                + "<0000> <FFFF>\nendcodespacerange\n2 beginbfrange\n<0001> <0001> <0020>\n"
                                + "<0002> <02FFFF> <4E00>\nendbfrange\nendcmap\n");
                    }
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        InputException e = assertThrows(InputException.class, () -> Inputs.text("cut.pdf", pdf, InputLimits.DEFAULT));
        assertEquals("cut.pdf: not a readable PDF (a font's character map has a range of 196606 codes, so it is "
                + "damaged)", e.getMessage());
    }

    @Test
    void pageOverTheMarkupLimitIsRefusedBeforeItIsParsed() {
        byte[] page = ("<!DOCTYPE html><html><body><p>儿童发展规划</p>" + "<div></div>".repeat(200) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class,
                () -> Inputs.text("page.html", page, InputLimits.DEFAULT.withMaxMarkupBytes(1000)));
        assertEquals("page.html: too large: a page of " + page.length + " bytes; the limit is 1000"
                + " (InputLimits.maxMarkupBytes)", e.getMessage());
    }

    @Test
    void pageWhoseMarkupIsLongerThanTheTextLimitIsReadWhenItsTextIsNot() {
        byte[] page = ("<!DOCTYPE html><html><body><p>儿童发展规划</p>" + "<div class=\"x\"></div>".repeat(500)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("儿童发展规划\n", Inputs.text("page.html", page, InputLimits.DEFAULT.withMaxChars(1000)),
                "maxChars bounds the text taken from a page, the markup limit its source");
    }

    /** A .docx whose document.xml holds about {@code xmlBytes} bytes of paragraphs, or of spaces. */
    static byte[] docxWithXml(long xmlBytes, boolean paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : new String[] {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(MINIMAL.get(part).getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            long written = 0;
            for (int i = 1; written < xmlBytes; i++) {
                String p = paragraphs
                        ? "<w:p><w:r><w:t>第" + i + "段：到2030年，儿童发展规划目标全面实现。覆盖率达到" + (i * 7919 % 100)
                        + "%以上，编号" + Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i)
                        + "。</w:t></w:r></w:p>"
                        : " ".repeat(4096);
                byte[] b = p.getBytes(StandardCharsets.UTF_8);
                zip.write(b);
                written += b.length;
            }
            if (!paragraphs) write(zip, "<w:p><w:r><w:t>儿童</w:t></w:r></w:p>");
            write(zip, "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final java.util.Map<String, String> MINIMAL = java.util.Map.of(
            "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
            "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>",
            "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");

    @Test
    void theTestDocxIsAWordDocument() throws IOException {
        byte[] docx = docxWithXml(1000, true);
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            int parts = 0;
            while (zip.getNextEntry() != null) parts++;
            assertEquals(4, parts, "content types, package and document relations, and the document");
        }
        assertFalse(Inputs.text("t.docx", docx, InputLimits.DEFAULT).isBlank(), "POI reads the fixture");
    }
}
