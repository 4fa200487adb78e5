package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import dev.zhibiao.error.Reasons;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text layer of a PDF in reading order, with the lines that the page width broke re-joined
 * ({@link PageLines}). Where each line starts on the page is kept, because a first-line indent is how a
 * Chinese document marks a new paragraph. Only loaded when pdfbox is on the class path.
 */
final class PdfText {
    private PdfText() {
    }

    static String convert(String name, byte[] bytes, InputLimits limits) {
        List<List<PageLines.Line>> pages;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // The page count is in the page tree, read before any page: a long document is refused at once.
            int count = pdf.getNumberOfPages();
            if (count > limits.maxPages()) {
                throw new InputException(name, "too large: " + count + " pages; the limit is " + limits.maxPages()
                        + " (InputLimits.maxPages)");
            }
            PdfCharMaps.requireSane(name, pdf);
            LineCollector collector = new LineCollector(name, limits);
            collector.setSortByPosition(true);
            collector.writeText(pdf, Writer.nullWriter());
            pages = collector.pages;
        } catch (InvalidPasswordException e) {
            throw new InputException(name, "encrypted PDF: needs a password to read", e);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "not a readable PDF (" + Reasons.of(e) + ")", e);
        }
        String text = PageLines.joinLines(pages);
        if (text.isBlank()) {
            throw new InputException(name, "PDF has no text layer (a scanned image?); run OCR on it first");
        }
        return text;
    }

    /** Gathers each page's lines with how far each starts right of the page's usual left edge. */
    private static final class LineCollector extends PDFTextStripper {
        final List<List<PageLines.Line>> pages = new ArrayList<>();
        private final List<StringBuilder> texts = new ArrayList<>();
        /** Per line: start x, a glyph's width, end x. */
        private final List<float[]> starts = new ArrayList<>();
        private StringBuilder line;
        private final String name;
        private final InputLimits limits;
        /** Characters gathered so far: reading stops as soon as the text is over the limit. */
        private long chars;

        LineCollector(String name, InputLimits limits) throws IOException {
            this.name = name;
            this.limits = limits;
        }

        @Override
        protected void startPage(PDPage page) {
            texts.clear();
            starts.clear();
            line = null;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (line == null) {
                line = new StringBuilder();
                texts.add(line);
                TextPosition first = positions.isEmpty() ? null : positions.get(0);
                starts.add(first == null ? new float[] {0, 0, 0}
                        : new float[] {first.getXDirAdj(), Math.max(first.getWidthDirAdj(), first.getFontSizeInPt()), 0});
            }
            float[] s = starts.get(starts.size() - 1);
            for (TextPosition p : positions) s[2] = Math.max(s[2], p.getXDirAdj() + p.getWidthDirAdj());
            line.append(text);
            chars += text.length();
            if (chars > limits.maxChars()) throw TextDecoder.tooLarge(name, limits);
        }

        @Override
        protected void writeWordSeparator() {
            if (line != null) line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            line = null;
        }

        @Override
        protected void endPage(PDPage page) {
            // The left edge is where most lines start; a line starting a glyph or more to its right is indented.
            Map<Integer, Integer> counts = new HashMap<>();
            for (float[] s : starts) counts.merge(Math.round(s[0]), 1, Integer::sum);
            int edge = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(0);
            List<PageLines.Line> lines = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                float[] s = starts.get(i);
                lines.add(new PageLines.Line(texts.get(i).toString(), s[0] - edge >= 0.9f * s[1], Math.max(0, s[2] - edge)));
            }
            pages.add(lines);
        }
    }
}
