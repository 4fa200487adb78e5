package dev.zhibiao.compare;

import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reports' word tables: one set of keys in both languages, each the same arguments, Chinese in Chinese. */
class ReportLanguageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    @Test
    void bothTablesHaveTheSameKeysAndArguments() {
        assertEquals(new TreeSet<>(ReportLanguage.EN.keys()), new TreeSet<>(ReportLanguage.ZH.keys()), "keys");
        for (String key : ReportLanguage.EN.keys()) {
            assertEquals(placeholders(ReportLanguage.EN.text(key)), placeholders(ReportLanguage.ZH.text(key)),
                    key + ": the same arguments in both languages (" + ReportLanguage.EN.text(key) + " / "
                            + ReportLanguage.ZH.text(key) + ")");
        }
    }

    /** Every key the code names as a literal is in the tables, so no report meets a missing word at run time. */
    @Test
    void everyKeyTheCodeNamesHasWords() throws IOException {
        Set<String> prefixes = ReportLanguage.EN.keys().stream().filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/zhibiao/compare"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!prefixes.contains(key.substring(0, key.indexOf('.')))) continue;
                    named++;
                    if (!ReportLanguage.EN.has(key)) missing.add(f.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(named > 80, "keys found in the code: " + named);
        assertEquals(List.of(), missing, "keys the code names without words");
    }

    @Test
    void everyVerdictStatusCheckAndOriginHasADistinctWordInEachLanguage() {
        for (ReportLanguage lang : ReportLanguage.values()) {
            Set<String> verdicts = new TreeSet<>();
            for (Verdict v : Verdict.values()) verdicts.add(v.label(lang));
            assertEquals(Verdict.values().length, verdicts.size(), lang + ": one word per verdict " + verdicts);
            for (ProgressRow.Status s : ProgressRow.Status.values()) assertTrue(!s.label(lang).isBlank(), s + " " + lang);
            for (Warning.Type t : Warning.Type.values()) assertTrue(!t.label(lang).isBlank(), t + " " + lang);
            for (Benchmark.Origin o : Benchmark.Origin.values()) assertTrue(!o.label(lang).isBlank(), o + " " + lang);
            for (Kind k : Kind.values()) assertTrue(lang.has("kind." + k.code()), "kind." + k.code() + " " + lang);
            for (Scope s : Scope.values()) assertTrue(lang.has("scope." + s.code()), "scope." + s.code() + " " + lang);
        }
        assertEquals("更严格", Verdict.STRICTER.label(ReportLanguage.ZH), "stricter");
        assertEquals("阶段目标不可比", Verdict.INTERIM.label(ReportLanguage.ZH), "interim");
        assertEquals("on track", Verdict.ON_TRACK.label(ReportLanguage.EN), "on track");
        assertEquals("on-track", Verdict.ON_TRACK.code(), "the code programs read is the same in every language");
    }

    /** The Chinese table holds no English words, apart from the names of outputs and calls a reader types. */
    @Test
    void theChineseWordsAreChinese() {
        Set<String> allowed = Set.of("byIndicator", "CSV", "JSON");
        Pattern word = Pattern.compile("[A-Za-z]{2,}");
        for (String key : ReportLanguage.ZH.keys()) {
            Matcher m = word.matcher(ReportLanguage.ZH.text(key));
            while (m.find()) {
                assertTrue(allowed.contains(m.group()), key + ": English word \"" + m.group() + "\" in "
                        + ReportLanguage.ZH.text(key));
            }
        }
    }

    @Test
    void argumentsFillTheirPlacesPhrasesInTheSameLanguage() {
        Phrase p = Phrase.of("judge.level.below", "2‰", "<=3‰", Phrase.of("better.lower"));
        assertEquals("2‰低于<=3‰，越低越好", p.in(ReportLanguage.ZH), "Chinese");
        assertEquals("2‰ is below <=3‰ and lower is better", p.in(ReportLanguage.EN), "English");
        assertEquals(p.in(ReportLanguage.EN), p.toString(), "toString is English");
        Phrase list = p.with(List.of(Phrase.of("note.horizon", 2025, 2030)));
        assertEquals("2‰低于<=3‰，越低越好；目标年份不同：规划2025年，对照2030年", list.in(ReportLanguage.ZH),
                "clauses joined by the Chinese semicolon, years unformatted");
        assertEquals("单位、数值", Phrase.series(List.of(Phrase.of("diff.unit"), Phrase.of("diff.value")))
                .in(ReportLanguage.ZH), "a series joined by 、");
    }

    @Test
    void languagesAreNamedAsUsersWriteThem() {
        assertEquals(ReportLanguage.ZH, ReportLanguage.of("zh"), "zh");
        assertEquals(ReportLanguage.ZH, ReportLanguage.of("zh_CN"), "zh_CN");
        assertEquals(ReportLanguage.ZH, ReportLanguage.of("ZH-Hans"), "ZH-Hans");
        assertEquals(ReportLanguage.EN, ReportLanguage.of(" en-GB "), "en-GB");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportLanguage.of("fr"));
        assertTrue(e.getMessage().contains("fr") && e.getMessage().contains("zh or en"), e.getMessage());
        assertEquals("zh-CN", ReportLanguage.ZH.tag(), "HTML lang of Chinese");
        assertEquals("en", ReportLanguage.EN.tag(), "HTML lang of English");
    }

    @Test
    void aMissingKeyIsATypedErrorNamingIt() {
        var e = assertThrows(dev.zhibiao.error.DataException.class, () -> ReportLanguage.ZH.text("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key") && e.getMessage().contains("messages-zh"), e.getMessage());
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
