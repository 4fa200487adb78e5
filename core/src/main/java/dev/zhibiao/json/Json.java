package dev.zhibiao.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON mapping of zhibiao: target records in the spec's field names
 * ({@code indicator, value, low, high, unit, comparator, year, baselineYear, kind, direction, perYear, scope,
 * domain, quote}) plus zhibiao's own ({@code indicatorId, confidence, start, end, section, attribute, source}).
 *
 * <pre>{@code
 * String json = Json.write(Json.document("plan.txt", extraction.records()));
 * }</pre>
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The shared mapper (thread-safe once configured; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record in the spec's shape. */
    public static ObjectNode toNode(Target t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("indicator", t.indicator());
        putNumber(n, "value", t.value());
        putNumber(n, "low", t.low());
        putNumber(n, "high", t.high());
        n.put("unit", t.unit().symbol());
        n.put("comparator", t.comparator().symbol());
        putInt(n, "year", t.year());
        putInt(n, "baselineYear", t.baselineYear());
        n.put("kind", t.kind().code());
        if (t.direction() == null) n.putNull("direction");
        else n.put("direction", t.direction().code());
        n.put("perYear", t.perYear());
        n.put("scope", t.scope().code());
        n.put("domain", t.domain().label());
        if (t.quote() != null) n.put("quote", t.quote());
        if (t.indicatorId() == null) n.putNull("indicatorId");
        else n.put("indicatorId", t.indicatorId());
        n.put("confidence", Math.round(t.indicatorConfidence() * 1000) / 1000.0);
        if (t.span() != null) {
            n.put("start", t.span().start());
            n.put("end", t.span().end());
        }
        if (!t.sectionPath().isRoot()) n.put("section", t.sectionPath().toString());
        if (t.attribute() != null) n.put("attribute", t.attribute());
        if (t.source() != null) n.put("source", t.source());
        return n;
    }

    /** {@code {"document": name, "records": [...]}}, the shape {@code extract --json} writes. */
    public static ObjectNode document(String name, List<Target> records) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", name);
        ArrayNode arr = root.putArray("records");
        records.forEach(r -> arr.add(toNode(r)));
        return root;
    }

    /**
     * {@code {"document": name, "type", "region", "level", "period", "profile": {...}, "records": [...]}}: the
     * records with the document header in the gold files' format, and the profile with its evidence.
     */
    public static ObjectNode document(String name, dev.zhibiao.model.Extraction x) {
        return document(name, x, false);
    }

    /**
     * The document as {@link #document(String, dev.zhibiao.model.Extraction)} writes it; with {@code explain}, each
     * record also carries {@code "rules"}, the readings that made it, and the document {@code "skipped"}, the
     * numbers given no record with the reading that left each out.
     */
    public static ObjectNode document(String name, dev.zhibiao.model.Extraction x, boolean explain) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", name);
        dev.zhibiao.model.DocumentProfile p = x.profile();
        root.put("type", p.type().code());
        putOrNull(root, "region", p.region() == null ? null : p.region().fullName());
        putOrNull(root, "level", p.level() == null ? null : p.level().code());
        putOrNull(root, "period", p.period() == null ? null : p.period().toString());
        ObjectNode profile = root.putObject("profile");
        putOrNull(profile, "title", p.title());
        profile.put("about", p.about().code());
        putOrNull(profile, "issuer", p.issuer());
        if (p.reportYear() == null) profile.putNull("reportYear");
        else profile.put("reportYear", p.reportYear());
        putOrNull(profile, "dateline", p.dateline() == null ? null : p.dateline().toString());
        ArrayNode ev = profile.putArray("evidence");
        for (dev.zhibiao.model.DocumentProfile.Evidence e : p.evidence()) {
            ev.addObject().put("field", e.field()).put("value", e.value()).put("words", e.words());
        }
        ArrayNode arr = root.putArray("records");
        for (Target r : x.records()) {
            ObjectNode n = toNode(r);
            if (explain) {
                ArrayNode rules = n.putArray("rules");
                r.rules().forEach(rules::add);
            }
            arr.add(n);
        }
        if (explain) {
            ArrayNode skipped = root.putArray("skipped");
            for (dev.zhibiao.model.SkippedNumber k : x.skipped()) {
                ObjectNode n = skipped.addObject().put("text", k.text()).put("rule", k.rule());
                if (k.span() != null) n.put("start", k.span().start()).put("end", k.span().end());
            }
        }
        return root;
    }

    private static void putOrNull(ObjectNode n, String field, String value) {
        if (value == null) n.putNull(field);
        else n.put(field, value);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one record in the spec's shape. Numbers may be JSON numbers or numeric strings; missing optional
     * fields default as the spec says. Fields this mapping does not know are ignored.
     *
     * @param input names the file the record comes from, for error messages
     */
    public static Target readTarget(JsonNode n, String input) {
        try {
            Target.Builder b = Target.builder()
                    .indicator(text(n, "indicator", ""))
                    .value(dbl(n, "value")).low(dbl(n, "low")).high(dbl(n, "high"))
                    .unit(Unit.of(text(n, "unit", "")))
                    .comparator(Bound.of(text(n, "comparator", "=")))
                    .year(integer(n, "year")).baselineYear(integer(n, "baselineYear"))
                    .kind(Kind.of(text(n, "kind", "target")))
                    .perYear(n.path("perYear").asBoolean(false))
                    .scope(Scope.of(text(n, "scope", "local")))
                    .domain(Domain.of(text(n, "domain", "其他")))
                    .quote(text(n, "quote", null))
                    .indicatorId(text(n, "indicatorId", null))
                    .indicatorConfidence(n.path("confidence").isNumber() ? n.path("confidence").asDouble() : 0)
                    .attribute(text(n, "attribute", null))
                    .source(text(n, "source", null));
            String dir = text(n, "direction", null);
            if (dir != null) b.direction(Direction.of(dir));
            if (n.path("start").isInt() && n.path("end").isInt()) {
                b.span(Span.of(n.get("start").asInt(), n.get("end").asInt()));
            }
            String section = text(n, "section", null);
            if (section != null) b.sectionPath(SectionPath.parse(section));
            return b.build();
        } catch (RuntimeException e) {
            throw new DataException(input, "bad record " + n + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file holding {@code {"records": [...]}} or a bare list of records. */
    public static List<Target> readTargets(InputStream in, String input) {
        try {
            return readTargets(MAPPER.readTree(in), input);
        } catch (IOException e) {
            throw new DataException(input, "not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Reads {@code {"records": [...]}} or a bare list of records. */
    public static List<Target> readTargets(JsonNode root, String input) {
        JsonNode arr = root.isArray() ? root : root.path("records");
        if (!arr.isArray()) throw new DataException(input, "no \"records\" list");
        List<Target> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(readTarget(n, input));
        return out;
    }

    private static void putNumber(ObjectNode n, String field, Double v) {
        if (v == null) n.putNull(field);
        else if (v == Math.rint(v) && Math.abs(v) < 1e15) n.put(field, v.longValue());
        else n.put(field, v);
    }

    private static void putInt(ObjectNode n, String field, Integer v) {
        if (v == null) n.putNull(field);
        else n.put(field, v);
    }

    private static String text(JsonNode n, String field, String dflt) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? dflt : v.asText();
    }

    private static Double dbl(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.asDouble();
        String s = v.asText().strip();
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static Integer integer(JsonNode n, String field) {
        Double d = dbl(n, field);
        return d == null ? null : d.intValue();
    }
}
