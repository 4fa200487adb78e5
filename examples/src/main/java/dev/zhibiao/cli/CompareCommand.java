package dev.zhibiao.cli;

import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Benchmarks;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.ReportLanguage;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.InputException;
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
import java.nio.file.Files;
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
                "Without FILE, compares the bundled plans and checks the bundled monitoring report's progress."})
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

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Comparison cmp = comparison();
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
                java.nio.file.Path written = AtomicFiles.write(out.resolve("compare." + f.ext).toAbsolutePath(), text);
                // the side-by-side table in the terminal, then where the file is
                if (f != Format.text) stdout.println(cmp.toText(lang));
                stdout.println("wrote " + written);
            }
            stdout.flush();
            return 0;
        } catch (ZhibiaoException e) {
            stderr.println("zhibiao compare: " + e.getMessage());
            return 1;
        }
    }

    private Comparison comparison() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(benchmarkFiles);
        all.addAll(reportFiles);
        for (Path p : all) {
            if (!Files.isRegularFile(p)) throw new InputException(p.toString(), "no such file");
        }
        Extractor extractor = gold && files.isEmpty() && benchmarkFiles.isEmpty() && reportFiles.isEmpty()
                ? null : Extractor.create();
        Comparison cmp;
        if (files.isEmpty()) {
            Corpus corpus = Corpus.bundled();
            cmp = gold ? Comparison.gold(corpus.documents()) : Comparison.of(corpus.documents(), extractor);
        } else {
            List<Extraction> xs = new ArrayList<>();
            for (Path p : files) xs.add(extractor.extract(p));
            cmp = Comparison.of(xs);
        }
        if (!reportFiles.isEmpty()) {
            List<Extraction> rs = new ArrayList<>();
            for (Path p : reportFiles) rs.add(extractor.extract(p));
            cmp = cmp.withReports(rs);
        }
        if (against != Against.province) cmp = cmp.against(Benchmarks.national());
        for (Path p : benchmarkFiles) {
            String name = benchmarkRegion != null ? benchmarkRegion
                    : p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Benchmark b = Benchmarks.fromPlan(extractor.extract(p), Region.of(name, Level.PROVINCE));
            cmp = cmp.against(b);
        }
        if (against != Against.national) cmp = cmp.againstOwnRegions();
        return cmp;
    }
}
