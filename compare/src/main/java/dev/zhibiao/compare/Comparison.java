package dev.zhibiao.compare;

import dev.zhibiao.compare.report.CsvReport;
import dev.zhibiao.compare.report.HtmlReport;
import dev.zhibiao.compare.report.JsonReport;
import dev.zhibiao.compare.report.MarkdownReport;
import dev.zhibiao.compare.report.TextReport;
import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.corpus.Gold;
import dev.zhibiao.corpus.GoldRecord;
import dev.zhibiao.error.InputException;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans' targets held against benchmarks, with consistency checks and monitoring progress. Immutable: each
 * {@code against…} or {@code with…} returns a new comparison; results are computed once, on first use.
 *
 * <pre>{@code
 * var cmp = Comparison.of(corpus.plans()).against(Benchmarks.national()).againstOwnRegions();
 * cmp.byIndicator();                 // each indicator: districts' targets by year, benchmark, difference, verdict
 * cmp.consistency();                 // later targets looser, baselines already met, citations that differ
 * cmp.withReports(corpus.reports()).progress();
 * cmp.write(Path.of("report.html"));       // or .csv, .json, .md; cmp.toCsv() gives the text
 * cmp.toHtml(ReportLanguage.EN);           // reports are in Chinese unless asked otherwise
 * }</pre>
 */
public final class Comparison {
    private final List<Extraction> plans;
    private final List<Extraction> reports;
    private final List<Benchmark> fixed;
    private final boolean ownRegions;
    private final IndicatorResolver resolver;
    private volatile Evaluation.Result result;

    private Comparison(List<Extraction> plans, List<Extraction> reports, List<Benchmark> fixed, boolean ownRegions,
                       IndicatorResolver resolver) {
        this.plans = List.copyOf(plans);
        this.reports = List.copyOf(reports);
        this.fixed = List.copyOf(fixed);
        this.ownRegions = ownRegions;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Plans to compare: {@link Document}s (extracted with a new {@link Extractor}) or {@link Extraction}s.
     * Monitoring reports among them go to {@link #progress()} rather than to the verdicts.
     *
     * @throws InputException for anything else in the collection
     */
    public static Comparison of(Collection<?> documents) {
        return of(documents, null);
    }

    /** As {@link #of(Collection)}, extracting documents with {@code extractor}. */
    public static Comparison of(Collection<?> documents, Extractor extractor) {
        List<Extraction> xs = new ArrayList<>();
        Extractor ex = extractor;
        for (Object o : documents) {
            if (o instanceof Extraction x) {
                xs.add(x);
            } else if (o instanceof Document d) {
                if (ex == null) ex = Extractor.create();
                xs.add(ex.extract(d));
            } else {
                throw new InputException(String.valueOf(o), "neither a Document nor an Extraction");
            }
        }
        // a report, an evaluation or news of statistics observes; a plan and news of a plan set goals
        List<Extraction> plans = xs.stream().filter(x -> !x.profile().observes()).toList();
        List<Extraction> reports = xs.stream().filter(x -> x.profile().observes()).toList();
        return new Comparison(plans, reports, List.of(), false, IndicatorResolver.standard());
    }

    public static Comparison of(Extraction... extractions) {
        return of(Arrays.asList(extractions));
    }

    /**
     * The bundled documents' hand-checked (gold) records in place of an extractor's: what a perfect extractor
     * would give. Documents without gold are left out.
     */
    public static Comparison gold(Collection<Document> documents) {
        List<Extraction> xs = new ArrayList<>();
        for (Document d : documents) {
            Extraction x = goldExtraction(d);
            if (x != null) xs.add(x);
        }
        return of(xs);
    }

    /** A document's gold records as an extraction, or null when the bundled corpus has no gold for it. */
    public static Extraction goldExtraction(Document d) {
        Gold g = Corpus.bundled().gold(d);
        if (g == null) return null;
        Section root = new Section("", SectionPath.ROOT, Span.of(0, d.text().length()), SectionKind.OTHER,
                Domain.OTHER, List.of());
        return new Extraction(d, root, g.records().stream().filter(r -> !r.optional()).map(GoldRecord::target).toList());
    }

    /**
     * Holds plans against these benchmarks too: a national one every plan, a province's or city's the plans
     * inside it (or every plan, when none lies inside it). Supplied benchmarks take the place of bundled ones
     * for their region in {@link #againstOwnRegions()}.
     */
    public Comparison against(Benchmark... benchmarks) {
        return against(Arrays.asList(benchmarks));
    }

    public Comparison against(Collection<Benchmark> benchmarks) {
        List<Benchmark> all = new ArrayList<>(fixed);
        for (Benchmark b : benchmarks) if (!all.contains(b)) all.add(b);
        return new Comparison(plans, reports, all, ownRegions, resolver);
    }

    /**
     * Holds each plan against its own province and city too (where they lie above it in its region chain): the
     * bundled figures where they hold targets, else the figures the plan cites for that level.
     */
    public Comparison againstOwnRegions() {
        return new Comparison(plans, reports, fixed, true, resolver);
    }

    /** Adds monitoring reports (documents or extractions) for {@link #progress()}. */
    public Comparison withReports(Collection<?> more) {
        Comparison c = of(more);
        List<Extraction> rs = new ArrayList<>(reports);
        rs.addAll(c.reports);
        rs.addAll(c.plans);
        return new Comparison(plans, rs, fixed, ownRegions, resolver);
    }

    /** Lines indicators up with another resolver (a catalog of one's own, or names alone). */
    public Comparison withResolver(IndicatorResolver r) {
        return new Comparison(plans, reports, fixed, ownRegions, r);
    }

    /** The plans compared. */
    public List<Extraction> plans() {
        return plans;
    }

    public List<Extraction> reports() {
        return reports;
    }

    /** The district names, in the order given. */
    public List<String> districts() {
        return plans.stream().map(x -> x.document().label()).distinct().toList();
    }

    /** Every benchmark some plan is held against, in first-use order. */
    public List<Benchmark> benchmarks() {
        return result().benchmarks();
    }

    /** Every plan target against every applicable benchmark, plus the benchmarks' targets no plan adopts. */
    public List<Assessment> assessments() {
        return result().assessments();
    }

    public ByIndicator byIndicator() {
        return new ByIndicator(assessments());
    }

    /** The rows of one verdict. */
    public List<Assessment> verdicts(Verdict v) {
        return assessments().stream().filter(a -> a.verdict() == v).toList();
    }

    /** How many rows have each verdict. */
    public Map<Verdict, Long> counts() {
        Map<Verdict, Long> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0L);
        for (Assessment a : assessments()) m.merge(a.verdict(), 1L, Long::sum);
        return m;
    }

    /** Which district adopts which indicator of each national benchmark compared. */
    public List<Coverage> coverage() {
        return benchmarks().stream().filter(b -> b.level() == Level.NATIONAL)
                .map(b -> Coverage.of(b, assessments(), districts())).toList();
    }

    /** The consistency findings on every plan. */
    public List<Warning> consistency() {
        return result().warnings();
    }

    /** The reports' values against the targets that apply to them; empty without reports. */
    public Progress progress() {
        return result().progress();
    }

    /** Tidy CSV, one row per assessment, with English codes and reasons for programs. */
    public String toCsv() {
        return CsvReport.write(this);
    }

    /** One JSON document, with English codes and reasons for programs. */
    public String toJson() {
        return JsonReport.write(this);
    }

    /** The report as plain text for a terminal, in Chinese; {@link #toString()} gives the same. */
    public String toText() {
        return toText(ReportLanguage.ZH);
    }

    public String toText(ReportLanguage lang) {
        return TextReport.write(this, lang);
    }

    /** The report as Markdown, in Chinese. */
    public String toMarkdown() {
        return toMarkdown(ReportLanguage.ZH);
    }

    public String toMarkdown(ReportLanguage lang) {
        return MarkdownReport.write(this, lang);
    }

    /** One self-contained HTML page (inline CSS and SVG, no scripts or network) with charts and tables, in Chinese. */
    public String toHtml() {
        return toHtml(ReportLanguage.ZH);
    }

    /** The HTML page in {@code lang}: {@code cmp.toHtml(ReportLanguage.EN)}. */
    public String toHtml(ReportLanguage lang) {
        return HtmlReport.write(this, lang);
    }

    /** Appends the CSV to {@code out} (a writer, a string builder). */
    public void toCsv(Appendable out) {
        append(out, toCsv(), "CSV");
    }

    /** Appends the HTML page, in Chinese, to {@code out}. */
    public void toHtml(Appendable out) {
        toHtml(out, ReportLanguage.ZH);
    }

    public void toHtml(Appendable out, ReportLanguage lang) {
        append(out, toHtml(lang), "HTML");
    }

    /**
     * Writes the report to {@code file} in the format its extension names ({@code .html}, {@code .csv},
     * {@code .json}, {@code .md}, else text), in Chinese, and returns the file.
     *
     * <pre>{@code
     * cmp.write(Path.of("report.html"));
     * }</pre>
     *
     * @throws ZhibiaoException naming the file when it cannot be written
     */
    public Path write(Path file) {
        return write(file, ReportLanguage.ZH);
    }

    /**
     * As {@link #write(Path)}, with the HTML, Markdown and text reports in {@code lang} (CSV and JSON are the same
     * in every language).
     */
    public Path write(Path file, ReportLanguage lang) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? toHtml(lang) : name.endsWith(".csv") ? toCsv()
                : name.endsWith(".json") ? toJson() : name.endsWith(".md") ? toMarkdown(lang) : toText(lang);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ZhibiaoException(file.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }

    private static void append(Appendable out, String text, String what) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new ZhibiaoException(null, what + " output failed: " + e.getMessage(), e);
        }
    }

    /** The text report in Chinese: summary, verdicts, warnings and progress. */
    @Override
    public String toString() {
        return toText();
    }

    private Evaluation.Result result() {
        Evaluation.Result r = result;
        if (r == null) {
            synchronized (this) {
                if (result == null) result = Evaluation.compute(plans, reports, fixed, ownRegions, resolver);
                r = result;
            }
        }
        return r;
    }
}
