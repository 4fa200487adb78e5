package dev.zhibiao.extract.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The resolver's word lists (resolver.json): filler patterns, qualifier groups, head words and thresholds.
 *
 * @param threshold  the least fuzzy score accepted
 * @param margin     how far the best fuzzy candidate must lead the best one of another id
 * @param unitSuffix a trailing bracketed unit, as table rows write it
 * @param fillers    words dropped before the second lookup
 * @param completions head words tried, by exact look-up only, on a name that ends in none
 * @param qualifiers spelling → {@code group:canonical}
 * @param heads      head word → class (rate, count, time)
 * @param shares     words that make a name with no head word a share (高校在校生中女生占在校生 is a rate, not a count)
 */
record ResolverLexicon(double threshold, double margin, Pattern unitSuffix, List<Pattern> fillers,
                       List<String> completions, Map<String, String> qualifiers, Map<String, String> heads,
                       List<String> shares) {
    private static final String RESOURCE = "/dev/zhibiao/extract/indicator/resolver.json";

    static ResolverLexicon bundled() {
        try (InputStream in = ResolverLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DataException(RESOURCE, "resource missing from the class path");
            return read(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new DataException(RESOURCE, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static ResolverLexicon read(JsonNode root) {
        try {
            List<Pattern> fillers = new ArrayList<>();
            root.path("fillers").forEach(f -> fillers.add(Pattern.compile(f.asText())));
            List<String> completions = new ArrayList<>();
            root.path("completions").forEach(c -> completions.add(c.asText()));
            Map<String, String> qualifiers = new LinkedHashMap<>();
            root.path("qualifiers").fields().forEachRemaining(group -> {
                for (JsonNode meaning : group.getValue()) {
                    String canonical = meaning.get(0).asText();
                    for (JsonNode spelling : meaning) qualifiers.put(spelling.asText(), group.getKey() + ":" + canonical);
                }
            });
            Map<String, String> heads = new LinkedHashMap<>();
            root.path("heads").fields().forEachRemaining(h -> h.getValue().forEach(w -> heads.put(w.asText(), h.getKey())));
            List<String> shares = new ArrayList<>();
            root.path("shares").forEach(w -> shares.add(w.asText()));
            return new ResolverLexicon(root.path("threshold").asDouble(0.8), root.path("margin").asDouble(0.03),
                    Pattern.compile(root.path("unitSuffix").asText("$^")), List.copyOf(fillers), List.copyOf(completions),
                    Map.copyOf(qualifiers),
                    Map.copyOf(heads), List.copyOf(shares));
        } catch (PatternSyntaxException | NullPointerException e) {
            throw new DataException(RESOURCE, "bad word list: " + e.getMessage(), e);
        }
    }
}
