package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@link Inputs} reads, told apart by their first bytes and, failing that, by the file name. */
public enum InputFormat {
    /** Plain text in UTF-8, GB18030/GBK or UTF-16. */
    TEXT,
    /** A web page; its main text is kept. Needs jsoup. */
    HTML,
    /** A Word document (Office Open XML). Needs poi-ooxml. */
    DOCX,
    /** A PDF with a text layer. Needs pdfbox. */
    PDF;

    private static final byte[] DOCX_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    /** The format of the bytes; an error for formats that cannot hold a readable plan, or a name that lies. */
    static InputFormat detect(String name, byte[] b) {
        String ext = extension(name);
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) return PDF;
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (indexOf(b, DOCX_PART) >= 0) return DOCX;
            throw new InputException(name, "a zip archive without word/document.xml, so not a .docx document");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new InputException(name, "a Word 97-2003 (.doc) or other legacy Office file; save it as .docx");
        }
        if (ext.equals("pdf")) throw new InputException(name, "named .pdf but is not a PDF (does not start with %PDF)");
        if (ext.equals("docx")) throw new InputException(name, "named .docx but is not a Word document (not a zip archive)");
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml")) return HTML;
        return looksLikeHtml(new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1)) ? HTML : TEXT;
    }

    /** Markup at the start of a text: a doctype or an html element, after any BOM and white space. */
    static boolean looksLikeHtml(String start) {
        String s = start.replaceFirst("^(\\uFEFF|ï»¿)?\\s*", "").toLowerCase(Locale.ROOT);
        if (s.startsWith("<?xml")) s = s.substring(Math.max(0, s.indexOf("?>") + 2)).strip();
        while (s.startsWith("<!--") && s.contains("-->")) s = s.substring(s.indexOf("-->") + 3).strip();
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
                || s.startsWith("<meta") || s.startsWith("<body");
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= b.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (b[i + k] != part[k]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
