package dev.zhibiao.extract.specs;

import dev.zhibiao.extract.Extractor;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement or a page with the whole extractor, in the document its row's {@code context} names, and
 * shows each record as {@code indicator valueText (year) [kind, scope, base year]}, records joined by " ; ".
 * <p>
 * A context is {@code bare} (the text alone, as {@code Extractor.extract(String)} reads it, so what the page is
 * comes from its own words) or {@code <district|national> <plan|report> <year>[-<year>]}: a district (某区 of
 * 某省) or the nation, a plan or a monitoring report, over that period.
 */
public final class RecordSpecReader implements SpecReader {
    private static final Pattern CONTEXT = Pattern.compile("(district|national) (plan|report) (\\d{4})(?:-(\\d{4}))?");
    private static final Region DISTRICT = Region.of("某区", Level.DISTRICT, Region.of("某省", Level.PROVINCE));
    private static Extractor extractor;

    @Override
    public List<String> columns() {
        return List.of("context");
    }

    @Override
    public void check(SpecRow row) {
        String c = row.cell("context");
        if (!c.equals("bare") && !CONTEXT.matcher(c).matches()) {
            throw new IllegalArgumentException("context: expected 'bare' or '<district|national> <plan|report> "
                    + "<year>[-<year>]', got '" + c + "'");
        }
    }

    @Override
    public String read(SpecRow row) {
        return show(extract(row).records());
    }

    @Override
    public String detail(SpecRow row) {
        return "profile evidence " + extract(row).profile().evidence();
    }

    private static Extraction extract(SpecRow row) {
        return extract(row.cell("context"), row.input());
    }

    /** Extracts {@code input} read in the document {@code context} names, as a row of a spec file is. */
    public static Extraction extract(String context, String input) {
        if (context.equals("bare")) return extractor().extract(input);
        Matcher m = CONTEXT.matcher(context);
        if (!m.matches()) throw new IllegalArgumentException("unknown context '" + context + "'");
        Region region = m.group(1).equals("national") ? Region.NATIONAL : DISTRICT;
        DocumentType type = m.group(2).equals("plan") ? DocumentType.PLAN : DocumentType.MONITORING_REPORT;
        int from = Integer.parseInt(m.group(3));
        int to = m.group(4) == null ? from : Integer.parseInt(m.group(4));
        return extractor().extract(new Document("spec", "spec", region, new Period(from, to), type, null, input));
    }

    static String show(List<Target> records) {
        return SpecReader.joined(records.stream().map(t -> t.indicator() + " " + t.valueText()
                + (t.year() == null ? "" : " (" + t.year() + ")") + " [" + t.kind().code() + ", " + t.scope().code()
                + (t.baselineYear() == null ? "" : ", base " + t.baselineYear()) + "]").toList());
    }

    /** Loaded on the first row that needs it, so parsing the files stays quick. */
    private static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.create();
        return extractor;
    }
}
