package dev.zhibiao.bench;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentGeneratorTest {
    private static final Corpus CORPUS = Corpus.bundled();
    private static final DocumentGenerator GENERATOR = DocumentGenerator.of(CORPUS);

    @Test
    void documentsAreDistinct() {
        List<Document> docs = GENERATOR.stream(40).toList();
        Set<String> texts = new HashSet<>(), ids = new HashSet<>();
        for (Document d : docs) {
            texts.add(d.text());
            ids.add(d.id());
        }
        assertEquals(40, texts.size(), "expected 40 different texts among 40 generated documents");
        assertEquals(40, ids.size(), "expected 40 different ids among 40 generated documents");
    }

    @Test
    void sameIndexGivesTheSameDocument() {
        assertEquals(GENERATOR.document(1234), GENERATOR.document(1234), "document(1234) twice");
    }

    @Test
    void regionsBelowTheProvinceAreRenamedEverywhere() {
        int n = CORPUS.documents().size();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 4 * n; i++) {
            Document source = CORPUS.documents().get(i % n);
            Document made = GENERATOR.document(i);
            names.add(made.region().fullName());
            assertEquals(source.region().chain().size(), made.region().chain().size(), made.id() + ": chain length");
            for (int k = 0; k < source.region().chain().size(); k++) {
                Region before = source.region().chain().get(k), after = made.region().chain().get(k);
                assertEquals(before.level(), after.level(), made.id() + ": level of link " + k);
                if (before.level().isAbove(Level.CITY)) {
                    assertEquals(before.name(), after.name(), made.id() + ": provinces stay");
                } else {
                    assertNotEquals(before.name(), after.name(), made.id() + ": " + before.name() + " renamed");
                    assertFalse(made.text().contains(before.name()),
                            made.id() + " still names " + before.name() + " in its text");
                    assertFalse(made.title().contains(before.name()),
                            made.id() + " still names " + before.name() + " in its title: " + made.title());
                }
            }
        }
        assertEquals(4 * n, names.size(), "expected every generated document in its own region, got " + names);
    }

    @Test
    void figuresMoveButYearsStay() {
        Document source = CORPUS.documents().get(1);
        Document made = GENERATOR.document(1);
        assertEquals(count("20\\d\\d年", source.text()), count("20\\d\\d年", made.text()), "years before 年");
        assertNotEquals(figures(source.text()), figures(made.text()), "the figures should have moved");
    }

    @Test
    void generatedDocumentsExtractLikeTheirSources() {
        Extractor extractor = Extractor.create();
        int n = CORPUS.documents().size();
        for (int i = n; i < 2 * n; i++) {
            Document made = GENERATOR.document(i);
            int source = extractor.extract(CORPUS.documents().get(i % n)).records().size();
            int generated = extractor.extract(made).records().size();
            assertTrue(generated >= source * 0.8,
                    made.id() + ": expected about " + source + " records like its source, got " + generated);
        }
    }

    @ParameterizedTest(name = "{0} keeps its figures")
    @CsvSource(delimiter = '|', value = {
            "到2025年",
            "孕产妇死亡率控制在12/10万以下",
            "（1）新生儿死亡率",
            "2.孕产妇死亡率",
            "本规划儿童年龄范围为0—18岁",
            "2021-2030年",
            "覆盖率达到100%",
            "日期:2022-10-21 19:56:51",
            "第3次",
            "5岁以下儿童死亡率",
            "15至18岁",
    })
    void structureIsKept(String text) {
        String moved = DocumentGenerator.moveFigures(text, new SplittableRandom(7));
        assertEquals(text, moved, "nothing should move in: " + text);
    }

    @ParameterizedTest(name = "{0} moves")
    @CsvSource(delimiter = '|', value = {
            "达到95%以上|9",
            "降至3.5‰以下|3.",
            "控制在7‰以内|",
            "托位数达到4.5个|4.",
    })
    void figuresMove(String text, String keptPrefix) {
        String moved = DocumentGenerator.moveFigures(text, new SplittableRandom(11));
        assertNotEquals(text, moved, "a figure in " + text + " should move");
        assertEquals(text.length(), moved.length(), "lengths of " + text + " and " + moved);
        String before = firstFigure(text), after = firstFigure(moved);
        assertTrue(after.startsWith(keptPrefix == null ? "" : keptPrefix) && !after.startsWith("0"),
                "expected " + before + " to keep all but its last digit, got " + after);
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static List<String> figures(String text) {
        return Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static String firstFigure(String text) {
        return figures(text).get(0);
    }
}
