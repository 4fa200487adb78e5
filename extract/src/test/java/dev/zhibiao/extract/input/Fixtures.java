package dev.zhibiao.extract.input;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the same small plan as plain text, a web page, a Word document and a PDF, so tests can check that every
 * format yields what the plain UTF-8 text yields. The plan lives in {@code input/plan.txt}; a table in it is
 * written the way plain-text plans carry one: one cell per line after a tab, a blank line after each row.
 */
final class Fixtures {
    /**
     * Where Debian's fonts-wqy-zenhei (installed by .ci/run) puts its TrueType collection; others as fallbacks.
     * Without any of them the PDF fixtures embed {@link TestFont}, made in memory.
     */
    static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private Fixtures() {
    }

    /** A paragraph, or a table given as rows of cells. */
    sealed interface Block permits Para, Table {
    }

    record Para(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
    }

    static String planText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/input/plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                row.add(line.substring(1));
            } else if (!row.isEmpty()) {
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Table t) t.rows().add(row);
                else blocks.add(new Table(new ArrayList<>(List.of(row))));
                row = new ArrayList<>();
                if (!line.isEmpty()) blocks.add(new Para(line));
            } else if (!line.isEmpty()) {
                blocks.add(new Para(line));
            }
        }
        return blocks;
    }

    /** The plan's paragraphs alone, one per line: what a PDF of them should read back as. */
    static String paragraphsOnly(String text) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks(text)) {
            if (block instanceof Para p && !p.text().startsWith("专栏")) b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉：青山区人民政府");
            for (Block block : blocks(text)) {
                if (block instanceof Para p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else if (block instanceof Table t) {
                    XWPFTable table = doc.createTable(t.rows().size(), t.rows().get(0).size());
                    for (int r = 0; r < t.rows().size(); r++) {
                        for (int c = 0; c < t.rows().get(r).size(); c++) {
                            table.getRow(r).getCell(c).setText(t.rows().get(r).get(c));
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as government sites serve one: navigation, scripts, header and footer around the text. */
    static String html(String text, String charset) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charset).append("\"><title>规划全文</title>")
                .append("<script>var rate = \"达到99%\"; document.write('<p>脚本里的50%</p>');</script>")
                .append("<style>p { margin: 0 }</style></head>\n<body>")
                .append("<div class=\"nav-bar\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>")
                .append("<header><img src=\"logo.png\">青山区人民政府网</header>\n")
                .append("<div id=\"zoom\" class=\"article-content\">\n");
        for (Block block : blocks(text)) {
            if (block instanceof Para p) {
                b.append("<p style=\"text-indent:2em\">\n  ").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Table t) {
                b.append("<table border=\"1\"><tbody>\n");
                for (List<String> row : t.rows()) {
                    b.append("<tr>");
                    for (String cell : row) b.append("<td><span>").append(escape(cell)).append("</span></td>");
                    b.append("</tr>\n");
                }
                b.append("</tbody></table>\n");
            }
        }
        b.append("</div>\n<div class=\"share\">分享到：微信 微博</div>")
                .append("<footer>版权所有：青山区人民政府 网站标识码1234567890 访问量：35%</footer></body></html>\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Optional<Path> installedCjkFont() {
        return CJK_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    /**
     * A PDF of the paragraphs, wrapped at the page width as a word processor would, each paragraph's first line
     * indented by two characters as Chinese documents are set, with page numbers.
     */
    static byte[] pdf(String paragraphs) {
        return pdf(paragraphs, true);
    }

    /** A PDF of the paragraphs, with or without first-line indents. */
    static byte[] pdf(String paragraphs, boolean indent) {
        Optional<Path> installed = installedCjkFont();
        try (PDDocument doc = new PDDocument();
             TrueTypeCollection ttc = installed.isPresent() ? new TrueTypeCollection(installed.get().toFile()) : null;
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = font(doc, ttc);
            float size = 12;
            float leading = 20;
            float margin = 72;
            PDRectangle box = PDRectangle.A4;
            float width = box.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            List<Boolean> firsts = new ArrayList<>();
            float indentBy = indent ? 2 * size : 0;
            for (String para : paragraphs.split("\n")) {
                List<String> wrapped = wrap(para, font, size, width, indentBy);
                for (int i = 0; i < wrapped.size(); i++) firsts.add(i == 0);
                lines.addAll(wrapped);
            }
            int perPage = (int) ((box.getHeight() - 2 * margin) / leading);
            for (int start = 0, pageNo = 1; start < lines.size(); start += perPage, pageNo++) {
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(margin + (firsts.get(i) ? indentBy : 0),
                                box.getHeight() - margin - (i - start) * leading);
                        cs.showText(lines.get(i));
                        cs.endText();
                    }
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(box.getWidth() / 2 - 15, margin / 2);
                    cs.showText("- " + pageNo + " -");
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font a PDF fixture embeds: the first of an installed CJK collection (.ci/run installs
     * fonts-wqy-zenhei), else {@link TestFont}, which every machine has: a PDF's text reads the same in either.
     */
    private static PDType0Font font(PDDocument doc, TrueTypeCollection installed) throws IOException {
        if (installed == null) return PDType0Font.load(doc, new ByteArrayInputStream(TestFont.bytes()), true);
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        installed.processAllFonts(f -> first.compareAndSet(null, f));
        return PDType0Font.load(doc, first.get(), true);
    }

    private static List<String> wrap(String para, PDType0Font font, float size, float width, float indent)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < para.length(); i++) {
            line.append(para.charAt(i));
            if (font.getStringWidth(line.toString()) / 1000 * size > width - (lines.isEmpty() ? indent : 0)) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(para.charAt(i));
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
