package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text layer of a PDF in reading order, with the lines that the page width broke re-joined
 * ({@link LineJoiner}). Only loaded when pdfbox is on the class path.
 */
final class PdfText {
    private static final String PAGE_END = "\f";

    private PdfText() {
    }

    static String convert(String name, byte[] bytes) {
        String raw;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            raw = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new InputException(name, "encrypted PDF: needs a password to read", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "not a readable PDF (" + e.getMessage() + ")", e);
        }
        List<List<String>> pages = new ArrayList<>();
        for (String page : raw.split(PAGE_END, -1)) pages.add(Arrays.asList(page.split("\n", -1)));
        String text = LineJoiner.join(pages);
        if (text.isBlank()) {
            throw new InputException(name, "PDF has no text layer (a scanned image?); run OCR on it first");
        }
        return text;
    }
}
