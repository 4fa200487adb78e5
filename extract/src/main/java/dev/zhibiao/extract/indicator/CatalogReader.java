package dev.zhibiao.extract.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a catalog file ({@code {"indicators": [...]}}) and says which entry is wrong and why. */
final class CatalogReader {
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9_]+");
    /** The source of a structured target that names none: most of the catalog's figures are this outline's. */
    static final String CHILDREN_OUTLINE = "中国儿童发展纲要（2021—2030年）";

    /** One entry as the file gives it: the indicator plus what only the resolver and the comparison need. */
    record Entry(Indicator indicator, List<Pattern> patterns, Target target, String targetBasis) {
    }

    private CatalogReader() {
    }

    static List<Entry> read(InputStream in, String input) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new DataException(input, "not valid JSON: " + e.getMessage(), e);
        }
        if (root == null) throw new DataException(input, "empty file");
        JsonNode list = root.isArray() ? root : root.path("indicators");
        if (!list.isArray()) throw new DataException(input, "no \"indicators\" list");
        // A file that lists its sources must name one of them as a target's source, so a misspelt outline is caught
        // here and not shown to a reader as a third document.
        Set<String> sources = new HashSet<>();
        root.path("sources").forEach(s -> sources.add(s.path("name").asText("")));
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode node : list) {
            n++;
            Entry e = entry(node, input, n, sources);
            if (!ids.add(e.indicator().id())) {
                throw new DataException(input, "indicator #" + n + ": id " + e.indicator().id() + " given twice");
            }
            out.add(e);
        }
        return out;
    }

    private static Entry entry(JsonNode n, String input, int index, Set<String> sources) {
        String id = n.path("id").asText("");
        String where = "indicator #" + index + (id.isEmpty() ? "" : " (" + id + ")");
        if (!ID.matcher(id).matches()) {
            throw new DataException(input, where + ": id must read area.snake_name, e.g. health.neonatal_mortality");
        }
        String name = n.path("name").asText("").strip();
        if (name.isEmpty()) throw new DataException(input, where + ": no name");
        for (String field : List.of("aliases", "patterns")) {
            if (n.has(field) && !n.get(field).isArray()) {
                throw new DataException(input, where + ": " + field + " must be a list");
            }
        }
        try {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<Pattern> patterns = new ArrayList<>();
            for (JsonNode p : n.path("patterns")) patterns.add(Pattern.compile(p.asText()));
            Domain domain = Domain.of(n.path("domain").asText("其他"));
            Unit unit = Unit.of(n.path("unit").asText(""));
            String words = text(n, "nationalTarget");
            Indicator indicator = new Indicator(id, name, aliases, unit, Polarity.of(n.path("polarity").asText("")),
                    domain, words);
            Target target = n.has("target") ? target(n.get("target"), indicator, sources) : null;
            return new Entry(indicator, List.copyOf(patterns), target, text(n, "targetBasis"));
        } catch (PatternSyntaxException e) {
            throw new DataException(input, where + ": bad pattern: " + e.getDescription(), e);
        } catch (IllegalArgumentException e) {
            throw new DataException(input, where + ": " + e.getMessage(), e);
        }
    }

    /**
     * The structured target, stamped with its own source: the outline that sets the figure ({@code "source"} in the
     * target), the children's outline when it names none. A women's outline figure must not pass for a children's one.
     */
    private static Target target(JsonNode t, Indicator indicator, Set<String> sources) {
        if (!t.path("value").isNumber()) throw new IllegalArgumentException("target needs a numeric value");
        String source = t.path("source").asText(CHILDREN_OUTLINE).strip();
        if (source.isEmpty()) throw new IllegalArgumentException("target source is blank");
        if (!sources.isEmpty() && !source.equals(CHILDREN_OUTLINE) && !sources.contains(source)) {
            throw new IllegalArgumentException("target source " + source + " is not among the sources the file lists");
        }
        Kind kind = Kind.of(t.path("kind").asText("target"));
        Target.Builder b = Target.builder().indicator(indicator.name()).indicatorId(indicator.id())
                .indicatorConfidence(1).value(t.get("value").asDouble())
                .unit(Unit.of(t.path("unit").asText(indicator.unit().symbol())))
                .comparator(Bound.of(t.path("comparator").asText("=")))
                .kind(kind).scope(Scope.NATIONAL).domain(indicator.domain())
                .source(source);
        if (t.has("direction")) b.direction(Direction.of(t.get("direction").asText()));
        if (t.path("baselineYear").isInt()) b.baselineYear(t.get("baselineYear").asInt());
        if (t.path("year").isInt()) b.year(t.get("year").asInt());
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
