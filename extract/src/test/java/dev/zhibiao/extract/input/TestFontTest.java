package dev.zhibiao.extract.input;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The font made for the PDF fixtures is one PDFBox reads: a glyph per character, CJK a full em wide. */
class TestFontTest {
    @Test
    void everyCharacterHasAGlyphOfItsOwnAndCjkIsFullWidth() throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(TestFont.bytes()))) {
            var cmap = font.getUnicodeCmapLookup();
            int child = cmap.getGlyphId('儿');
            int digit = cmap.getGlyphId('5');
            assertTrue(child > 0 && digit > 0 && child != digit, "glyphs " + child + " and " + digit);
            assertEquals(cmap.getGlyphId('童') - 1, cmap.getGlyphId('童' - 1), "one glyph per code point");
            assertEquals(1000, font.getAdvanceWidth(child), "a Chinese character is an em wide");
            assertEquals(1000, font.getAdvanceWidth(cmap.getGlyphId('，')), "so is full-width punctuation");
            assertEquals(500, font.getAdvanceWidth(digit), "a digit half of it");
            assertEquals(TestFont.NAME, font.getName());
            assertEquals(0, font.getOS2Windows().getFsType(), "embedding and subsetting allowed");
        }
    }
}
