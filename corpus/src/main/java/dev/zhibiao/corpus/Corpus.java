package dev.zhibiao.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled documents with their manifest, gold records and benchmark facts, read from the class path,
 * so nothing needs to be on disk.
 *
 * <pre>{@code
 * var corpus = Corpus.bundled();
 * corpus.document("东莞市");      // by region, id or file name
 * corpus.plans();                 // the plans, without the monitoring report
 * }</pre>
 */
public final class Corpus {
    private static final String BASE = "/dev/zhibiao/corpus/";
    private static volatile Corpus bundled;

    private final List<Document> documents;
    private final Map<String, Gold> gold;
    private final List<BenchmarkFacts> benchmarks;

    private Corpus(List<Document> documents, Map<String, Gold> gold, List<BenchmarkFacts> benchmarks) {
        this.documents = List.copyOf(documents);
        this.gold = Map.copyOf(gold);
        this.benchmarks = List.copyOf(benchmarks);
    }

    /** The corpus shipped in this jar; loaded once, shared and immutable. */
    public static Corpus bundled() {
        Corpus c = bundled;
        if (c == null) {
            synchronized (Corpus.class) {
                if (bundled == null) bundled = load();
                c = bundled;
            }
        }
        return c;
    }

    private static Corpus load() {
        JsonNode manifest = json("manifest.json");
        List<Document> docs = new ArrayList<>();
        Map<String, Gold> gold = new LinkedHashMap<>();
        for (JsonNode d : manifest.path("documents")) {
            String file = d.path("file").asText();
            String fileName = file.substring(file.lastIndexOf('/') + 1);
            Document doc = new Document(d.path("id").asText(), d.path("title").asText(), region(d.path("region")),
                    Period.parse(d.path("period").asText()), DocumentType.of(d.path("type").asText()), fileName,
                    text(file));
            docs.add(doc);
            if (d.hasNonNull("gold")) gold.put(doc.id(), readGold(d.path("gold").asText()));
        }
        List<BenchmarkFacts> benchmarks = new ArrayList<>();
        for (JsonNode b : manifest.path("benchmarks")) {
            String file = b.path("file").asText();
            JsonNode n = json(file);
            benchmarks.add(new BenchmarkFacts(n.path("benchmark").asText(), n.path("issuer").asText(),
                    region(b.path("region")), Period.parse(n.path("period").asText()),
                    Json.readTargets(n, file), n.path("missing").asText(null)));
        }
        return new Corpus(docs, gold, benchmarks);
    }

    /** Reads a gold file in the shared format (records with {@code optional} and {@code note}). */
    public static Gold readGold(JsonNode n, String input) {
        List<GoldRecord> records = new ArrayList<>();
        for (JsonNode r : n.path("records")) {
            records.add(new GoldRecord(Json.readTarget(r, input), r.path("optional").asBoolean(false),
                    r.path("note").asText(null)));
        }
        return new Gold(n.path("document").asText(input), n.path("region").asText(null),
                n.path("level").asText(null), n.path("period").asText(null), n.path("type").asText(null), records);
    }

    private static Gold readGold(String resource) {
        return readGold(json(resource), resource);
    }

    private static Region region(JsonNode chain) {
        Region r = null;
        for (JsonNode link : chain) {
            r = new Region(link.get(0).asText(), Level.of(link.get(1).asText()), r);
        }
        if (r == null) throw new DataException("manifest.json", "a region chain is empty");
        return r;
    }

    private static InputStream open(String resource) {
        InputStream in = Corpus.class.getResourceAsStream(BASE + resource);
        if (in == null) throw new DataException(resource, "not on the class path under " + BASE);
        return in;
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(resource, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode json(String resource) {
        try (InputStream in = open(resource)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new DataException(resource, "not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Every bundled document in manifest order. */
    public List<Document> documents() {
        return documents;
    }

    /** The plans (not the monitoring reports). */
    public List<Document> plans() {
        return documents.stream().filter(d -> d.type() == DocumentType.PLAN).toList();
    }

    /** The monitoring reports. */
    public List<Document> reports() {
        return documents.stream().filter(d -> d.type() == DocumentType.MONITORING_REPORT).toList();
    }

    /**
     * The document named by {@code query}: its id, its file name, or its region (东莞市, 新华区, 平顶山市新华区).
     *
     * @throws IllegalArgumentException when none or several match
     */
    public Document document(String query) {
        List<Document> exact = documents.stream()
                .filter(d -> d.id().equals(query) || query.equals(d.fileName())).toList();
        if (exact.size() == 1) return exact.get(0);
        List<Document> byRegion = documents.stream().filter(d -> d.region().matches(query)).toList();
        if (byRegion.size() == 1) return byRegion.get(0);
        throw new IllegalArgumentException((byRegion.isEmpty() ? "no bundled document matches " : "several bundled documents match ")
                + "\"" + query + "\"; try one of " + documents.stream().map(d -> d.region().name()).toList());
    }

    /** The gold records of a bundled document, or null when it has none. */
    public Gold gold(Document document) {
        return gold.get(document.id());
    }

    /** Gold of every document that has it, by document id. */
    public Map<String, Gold> gold() {
        return gold;
    }

    /** Every bundled benchmark file. */
    public List<BenchmarkFacts> benchmarks() {
        return benchmarks;
    }

    /** The national outline's facts. */
    public BenchmarkFacts nationalBenchmark() {
        return benchmarks.stream().filter(b -> b.region().level() == Level.NATIONAL).findFirst()
                .orElseThrow(() -> new DataException("manifest.json", "no national benchmark bundled"));
    }

    /** The benchmark facts for exactly this region (by name), or null. */
    public BenchmarkFacts benchmarkFor(Region region) {
        return benchmarks.stream().filter(b -> b.region().name().equals(region.name())).findFirst().orElse(null);
    }

    /** All target records of the bundled benchmarks for {@code region}'s chain, nearest last. */
    public List<Target> benchmarkRecords(Region region) {
        List<Target> out = new ArrayList<>();
        for (Region r : region.chain()) {
            BenchmarkFacts b = benchmarkFor(r);
            if (b != null) out.addAll(b.records());
        }
        return out;
    }

    @Override
    public String toString() {
        TextTable t = new TextTable("id", "region", "level", "period", "type", "chars", "gold");
        for (Document d : documents) {
            Gold g = gold.get(d.id());
            t.row(d.id(), d.region().fullName(), d.region().level().code(), d.period(), d.type().code(),
                    d.text().length(), g == null ? "" : g.records().size());
        }
        return "Corpus: " + documents.size() + " documents, " + benchmarks.size() + " benchmark files\n" + t;
    }
}
