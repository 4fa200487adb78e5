package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import dev.zhibiao.error.Reasons;
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

    static String convert(String name, byte[] bytes, InputLimits limits) {
        ZipParts.requireWithinLimits(name, bytes, limits);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder(bytes.length);
            body(out, doc.getBodyElements(), new ListNumbers(doc));
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "not a readable .docx document (" + Reasons.of(e) + ")", e);
        }
    }

    private static void body(StringBuilder out, List<IBodyElement> elements, ListNumbers numbers) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                Cells.line(out, numbered(p, numbers));
            } else if (e instanceof XWPFTable t) {
                table(out, t, numbers);
            } else if (e instanceof XWPFSDT sdt) {
                Cells.line(out, sdt.getContent().getText());
            }
        }
    }

    private static void table(StringBuilder out, XWPFTable table, ListNumbers numbers) {
        for (XWPFTableRow row : table.getRows()) {
            if (row.getTableCells().stream().anyMatch(c -> !c.getTables().isEmpty())) {
                // A table used for layout: its cells hold blocks, not values.
                for (XWPFTableCell cell : row.getTableCells()) body(out, cell.getBodyElements(), numbers);
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(Cells.clean(String.join("\n", cell.getParagraphs().stream().map(p -> numbered(p, numbers))
                        .toList())));
            }
            Cells.row(out, cells);
        }
    }

    /** The paragraph's text behind its list label. Word counts an empty numbered paragraph too, so it is counted. */
    private static String numbered(XWPFParagraph p, ListNumbers numbers) {
        String label = numbers.label(p);
        String text = p.getText();
        return text.isBlank() ? "" : label + text;
    }
}
