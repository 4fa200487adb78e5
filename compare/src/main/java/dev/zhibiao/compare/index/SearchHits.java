package dev.zhibiao.compare.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.json.Json;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of a search: ranked hits and, when {@link MeasureQuery#facets() asked for}, the number of
 * matches (all of them, not only those shown) per region and per domain. {@code toString} is a table.
 *
 * <pre>{@code
 * SearchHits hits = index.search("托育").domain("福利").facets().run();
 * hits.total();  hits.byRegion();  hits.get(0).snippet();  hits.toJson();
 * }</pre>
 *
 * @param query      the query as typed
 * @param synonyms   the catalog's other names the query was widened by
 * @param total      how many entries match, or at least how many when not {@code exact}
 * @param exact      whether {@code total} is the exact number (always so with facets)
 * @param hits       the best {@code limit} of them
 * @param byRegion   matches per region (full name), most first; empty unless {@code counted}
 * @param byDomain   matches per domain label, most first; empty unless {@code counted}
 * @param counted    whether matches were counted per region and domain
 */
public record SearchHits(String query, List<String> synonyms, long total, boolean exact, List<SearchHit> hits,
                         Map<String, Integer> byRegion, Map<String, Integer> byDomain, boolean counted) {
    /** Regions listed by {@code toString}; {@link #byRegion()} has them all. */
    static final int REGIONS_SHOWN = 10;

    public SearchHits {
        synonyms = List.copyOf(synonyms);
        hits = List.copyOf(hits);
        byRegion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRegion));
        byDomain = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDomain));
    }

    public int size() {
        return hits.size();
    }

    public SearchHit get(int i) {
        return hits.get(i);
    }

    public List<Measure> measures() {
        return hits.stream().map(SearchHit::measure).toList();
    }

    /** The hits as a table: rank, score, region, domain, section and snippet. */
    public TextTable table() {
        TextTable t = new TextTable("#", "score", "region", "domain", "section", "snippet").maxCellWidth(2 * MeasureIndex.SNIPPET_CHARS + 8);
        for (SearchHit h : hits) {
            Measure m = h.measure();
            String snippet = m.type() == Measure.Type.TARGET ? m.valueText() + " · " + h.snippet() : h.snippet();
            t.row(h.rank(), String.format("%.2f", h.score()), m.label(), m.domain(), lastHeadings(m), snippet);
        }
        return t;
    }

    private static String lastHeadings(Measure m) {
        List<String> hs = m.path().headings();
        return hs.isEmpty() ? "" : String.join(" > ", hs.subList(Math.max(0, hs.size() - 2), hs.size()));
    }

    /** The same as JSON: query, total, facets and hits with document, region chain and section path. */
    public ObjectNode toJson() {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("query", query);
        ArrayNode syn = n.putArray("synonyms");
        synonyms.forEach(syn::add);
        n.put("total", total);
        n.put("totalExact", exact);
        if (counted) {
            ObjectNode facets = n.putObject("facets");
            ObjectNode r = facets.putObject("region");
            byRegion.forEach(r::put);
            ObjectNode d = facets.putObject("domain");
            byDomain.forEach(d::put);
        }
        ArrayNode arr = n.putArray("hits");
        for (SearchHit h : hits) {
            Measure m = h.measure();
            ObjectNode o = arr.addObject();
            o.put("rank", h.rank());
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            o.put("id", m.id());
            o.put("type", m.type().code());
            o.put("document", m.documentId());
            o.put("title", m.title());
            ArrayNode chain = o.putArray("region");
            if (m.region() != null) m.region().chain().forEach(x -> chain.add(x.name()));
            if (m.level() == null) o.putNull("level");
            else o.put("level", m.level().code());
            o.put("domain", m.domain().label());
            o.put("section", m.path().toString());
            o.put("snippet", h.snippet());
            o.put("text", m.text());
            if (m.span() != null) {
                o.put("start", m.span().start());
                o.put("end", m.span().end());
            }
            if (m.indicator() != null) o.put("indicator", m.indicator());
            if (m.indicatorId() != null) o.put("indicatorId", m.indicatorId());
            if (m.value() != null) o.put("value", m.value());
            if (m.unit() != null) o.put("unit", m.unit());
        }
        return n;
    }

    private static String counts(Map<String, Integer> m, int max) {
        String shown = m.entrySet().stream().limit(max).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return m.size() > max ? shown + ", … " + (m.size() - max) + " more" : shown;
    }

    @Override
    public String toString() {
        return "「" + query + "」 " + total + (exact ? "" : "+") + " matches, top " + hits.size()
                + (synonyms.isEmpty() ? "" : " (also " + String.join("、", synonyms) + ")") + "\n"
                + table()
                + (counted ? "by region: " + counts(byRegion, REGIONS_SHOWN) + "\n"
                        + "by domain: " + counts(byDomain, Integer.MAX_VALUE) + "\n" : "");
    }
}
