package dev.zhibiao.compare.index;

import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;

/** Plans written for tests: area headings, each with a 策略措施 block of numbered items, as an extraction. */
final class Plans {
    static final Region HENAN = Region.of("河南省", Level.PROVINCE);
    static final Region XINXIANG = Region.of("新乡市", Level.CITY, HENAN);
    static final Region HONGQI = Region.of("红旗区", Level.DISTRICT, XINXIANG);
    static final Region HUNAN = Region.of("湖南省", Level.PROVINCE);
    static final Region YUELU = Region.of("岳麓区", Level.DISTRICT, Region.of("长沙市", Level.CITY, HUNAN));

    private final String id;
    private final Region region;
    private final StringBuilder text = new StringBuilder();
    private final List<Section> areas = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    private Plans(String id, Region region) {
        this.id = id;
        this.region = region;
    }

    static Plans plan(String id, Region region) {
        return new Plans(id, region);
    }

    /** An area heading with a measure block holding {@code items}, numbered 1． 2． … */
    Plans area(String heading, Domain domain, String... items) {
        int areaStart = text.length();
        text.append(heading).append('\n');
        int blockStart = text.length();
        text.append("策略措施\n");
        for (int i = 0; i < items.length; i++) text.append(i + 1).append('．').append(items[i]).append('\n');
        SectionPath areaPath = SectionPath.of(heading);
        Section block = new Section("策略措施", areaPath.child("策略措施"), Span.of(blockStart, text.length()),
                SectionKind.MEASURES, domain, List.of());
        areas.add(new Section(heading, areaPath, Span.of(areaStart, text.length()), SectionKind.OTHER, domain,
                List.of(block)));
        return this;
    }

    /** A target record: {@code indicator} at most {@code value} {@code unit} in 2030. */
    Plans target(String indicator, String indicatorId, double value, Unit unit, Domain domain) {
        String quote = indicator + "控制在" + value + unit.symbol() + "以下";
        int start = text.length();
        text.append(quote).append('\n');
        targets.add(Target.builder().indicator(indicator).indicatorId(indicatorId).indicatorConfidence(1)
                .value(value).unit(unit).comparator(Bound.LE).year(2030).kind(Kind.TARGET)
                .scope(Scope.LOCAL).domain(domain).quote(quote).span(Span.of(start, start + quote.length()))
                .build());
        return this;
    }

    Extraction build() {
        String t = text.toString();
        Document doc = new Document(id, region.name() + "儿童发展规划", region, Period.parse("2021-2030"),
                DocumentType.PLAN, id + ".txt", t);
        Section root = new Section("", SectionPath.ROOT, Span.of(0, t.length()), SectionKind.OTHER, Domain.OTHER,
                areas);
        return new Extraction(doc, root, targets);
    }
}
