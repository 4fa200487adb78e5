package dev.zhibiao.extract.input;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TrueType font made in memory that maps every character of the Basic Multilingual Plane to a glyph of its
 * own, so that a PDF fixture can be written with PDFBox on a machine without any CJK font. Each glyph is an
 * empty square: Latin letters, digits and ASCII punctuation half an em wide, everything else (Chinese characters,
 * full-width punctuation) a full em, as in the CJK fonts plans are set in. A PDF's text layer is the characters,
 * their positions and widths, never the shapes of their glyphs, so the PDF reader sees what it sees in a PDF set in
 * a real font; a person looking at the page would see nothing.
 *
 * <p>The font has the tables PDFBox reads to embed a subset: {@code cmap} (one format 4 segment, U+0020–U+FFFD
 * to glyphs 1–65502), {@code glyf} and {@code loca} (empty glyphs), {@code hmtx}, {@code head}, {@code hhea},
 * {@code maxp}, {@code name}, {@code OS/2} (installable embedding) and {@code post}.
 */
final class TestFont {
    static final String NAME = "ZhibiaoTestSquares";
    private static final int UNITS_PER_EM = 1000;
    private static final int ASCENT = 880;
    private static final int DESCENT = -120;
    private static final int FIRST = 0x0020;
    private static final int LAST = 0xFFFD;
    /** Glyph 0 (.notdef), then one glyph per code point from FIRST to LAST. */
    private static final int GLYPHS = LAST - FIRST + 2;
    /** Glyphs with widths of their own: .notdef and U+0020–U+007E; all after them share the last, a full em. */
    private static final int H_METRICS = 1 + (0x7E - FIRST + 1) + 1;

    private static byte[] bytes;

    private TestFont() {
    }

    /** The font file, made once. */
    static synchronized byte[] bytes() {
        if (bytes == null) bytes = build();
        return bytes.clone();
    }

    private static byte[] build() {
        try {
            Map<String, byte[]> tables = new LinkedHashMap<>();
            // Tags in ascending order, as the table directory requires.
            tables.put("OS/2", os2());
            tables.put("cmap", cmap());
            tables.put("glyf", new byte[0]);
            tables.put("head", head());
            tables.put("hhea", hhea());
            tables.put("hmtx", hmtx());
            tables.put("loca", loca());
            tables.put("maxp", maxp());
            tables.put("name", name());
            tables.put("post", post());
            return sfnt(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sfnt(Map<String, byte[]> tables) throws IOException {
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(0x00010000);
        d.writeShort(n);
        d.writeShort(pow * 16);
        d.writeShort(Integer.numberOfTrailingZeros(pow));
        d.writeShort(n * 16 - pow * 16);
        int offset = 12 + 16 * n;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            d.write(t.getKey().getBytes(StandardCharsets.US_ASCII));
            d.writeInt(checksum(t.getValue()));
            d.writeInt(offset);
            d.writeInt(t.getValue().length);
            offset += padded(t.getValue().length);
        }
        for (byte[] table : tables.values()) {
            d.write(table);
            d.write(new byte[padded(table.length) - table.length]);
        }
        return out.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int checksum(byte[] table) {
        int sum = 0;
        for (int i = 0; i < table.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) word = (word << 8) | (i + k < table.length ? table[i + k] & 0xFF : 0);
            sum += word;
        }
        return sum;
    }

    private interface Writer {
        void write(DataOutputStream d) throws IOException;
    }

    private static byte[] table(Writer w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(new DataOutputStream(out));
        return out.toByteArray();
    }

    private static byte[] head() throws IOException {
        return table(d -> {
            d.writeInt(0x00010000);
            d.writeInt(0x00010000);             // font revision
            d.writeInt(0);                      // checksum adjustment: no reader here checks it
            d.writeInt(0x5F0F3CF5);
            d.writeShort(0x000B);
            d.writeShort(UNITS_PER_EM);
            d.writeLong(0);                     // created
            d.writeLong(0);                     // modified
            d.writeShort(0);
            d.writeShort(DESCENT);
            d.writeShort(UNITS_PER_EM);
            d.writeShort(ASCENT);
            d.writeShort(0);                    // mac style: regular
            d.writeShort(8);
            d.writeShort(2);
            d.writeShort(1);                    // loca with 32-bit offsets
            d.writeShort(0);
        });
    }

    private static byte[] hhea() throws IOException {
        return table(d -> {
            d.writeInt(0x00010000);
            d.writeShort(ASCENT);
            d.writeShort(DESCENT);
            d.writeShort(0);
            d.writeShort(UNITS_PER_EM);         // widest advance
            d.writeShort(0);
            d.writeShort(0);
            d.writeShort(UNITS_PER_EM);
            d.writeShort(1);                    // caret: upright
            d.writeShort(0);
            d.writeShort(0);
            for (int i = 0; i < 4; i++) d.writeShort(0);
            d.writeShort(0);
            d.writeShort(H_METRICS);
        });
    }

    private static byte[] maxp() throws IOException {
        return table(d -> {
            d.writeInt(0x00010000);
            d.writeShort(GLYPHS);
            for (int i = 0; i < 13; i++) d.writeShort(i == 4 ? 2 : 0);   // maxZones 2, all else 0
        });
    }

    private static byte[] hmtx() throws IOException {
        return table(d -> {
            for (int g = 0; g < H_METRICS; g++) {
                int code = g - 1 + FIRST;
                d.writeShort(g > 0 && code <= 0x7E ? UNITS_PER_EM / 2 : UNITS_PER_EM);
                d.writeShort(0);
            }
            for (int g = H_METRICS; g < GLYPHS; g++) d.writeShort(0);
        });
    }

    private static byte[] loca() throws IOException {
        return table(d -> {
            for (int g = 0; g <= GLYPHS; g++) d.writeInt(0);   // every glyph empty
        });
    }

    private static byte[] cmap() throws IOException {
        byte[] format4 = table(d -> {
            int segments = 2;
            d.writeShort(4);
            d.writeShort(16 + 8 * segments);
            d.writeShort(0);
            d.writeShort(2 * segments);
            d.writeShort(4);                    // search range: 2 * 2^floor(log2 segments)
            d.writeShort(1);
            d.writeShort(0);
            d.writeShort(LAST);                 // end codes
            d.writeShort(0xFFFF);
            d.writeShort(0);
            d.writeShort(FIRST);                // start codes
            d.writeShort(0xFFFF);
            d.writeShort((1 - FIRST) & 0xFFFF); // deltas: code FIRST is glyph 1
            d.writeShort(1);
            d.writeShort(0);                    // no glyph index arrays
            d.writeShort(0);
        });
        return table(d -> {
            d.writeShort(0);
            d.writeShort(1);
            d.writeShort(3);                    // Windows, Unicode BMP
            d.writeShort(1);
            d.writeInt(12);
            d.write(format4);
        });
    }

    private static byte[] name() throws IOException {
        String[][] records = {{"1", NAME}, {"2", "Regular"}, {"4", NAME}, {"6", NAME}};
        return table(d -> {
            d.writeShort(0);
            d.writeShort(records.length);
            d.writeShort(6 + 12 * records.length);
            int offset = 0;
            for (String[] r : records) {
                int length = r[1].length() * 2;
                d.writeShort(3);
                d.writeShort(1);
                d.writeShort(0x409);
                d.writeShort(Integer.parseInt(r[0]));
                d.writeShort(length);
                d.writeShort(offset);
                offset += length;
            }
            for (String[] r : records) d.write(r[1].getBytes(StandardCharsets.UTF_16BE));
        });
    }

    private static byte[] os2() throws IOException {
        return table(d -> {
            d.writeShort(4);
            d.writeShort(UNITS_PER_EM);         // average width
            d.writeShort(400);
            d.writeShort(5);
            d.writeShort(0);                    // fsType 0: installable, so PDFBox may embed and subset it
            for (int i = 0; i < 8; i++) d.writeShort(i % 4 < 2 ? 650 : 0);    // sub- and superscript boxes
            d.writeShort(50);                   // strikeout
            d.writeShort(250);
            d.writeShort(0);
            d.write(new byte[10]);              // panose
            d.writeInt(0x00000001);             // Unicode ranges: Basic Latin, CJK ideographs (bit 59)
            d.writeInt(0x08000000);
            d.writeInt(0);
            d.writeInt(0);
            d.write("ZHBO".getBytes(StandardCharsets.US_ASCII));
            d.writeShort(0x0040);               // regular
            d.writeShort(FIRST);
            d.writeShort(LAST);
            d.writeShort(ASCENT);
            d.writeShort(DESCENT);
            d.writeShort(0);
            d.writeShort(ASCENT);
            d.writeShort(-DESCENT);
            d.writeInt(0x00040001);             // code pages: Latin 1, simplified Chinese (936)
            d.writeInt(0);
            d.writeShort(500);                  // x height
            d.writeShort(700);                  // cap height
            d.writeShort(0);
            d.writeShort(0x20);
            d.writeShort(1);
        });
    }

    private static byte[] post() throws IOException {
        return table(d -> {
            d.writeInt(0x00030000);             // no glyph names
            d.writeInt(0);
            d.writeShort(-100);
            d.writeShort(50);
            d.writeInt(0);                      // proportional
            for (int i = 0; i < 4; i++) d.writeInt(0);
        });
    }
}
