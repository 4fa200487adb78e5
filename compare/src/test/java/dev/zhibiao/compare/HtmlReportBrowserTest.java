package dev.zhibiao.compare;

import dev.zhibiao.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report of the bundled corpus opened in a real headless browser: it loads offline without console errors and renders a
 * non-trivial screenshot (written to {@code target/report-screenshot.png}). Skipped where no chromium is
 * installed, except on CI (environment CI=true), where its absence fails.
 */
class HtmlReportBrowserTest {
    static String html;

    @BeforeAll
    static void report() {
        Corpus corpus = Corpus.bundled();
        // What `zhibiao compare --out DIR` writes: every bundled document extracted, national and own regions.
        html = Comparison.of(corpus.documents(), dev.zhibiao.extract.Extractor.create())
                .against(Benchmarks.national()).againstOwnRegions().toHtml();
    }

    @Test
    void pageIsSelfContained() {
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
                "no network references and no scripts in the page");
        assertTrue(html.contains("<svg") && html.contains("新生儿死亡率") && html.contains("东莞市"),
                "the page holds charts and the districts' indicators");
        assertTrue(html.contains("class=\"matrix\""), "the page holds the coverage matrix");
    }

    @Test
    void loadsInHeadlessChromiumWithoutErrors(@TempDir Path tmp) throws Exception {
        String browser = findBrowser();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(browser != null, "CI=true but no chromium on the PATH");
        }
        assumeTrue(browser != null, "no chromium installed");
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + tmp.resolve("profile"), "--screenshot=" + shot, "--window-size=1280,2000",
                page.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not exit");
        assertEquals(0, p.exitValue(), "chromium exit status; its log:\n" + log);
        List<String> consoleErrors = log.lines()
                .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("ERR_FILE_NOT_FOUND")
                        || l.contains("ERR_NAME_NOT_RESOLVED"))
                .toList();
        assertTrue(consoleErrors.isEmpty(), "console errors while loading the report: " + consoleErrors);
        assertTrue(Files.exists(shot), "no screenshot written; log:\n" + log);
        assertTrue(Files.size(shot) > 50_000, "screenshot is near empty: " + Files.size(shot) + " bytes");
    }

    private static String findBrowser() throws IOException {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        return null;
    }
}
