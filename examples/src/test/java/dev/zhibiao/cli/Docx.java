package dev.zhibiao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word documents made byte by byte, as large as a test needs, without holding their XML in memory. */
final class Docx {
    private Docx() {
    }

    /** A .docx whose body is numbered paragraphs, about {@code xmlBytes} bytes of XML. */
    static byte[] withParagraphs(long xmlBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body>");
            long written = 0;
            for (int i = 1; written < xmlBytes; i++) {
                written += write(zip, "<w:p><w:r><w:t>第" + i + "段：覆盖率达到" + (i * 7919 % 100) + "%以上，编号"
                        + Long.toHexString(i * 2654435761L) + "。</w:t></w:r></w:p>");
            }
            write(zip, "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, xml);
    }

    private static int write(ZipOutputStream zip, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        zip.write(b);
        return b.length;
    }
}
