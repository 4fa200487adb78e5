package dev.zhibiao.compare.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhibiao.compare.Assessment;
import dev.zhibiao.compare.Benchmark;
import dev.zhibiao.compare.Comparison;
import dev.zhibiao.compare.Coverage;
import dev.zhibiao.compare.ProgressRow;
import dev.zhibiao.compare.Verdict;
import dev.zhibiao.compare.Warning;
import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.json.Json;

import java.util.Map;

/**
 * The comparison as one JSON document; records inside use the target-record spec's field names. Verdicts, types
 * and statuses are codes and reasons English whatever the report language, for programs.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String write(Comparison c) {
        return Json.write(tree(c));
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode ds = root.putArray("districts");
        c.districts().forEach(ds::add);
        ArrayNode bs = root.putArray("benchmarks");
        for (Benchmark b : c.benchmarks()) {
            ObjectNode n = bs.addObject();
            n.put("name", b.name());
            n.put("region", b.region().name());
            n.put("level", b.level().code());
            n.put("origin", b.origin().code());
            if (b.endYear() == null) n.putNull("endYear");
            else n.put("endYear", b.endYear());
        }
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<Verdict, Long> e : c.counts().entrySet()) counts.put(e.getKey().code(), e.getValue());
        ArrayNode as = root.putArray("assessments");
        for (Assessment a : c.assessments()) {
            ObjectNode n = as.addObject();
            n.put("district", a.district());
            n.put("indicatorId", a.indicator().id());
            n.put("indicator", a.indicator().name());
            putInt(n, "year", a.year());
            if (a.plan() == null) n.putNull("plan");
            else n.set("plan", Json.toNode(a.plan()));
            n.put("benchmark", a.benchmark().region().name());
            n.put("benchmarkOrigin", a.benchmark().origin().code());
            putInt(n, "benchmarkYear", a.benchmarkYear());
            if (a.reference() == null) n.putNull("reference");
            else n.set("reference", Json.toNode(a.reference()));
            if (a.difference() == null) n.putNull("difference");
            else n.put("difference", Math.round(a.difference() * 10000) / 10000.0);
            n.put("horizonDiffers", a.horizonDiffers());
            if (a.path() == null) n.putNull("pathValue");
            else n.put("pathValue", Math.round(a.path() * 10000) / 10000.0);
            n.put("verdict", a.verdict().code());
            n.put("reason", a.reason());
        }
        ArrayNode ws = root.putArray("warnings");
        for (Warning w : c.consistency()) {
            ObjectNode n = ws.addObject();
            n.put("district", w.district());
            n.put("indicatorId", w.indicator().id());
            n.put("indicator", w.indicator().name());
            n.put("type", w.type().code());
            n.put("message", w.message());
        }
        ArrayNode ps = root.putArray("progress");
        for (ProgressRow r : c.progress().rows()) {
            ObjectNode n = ps.addObject();
            n.put("district", r.district());
            n.put("indicatorId", r.indicator().id());
            putInt(n, "year", r.year());
            n.set("reported", Json.toNode(r.reported()));
            if (r.change() == null) n.putNull("change");
            else n.put("change", r.change());
            n.put("targetOf", r.targetSource());
            if (r.target() == null) n.putNull("target");
            else n.set("target", Json.toNode(r.target()));
            n.put("status", r.status().code());
        }
        ArrayNode cov = root.putArray("coverage");
        for (Coverage cv : c.coverage()) {
            ObjectNode n = cov.addObject();
            n.put("benchmark", cv.benchmark().region().name());
            ArrayNode rows = n.putArray("rows");
            for (Indicator i : cv.indicators()) {
                ObjectNode row = rows.addObject();
                row.put("indicatorId", i.id());
                row.put("indicator", i.name());
                ObjectNode cells = row.putObject("districts");
                for (String d : cv.districts()) {
                    Verdict v = cv.cell(i.id(), d);
                    if (v == null) cells.putNull(d);
                    else cells.put(d, v.code());
                }
            }
        }
        return root;
    }

    private static void putInt(ObjectNode n, String f, Integer v) {
        if (v == null) n.putNull(f);
        else n.put(f, v);
    }
}
