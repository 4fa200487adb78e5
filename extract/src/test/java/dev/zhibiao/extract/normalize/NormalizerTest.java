package dev.zhibiao.extract.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Offsets of the normalised text lead back to the original. The normaliser's examples are in specs/normalize. */
class NormalizerTest {
    private final Normalizer normalizer = Normalizer.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [bookmark: _Toc1]嬰兒死亡率降至 ５ ‰以下 | 5‰
            兒童的健\\n\\n康成長，新生兒死亡率降至 2 ‰，達到全國領先水準，繼續保持 | 2‰
            """)
    void mapsOffsetsBackToTheOriginal(String input, String normalisedPiece) {
        String in = input.replace("\\n", "\n");
        NormalizedText n = normalizer.normalize(in);
        int at = n.text().indexOf(normalisedPiece);
        String original = n.originalText(at, at + normalisedPiece.length());
        assertEquals(normalisedPiece, Normalizer.standard().normalize(original).text(),
                () -> "the original behind " + normalisedPiece + " was " + original);
        for (int i = 0; i < n.length(); i++) {
            char o = in.charAt(n.originalOffset(i));
            assertEquals(Character.isDigit(n.text().charAt(i)), Character.isDigit(WidthFolder.fold(o)),
                    "character " + i + " of " + n.text() + " maps to " + o);
        }
    }
}
