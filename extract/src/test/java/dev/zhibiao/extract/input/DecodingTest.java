package dev.zhibiao.extract.input;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
import dev.zhibiao.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Plain text in any of the encodings plans come in decodes to the same string, without being told which. */
class DecodingTest {
    private static final String SAMPLE = "2．新生儿、婴儿和5岁以下儿童死亡率分别降至2.5‰、3.5‰和5‰以下。\n"
            + "孕产妇死亡率控制在１０/10万以下，覆盖率≥95％。\r\n（一）主要目标\n";

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0]),
                Arguments.of("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("GBK", new byte[0]),
                Arguments.of("GB18030", new byte[0]),
                Arguments.of("UTF-16LE", new byte[0]),
                Arguments.of("UTF-16BE", new byte[0]),
                Arguments.of("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Arguments.of("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}));
    }

    @ParameterizedTest(name = "{0} with BOM {1}")
    @MethodSource("encodings")
    void sampleDecodesInEveryEncoding(String charset, byte[] bom) {
        byte[] bytes = concat(bom, SAMPLE.getBytes(Charset.forName(charset)));
        assertEquals(SAMPLE.replace("\r\n", "\n"), Inputs.decode("sample.txt", bytes),
                "decoding " + charset + " (BOM " + HexFormat.of().formatHex(bom) + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"})
    void everyBundledDocumentDecodesInEveryEncoding(String charset) {
        for (Document d : Corpus.bundled().documents()) {
            String expected = d.text().replace("\r\n", "\n").replace('\r', '\n');
            byte[] bytes = d.text().getBytes(Charset.forName(charset));
            assertEquals(expected, Inputs.decode(d.fileName(), bytes), d.fileName() + " in " + charset);
        }
    }

    @Test
    void gbkTextThatIsAlsoPlainAsciiIsAscii() {
        assertEquals("2025 95%\n", Inputs.decode("a.txt", "2025 95%\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf8CutInsideTheLastCharacterKeepsTheRest() {
        byte[] whole = "覆盖率达到95%以上".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        assertEquals("覆盖率达到95%以", Inputs.decode("cut.txt", cut), "a truncated download loses only the cut character");
    }

    @Test
    void big5IsReadAsBig5NotAsRareGbCharacters() {
        String traditional = "一、主要目標\n到2030年，兒童發展規劃的主要目標全面實現。嬰兒死亡率降至千分之五以下，"
                + "學前教育毛入園率達到95%以上。\n";
        byte[] big5 = traditional.getBytes(Charset.forName("x-windows-950"));
        assertEquals(traditional, Inputs.decode("台北市.txt", big5),
                "Big5 bytes are valid GB18030 too, but read that way they are nonsense");
    }

    @Test
    void traditionalCharactersWrittenInGbkStayGbk() {
        String traditional = "兒童發展規劃：嬰兒死亡率、學前教育毛入園率、義務教育鞏固率。";
        byte[] gbk = traditional.getBytes(Charset.forName("GBK"));
        assertEquals(traditional, Inputs.decode("plan.txt", gbk), "GBK holds traditional characters as well");
    }

    static Stream<Arguments> badBytes() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, random);
        byte[] damagedUtf8 = "儿童健康水平不断提高，覆盖率达到95%以上。".getBytes(StandardCharsets.UTF_8);
        damagedUtf8[9] = (byte) 0xFF;
        byte[] controls = "abc\u0001\u0002\u0003def\u0004\u0005\u0006ghi".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of("empty", new byte[0], "empty file"),
                Arguments.of("spaces", "  \n\t \r\n".getBytes(StandardCharsets.US_ASCII), "no text: empty or only white space"),
                Arguments.of("ideographic spaces", "\u3000\u3000\n\u00A0".getBytes(StandardCharsets.UTF_8),
                        "no text: empty or only white space"),
                Arguments.of("BOM only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "no text: empty or only white space"),
                Arguments.of("random bytes", random, "binary data (NUL bytes), not text"),
                Arguments.of("PNG image", png, "binary data (NUL bytes), not text"),
                Arguments.of("control bytes", controls, "binary data (6 control bytes in the first 15), not text"),
                Arguments.of("Latin-1", "caf\u00e9 au lait, r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                        "not decodable as UTF-8, GB18030, Big5 or UTF-16"),
                Arguments.of("damaged UTF-8", damagedUtf8, "not valid UTF-8: 3 undecodable byte(s), the first at byte 9"),
                Arguments.of("UTF-32", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                        "规划".getBytes(Charset.forName("UTF-32LE"))), "UTF-32 text is not supported; save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void badBytesGetATypedErrorNamingTheInput(String what, byte[] bytes, String message) {
        InputException e = assertThrows(InputException.class, () -> Inputs.decode("plan.txt", bytes), what);
        assertEquals("plan.txt: " + message, e.getMessage(), what);
        assertEquals("plan.txt", e.input(), "the exception names its input");
    }

    @Test
    void randomBytesWithoutNulsAreStillBinary() {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        for (int i = 0; i < random.length; i++) if (random[i] == 0) random[i] = 1;
        InputException e = assertThrows(InputException.class, () -> Inputs.decode("x.bin", random));
        assertEquals(true, e.getMessage().startsWith("x.bin: binary data ("), e.getMessage());
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
