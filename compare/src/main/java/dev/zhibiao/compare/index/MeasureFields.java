package dev.zhibiao.compare.index;

import dev.zhibiao.extract.normalize.Normalizer;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Measure} is laid out in Lucene and read back. Values of targets are typed fields taken
 * from the extracted records, never analysed text, in which 3.0‰ is a word and not a number.
 */
final class MeasureFields {
    static final String ID = "id";
    static final String DOC = "doc";
    static final String TITLE = "title";
    static final String TYPE = "type";
    /** Every region of the chain and the full name, for filtering. */
    static final String REGION = "region";
    static final String REGION_CHAIN = "region_chain";
    static final String REGION_FACET = "region_facet";
    static final String LEVEL = "level";
    static final String DOMAIN = "domain";
    static final String DOMAIN_FACET = "domain_facet";
    static final String PATH = "path";
    static final String START = "start";
    static final String END = "end";
    static final String INDICATOR = "indicator";
    static final String INDICATOR_NAME = "indicator_name";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    static final String UNKNOWN_REGION = "?";

    private MeasureFields() {
    }

    /** The entry, its text to be cut into character pairs by the writer. */
    static Document toDocument(Measure m) {
        Document d = new Document();
        // Only what a search filters on is indexed; the rest is stored to be shown (an entry's own id is unique,
        // and indexing it would cost a term per entry for nothing).
        d.add(new StoredField(ID, m.id()));
        d.add(new StringField(DOC, m.documentId(), Field.Store.YES));
        d.add(new StoredField(TITLE, m.title()));
        d.add(new StringField(TYPE, m.type().code(), Field.Store.YES));
        Region r = m.region();
        if (r != null) {
            for (Region link : r.chain()) d.add(new StringField(REGION, link.name(), Field.Store.NO));
            d.add(new StringField(REGION, r.fullName(), Field.Store.NO));
            d.add(new StoredField(REGION_CHAIN, encode(r)));
            d.add(new StringField(LEVEL, r.level().code(), Field.Store.NO));
        }
        d.add(new SortedDocValuesField(REGION_FACET, new BytesRef(r == null ? UNKNOWN_REGION : r.fullName())));
        d.add(new StringField(DOMAIN, m.domain().label(), Field.Store.YES));
        d.add(new SortedDocValuesField(DOMAIN_FACET, new BytesRef(m.domain().label())));
        d.add(new StoredField(PATH, m.path().toString()));
        d.add(new StoredField(IndexAnalyzers.TEXT, m.text()));
        String searchable = searchable(m);
        d.add(new TextField(IndexAnalyzers.bigrams(m.type()), searchable, Field.Store.NO));
        // Every entry holds the other type's field too, empty: a field only some entries hold keeps their
        // lengths in a sparse form, which the writer reads back for every term of the field, and a segment then
        // takes time that grows with its square. Empty, the field counts neither in searches nor in statistics.
        for (Measure.Type other : Measure.Type.values()) {
            if (other != m.type()) d.add(new TextField(IndexAnalyzers.bigrams(other), "", Field.Store.NO));
        }
        if (m.span() != null) {
            d.add(new StoredField(START, m.span().start()));
            d.add(new StoredField(END, m.span().end()));
        }
        if (m.indicator() != null) d.add(new StoredField(INDICATOR_NAME, m.indicator()));
        if (m.indicatorId() != null) d.add(new StringField(INDICATOR, m.indicatorId(), Field.Store.YES));
        if (m.value() != null) {
            d.add(new DoublePoint(VALUE, m.value()));
            d.add(new StoredField(VALUE, m.value()));
        }
        if (m.unit() != null) d.add(new StoredField(UNIT, m.unit()));
        return d;
    }

    /** A target is found by its indicator's name as well as by its quote; both as the extractor reads them. */
    private static String searchable(Measure m) {
        String raw = m.indicator() == null || m.text().contains(m.indicator()) ? m.text() : m.indicator() + "\n" + m.text();
        return readable(raw);
    }

    /**
     * The text as the extractor reads it: simplified characters, half-width digits and letters, numbers
     * without stray spaces. The original stays stored; this is what is searched and shown in snippets.
     */
    static String readable(String text) {
        return Normalizer.standard().normalize(text).text();
    }

    static Measure fromDocument(Document d) {
        Region region = decode(d.get(REGION_CHAIN));
        IndexableField start = d.getField(START);
        IndexableField end = d.getField(END);
        Span span = start == null || end == null ? null
                : Span.of(start.numericValue().intValue(), end.numericValue().intValue());
        IndexableField value = d.getField(VALUE);
        return new Measure(d.get(ID), Measure.Type.valueOf(d.get(TYPE).toUpperCase(java.util.Locale.ROOT)),
                d.get(DOC), d.get(TITLE), region, Domain.of(d.get(DOMAIN)), SectionPath.parse(d.get(PATH)),
                d.get(IndexAnalyzers.TEXT), span, d.get(INDICATOR_NAME), d.get(INDICATOR),
                value == null ? null : value.numericValue().doubleValue(), d.get(UNIT));
    }

    /** {@code 河南省|province>平顶山市|city>新华区|district}: names hold neither | nor >. */
    static String encode(Region r) {
        List<String> links = new ArrayList<>();
        for (Region link : r.chain()) links.add(link.name() + "|" + link.level().code());
        return String.join(">", links);
    }

    static Region decode(String chain) {
        if (chain == null || chain.isEmpty()) return null;
        Region r = null;
        for (String link : chain.split(">")) {
            int bar = link.lastIndexOf('|');
            r = new Region(link.substring(0, bar), Level.of(link.substring(bar + 1)), r);
        }
        return r;
    }
}
