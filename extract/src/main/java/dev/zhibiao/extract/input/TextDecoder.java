package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string without being told the encoding. Downloaded plans come as
 * UTF-8 (with or without BOM), GBK/GB18030 or UTF-16, now and then Big5; the order of trials matters because
 * GB18030 accepts much of what is really broken UTF-8, so UTF-8 that is only slightly damaged is reported, never
 * guessed, and it accepts all of Big5, which is told apart by the characters it would make.
 */
final class TextDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(TextDecoder.class);
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Big5 as Windows writes it (code page 950, a superset of Big5), where the runtime has it. */
    static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950")
            : Charset.isSupported("Big5") ? Charset.forName("Big5") : null;
    private static final int SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    /** The decoded text and the charset that decoded it. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(String name, byte[] bytes, InputLimits limits) {
        if (bytes.length == 0) throw new InputException(name, "empty file");
        Decoded bom = byBom(name, bytes, limits);
        if (bom != null) return bom;
        Charset utf16 = utf16ByNulPattern(bytes);
        if (utf16 != null) {
            String text = strict(name, bytes, 0, utf16, limits);
            if (text != null) {
                requireTextLike(name, text);
                return new Decoded(text, utf16);
            }
        }
        requireNotBinary(name, bytes);
        String utf8 = strict(name, bytes, 0, StandardCharsets.UTF_8, limits);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
        Decoded damaged = damagedUtf8(name, bytes, limits);
        if (damaged != null) return damaged;
        String gb = strict(name, bytes, 0, GB18030, limits);
        if (gb != null && !rareInGb(bytes)) return new Decoded(gb, GB18030);
        // Big5 (traditional Chinese, from Taiwan and Hong Kong) is valid GB18030 byte for byte, but reads as
        // strings of rare characters: GB text keeps to the common set, so a text that does not is tried as Big5.
        String big5 = BIG5 == null ? null : strict(name, bytes, 0, BIG5, limits);
        if (big5 != null) {
            LOG.info("{}: read as Big5 (traditional Chinese); as GB18030 it would be mostly rare characters", name);
            return new Decoded(big5, BIG5);
        }
        // Valid GB18030 that is not Big5: GBK holds traditional characters too, and they are rare in the GB sense.
        if (gb != null) return new Decoded(gb, GB18030);
        throw new InputException(name, "not decodable as UTF-8, GB18030, Big5 or UTF-16");
    }

    /**
     * Whether more than a tenth of the GB18030 characters lie outside GB2312, the set of the 6,763 common
     * characters and the usual symbols that a simplified Chinese text keeps to. In the bytes a GB2312 character
     * is a pair in 0xA1–0xFE (less the user-defined rows 0xAA–0xAF and 0xF8–0xFE); Big5 puts two in five of its
     * characters on a second byte below 0xA1, so read as GB18030 it is rare characters throughout.
     */
    static boolean rareInGb(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int total = 0;
        int rare = 0;
        int i = 0;
        while (i < n) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80 || i + 1 >= b.length) {
                i++;
                continue;
            }
            int trail = b[i + 1] & 0xFF;
            total++;
            if (trail >= 0x30 && trail <= 0x39) {
                rare++;                                     // a four-byte GB18030 character: outside GBK
                i += 4;
                continue;
            }
            boolean common = lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && (lead < 0xAA || lead > 0xAF);
            if (!common) rare++;
            i += 2;
        }
        return total >= 8 && rare * 10 > total;
    }

    /** Decodes with a charset a page declares, or null when the bytes do not fit it. */
    static Decoded declared(String name, byte[] bytes, Charset charset, InputLimits limits) {
        if (charset.name().equalsIgnoreCase("GBK") || charset.name().equalsIgnoreCase("GB2312")) charset = GB18030;
        String text = strict(name, bytes, 0, charset, limits);
        return text == null ? null : new Decoded(text, charset);
    }

    private static Decoded byBom(String name, byte[] b, InputLimits limits) {
        Charset cs = null;
        int skip = 0;
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InputException(name, "UTF-32 text is not supported; save it as UTF-8");
        } else if (starts(b, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(b, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(b, 0x84, 0x31, 0x95, 0x33)) {
            cs = GB18030;
            skip = 4;
        }
        if (cs == null) return null;
        String text = strict(name, b, skip, cs, limits);
        if (text == null) throw new InputException(name, "starts with a " + cs.name() + " byte order mark but is not valid "
                + cs.name());
        requireTextLike(name, text);
        return new Decoded(text, cs);
    }

    /**
     * UTF-16 without a BOM shows itself by NUL bytes on one side of each pair: ASCII letters, digits and line
     * breaks have a zero high byte. Binary data has NULs on both sides.
     */
    private static Charset utf16ByNulPattern(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) even++;
            if (b[i + 1] == 0) odd++;
        }
        if (Math.max(even, odd) < 2) return null;
        if (even >= 4 * odd) return StandardCharsets.UTF_16BE;
        if (odd >= 4 * even) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static void requireNotBinary(String name, byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) throw new InputException(name, "binary data (NUL bytes), not text");
            if (isControl(c)) control++;
        }
        if (control * 100 > n) throw new InputException(name, "binary data (" + control + " control bytes in the first "
                + n + "), not text");
    }

    private static void requireTextLike(String name, String text) {
        int n = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) throw new InputException(name, "binary data (NUL characters), not text");
            if (c < 0x80 && isControl(c)) control++;
        }
        if (control * 100 > n) throw new InputException(name, "binary data (" + control + " control characters), not text");
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F;
    }

    /**
     * Text that is mostly valid UTF-8 is UTF-8 with damage: say where, rather than decode it as GB18030 into
     * nonsense. A sequence cut off at the very end (a truncated download) is dropped with a warning.
     */
    private static Decoded damagedUtf8(String name, byte[] b, InputLimits limits) {
        int valid = 0;
        int invalid = 0;
        int runs = 0;
        int firstInvalid = -1;
        int lastInvalid = -2;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int k = 1;
            while (need > 0 && k <= need && i + k < b.length && (b[i + k] & 0xC0) == 0x80) k++;
            if (need > 0 && k == need + 1) {
                valid++;
                i += k;
            } else if (need > 0 && i + k == b.length && invalid == 0 && valid > 0) {
                String text = strict(name, java.util.Arrays.copyOf(b, i), 0, StandardCharsets.UTF_8, limits);
                if (text == null) return null;
                LOG.warn("{}: ends inside a UTF-8 character (truncated?); dropped its last {} byte(s)", name, k);
                return new Decoded(text, StandardCharsets.UTF_8);
            } else {
                if (firstInvalid < 0) firstInvalid = i;
                if (lastInvalid != i - 1) runs++;
                lastInvalid = i;
                invalid++;
                i++;
            }
        }
        if (valid >= 3 && valid >= 8 * runs) {
            throw new InputException(name, "not valid UTF-8: " + invalid + " undecodable byte(s), the first at byte "
                    + firstInvalid);
        }
        return null;
    }

    /** Strict decoding, bounded by the character limit; null when the bytes are not in that charset. */
    static String strict(String name, byte[] b, int offset, Charset cs, InputLimits limits) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(b.length - offset + 1L, limits.maxChars() + 1L));
        CoderResult r = dec.decode(in, out, true);
        if (r.isUnderflow()) r = dec.flush(out);
        if (r.isError()) return null;
        if (r.isOverflow() || out.position() > limits.maxChars()) throw tooLarge(name, limits);
        out.flip();
        return out.toString();
    }

    static InputException tooLarge(String name, InputLimits limits) {
        return new InputException(name, "too large: more than " + limits.maxChars()
                + " characters of text (the limit is InputLimits.maxChars)");
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
