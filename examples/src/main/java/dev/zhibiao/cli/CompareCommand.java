package dev.zhibiao.cli;

import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Benchmarks;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.Reasons;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code zhibiao compare [FILE...] [--against national|province|both] [--format text|csv|json|md|html] [--out DIR]
 * [--lang zh|en]}: plans' targets against the national outline and their own province's, on the bundled corpus by
 * default. The text, Markdown and HTML reports are in Chinese unless {@code --lang en}; CSV and JSON are the same
 * in both languages.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare plans' targets with the national outline and their province's (and city's).",
                "Without FILE, compares the bundled plans and checks the bundled monitoring report's progress.",
                "A FILE that cannot be read is reported and the others are compared; the exit code is then 1."})
public class CompareCommand implements Callable<Integer> {
    /** Which benchmarks each plan is held against. */
    enum Against { national, province, both }

    /** Output formats and their file extensions. */
    enum Format {
        text("txt"), csv("csv"), json("json"), md("md"), html("html");

        final String ext;

        Format(String ext) {
            this.ext = ext;
        }
    }

    /** A report language as a user writes it ({@code zh}, {@code en}, {@code zh-CN}). */
    static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            try {
                return ReportLanguage.of(value);
            } catch (IllegalArgumentException e) {
                // picocli prints this one's message as it is, without the exception's class name
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "plan files to compare (txt, html, docx, pdf)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--against", defaultValue = "both", description = "national, province or both (default: ${DEFAULT-VALUE})")
    Against against;

    @Option(names = "--format", description = "text, csv, json, md or html (default: html with --out, else text)")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "write compare.<format> into DIR and print its path")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LanguageConverter.class,
            description = "language of the text, md and html reports: zh (default) or en; csv and json carry codes")
    ReportLanguage lang;

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "a benchmark plan text (such as a provincial plan), extracted like the plans; repeatable")
    List<Path> benchmarkFiles = new ArrayList<>();

    @Option(names = "--benchmark-region", paramLabel = "NAME",
            description = "the region of the --benchmark plans (河南省); default: the file name")
    String benchmarkRegion;

    @Option(names = "--report", paramLabel = "FILE", description = "a monitoring report to check against the targets; repeatable")
    List<Path> reportFiles = new ArrayList<>();

    @Option(names = "--gold", description = "use the bundled documents' hand-checked records instead of extracting")
    boolean gold;

    /** The inputs that could not be read, each as the line that says why; the others are compared. */
    private final List<String> failures = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        String outProblem = out == null ? null : OutDir.prepare(out);
        if (outProblem != null) {
            stderr.println("zhibiao compare: --out " + out + ": " + outProblem);
            return 2;
        }
        try {
            Comparison cmp = comparison();
            failures.forEach(f -> stderr.println("zhibiao compare: " + f));
            if (cmp == null) {
                stderr.println("zhibiao compare: no plan could be read, so there is nothing to compare");
                return 1;
            }
            write(cmp, stdout);
            stdout.flush();
            return failures.isEmpty() ? 0 : 1;
        } catch (ZhibiaoException e) {
            stderr.println("zhibiao compare: " + Reasons.oneLine(e));
            return 1;
        }
    }

    private void write(Comparison cmp, PrintWriter stdout) {
        Format f = format != null ? format : out != null ? Format.html : Format.text;
        String text = switch (f) {
            case text -> cmp.toText(lang);
            case csv -> cmp.toCsv();
            case json -> cmp.toJson();
            case md -> cmp.toMarkdown(lang);
            case html -> cmp.toHtml(lang);
        };
        if (out == null) {
            stdout.print(text);
        } else {
            Path written = AtomicFiles.write(out.resolve("compare." + f.ext).toAbsolutePath(), text);
            // the side-by-side table in the terminal, then where the file is
            if (f != Format.text) stdout.println(cmp.toText(lang));
            stdout.println("wrote " + written);
        }
    }

    /** The comparison of the plans that could be read, or null when plans were named and none could be. */
    private Comparison comparison() {
        Extractor extractor = gold && files.isEmpty() && benchmarkFiles.isEmpty() && reportFiles.isEmpty()
                ? null : Extractor.create();
        Comparison cmp;
        if (files.isEmpty()) {
            Corpus corpus = Corpus.bundled();
            cmp = gold ? Comparison.gold(corpus.documents()) : Comparison.of(corpus.documents(), extractor);
        } else {
            InputFiles.Expansion plans = InputFiles.expand(files);
            failures.addAll(plans.problems());
            List<Extraction> xs = extractEach(plans.files(), extractor);
            if (xs.isEmpty()) return null;
            cmp = Comparison.of(xs);
        }
        List<Extraction> rs = extractEach(reportFiles, extractor);
        if (!rs.isEmpty()) cmp = cmp.withReports(rs);
        if (against != Against.province) cmp = cmp.against(Benchmarks.national());
        for (Path p : benchmarkFiles) {
            String name = benchmarkRegion != null ? benchmarkRegion
                    : p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            for (Extraction x : extractEach(List.of(p), extractor)) {
                Benchmark b = Benchmarks.fromPlan(x, Region.of(name, Level.PROVINCE));
                cmp = cmp.against(b);
            }
        }
        if (against != Against.national) cmp = cmp.againstOwnRegions();
        return cmp;
    }

    /** The extractions of the files that can be read; each that cannot is kept among the failures. */
    private List<Extraction> extractEach(List<Path> paths, Extractor extractor) {
        List<Extraction> xs = new ArrayList<>();
        for (Path p : paths) {
            try {
                xs.add(extractor.extract(p));
            } catch (ZhibiaoException | OutOfMemoryError e) {
                failures.add(Failures.line(p.toString(), e));
            }
        }
        return xs;
    }
}
