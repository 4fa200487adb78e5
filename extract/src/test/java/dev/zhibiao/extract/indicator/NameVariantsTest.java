package dev.zhibiao.extract.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Name variants as plans of many regions word them (name-variants.tsv): each maps to its id, and names whose
 * qualifiers make another indicator, or that the catalog does not know, stay unresolved.
 */
class NameVariantsTest {
    private static final IndicatorCatalog CATALOG = IndicatorCatalog.bundled();

    static List<String[]> table() {
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                NameVariantsTest.class.getResourceAsStream("/indicator/name-variants.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length == 2) rows.add(f);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static Stream<Arguments> rows() {
        return table().stream().map(f -> Arguments.of(f[0], f[1].equals("-") ? null : f[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rows")
    void variantResolvesAsExpected(String name, String expectedId) {
        Resolution r = CATALOG.resolve(name);
        assertEquals(expectedId, r.id(), () -> "'" + name + "': expected " + (expectedId == null ? "unresolved" : expectedId)
                + ", came " + r);
        if (expectedId == null) assertEquals(0, r.confidence(), "an unresolved name has confidence 0");
        else assertTrue(r.confidence() > 0 && r.confidence() <= 1, () -> "confidence out of (0, 1]: " + r);
    }

    @Test
    void theTableHasAtLeastSixtyVariantsWithCounterExamples() {
        List<String[]> rows = table();
        long unresolved = rows.stream().filter(f -> f[1].equals("-")).count();
        assertTrue(rows.size() >= 60, () -> "expected >= 60 variants, came " + rows.size());
        assertTrue(unresolved >= 10, () -> "expected >= 10 names that must stay unresolved, came " + unresolved);
    }
}
