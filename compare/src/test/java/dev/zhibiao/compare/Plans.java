package dev.zhibiao.compare;

import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import dev.zhibiao.model.Target;

import java.util.List;

/** Extractions made by hand for tests: a plan of a district in a made-up province. */
final class Plans {
    static final Region PROVINCE = Region.of("江南省", Level.PROVINCE);
    static final Region CITY = Region.of("青州市", Level.CITY, PROVINCE);

    private Plans() {
    }

    static Extraction plan(String district, int start, int end, Target... records) {
        return of(district, start, end, DocumentType.PLAN, records);
    }

    static Extraction of(String district, int start, int end, DocumentType type, Target... records) {
        Region r = Region.of(district, Level.DISTRICT, CITY);
        Document d = new Document(district, district + "儿童发展规划", r, new Period(start, end), type, null, "text");
        Section root = new Section("", SectionPath.ROOT, Span.of(0, 4), SectionKind.OTHER, Domain.OTHER, List.of());
        return new Extraction(d, root, List.of(records));
    }
}
