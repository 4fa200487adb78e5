package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the character maps (ToUnicode) of a PDF's fonts before PDFBox reads them. PDFBox adds one entry per
 * code of a {@code bfrange}, so a damaged map whose range runs over millions of codes (one changed byte in an end
 * code does it) keeps it busy for minutes or longer; the ranges of a font that works stay within two-byte codes.
 * Such a PDF is refused as damaged before any page is read.
 */
final class PdfCharMaps {
    /** Two-byte codes: no range of a working font spans more. */
    static final long MAX_RANGE = 0x10000;
    /** A map larger than this is not a font's: PDFBox would read it whole into memory. */
    private static final int MAX_MAP_BYTES = 4 << 20;
    /** A section of ranges; a damaged map may have lost its end, and PDFBox then reads on to the end of the map. */
    private static final Pattern BFRANGE = Pattern.compile("beginbfrange(.*?)(?:endbfrange|\\z)", Pattern.DOTALL);
    /** A hex string (group 1), an array, or any other word. */
    private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>|\\[[^\\]]*]|[^\\s<>\\[\\]]+");

    private PdfCharMaps() {
    }

    static void requireSane(String name, PDDocument pdf) {
        for (COSObject font : pdf.getDocument().getObjectsByType(COSName.FONT)) {
            if (font.getObject() instanceof COSDictionary dict
                    && dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
                check(name, map);
            }
        }
    }

    private static void check(String name, COSStream map) {
        String text;
        try (InputStream in = map.createInputStream()) {
            byte[] bytes = in.readNBytes(MAX_MAP_BYTES + 1);
            if (bytes.length > MAX_MAP_BYTES) {
                throw damaged(name, "a font's character map is over " + MAX_MAP_BYTES + " bytes");
            }
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return;     // unreadable: PDFBox skips such a map and says so in its log
        }
        Matcher section = BFRANGE.matcher(text);
        while (section.find()) {
            if (!saneRanges(name, section.group(1))) return;
        }
    }

    /**
     * Reads a section's entries as PDFBox does: a start code, an end code, then the first code to map to or an
     * array of codes. A range mapped from one code costs a step per code of the range (an array, a step per
     * element), so only those are measured. Returns false where PDFBox would give up on the map and ignore it.
     */
    private static boolean saneRanges(String name, String section) {
        Matcher token = TOKEN.matcher(section);
        while (true) {
            if (!token.find()) return true;                         // the section's end
            Long start = code(token);
            if (start == null) return false;
            Long end = token.find() ? code(token) : null;
            if (end == null || !token.find()) return false;
            if (end < start) return true;                           // PDFBox leaves the section here
            boolean fromOneCode = token.group(1) != null;
            if (fromOneCode && end - start + 1 > MAX_RANGE) {
                throw damaged(name, "a font's character map has a range of " + (end - start + 1) + " codes");
            }
        }
    }

    /** The token as PDFBox reads a code, or null where it is not one. */
    private static Long code(Matcher token) {
        if (token.group(1) == null) return null;
        String digits = token.group(1).replaceAll("\\s", "");
        if (!digits.matches("[0-9A-Fa-f]*")) return null;
        if (digits.length() % 2 == 1) digits = digits + "0";      // an odd last digit is a byte's high half
        // The bytes are shifted into an int: past four bytes only the last four count, with a sign.
        int value = 0;
        for (int i = 0; i + 1 < digits.length(); i += 2) value = (value << 8) | Integer.parseInt(digits, i, i + 2, 16);
        return (long) value;
    }

    private static InputException damaged(String name, String why) {
        return new InputException(name, "not a readable PDF (" + why + ", so it is damaged)");
    }
}
