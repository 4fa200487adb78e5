package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Word document: paragraphs and table cells in the order of the body. Headers, footers and
 * comments are page furniture and are left out. Only loaded when poi-ooxml is on the class path.
 */
final class DocxText {
    private DocxText() {
    }

    static String convert(String name, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder(bytes.length);
            body(out, doc.getBodyElements());
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "not a readable .docx document (" + e.getMessage() + ")", e);
        }
    }

    private static void body(StringBuilder out, List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                Cells.line(out, p.getText());
            } else if (e instanceof XWPFTable t) {
                table(out, t);
            } else if (e instanceof XWPFSDT sdt) {
                Cells.line(out, sdt.getContent().getText());
            }
        }
    }

    private static void table(StringBuilder out, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            if (row.getTableCells().stream().anyMatch(c -> !c.getTables().isEmpty())) {
                // A table used for layout: its cells hold blocks, not values.
                for (XWPFTableCell cell : row.getTableCells()) body(out, cell.getBodyElements());
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(Cells.clean(String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList())));
            }
            Cells.row(out, cells);
        }
    }
}
