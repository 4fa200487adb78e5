package dev.zhibiao.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.error.DataException;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import dev.zhibiao.model.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    static final List<String> SPEC_FIELDS = List.of("indicator", "value", "low", "high", "unit", "comparator", "year",
            "baselineYear", "kind", "direction", "perYear", "scope", "domain", "quote");

    @Test
    void writesTheSpecFieldsAndReadsThemBack() throws Exception {
        Target t = Target.builder().indicator("儿童伤害死亡率").value(20.0).unit("%").comparator(Bound.GE)
                .year(2030).baselineYear(2020).kind(Kind.CHANGE).direction(Direction.DECREASE).scope(Scope.PROVINCIAL)
                .domain(Domain.SAFETY).quote("下降20%").span(Span.of(10, 15))
                .sectionPath(SectionPath.of("二、发展领域", "（二）儿童与安全")).indicatorId("safety.injury_mortality")
                .indicatorConfidence(0.9).build();
        JsonNode n = Json.toNode(t);
        for (String f : SPEC_FIELDS) assertTrue(n.has(f), "field " + f + " in " + n);
        assertEquals(20, n.get("value").asInt());
        assertEquals("decrease", n.get("direction").asText());
        assertEquals("安全", n.get("domain").asText());
        assertEquals(">=", n.get("comparator").asText());
        Target back = Json.readTarget(Json.mapper().readTree(Json.write(n)), "test");
        assertEquals(t, back);
    }

    @Test
    void readsGoldStyleRecordsWithExtraFields() throws Exception {
        String s = "{\"records\": [{\"indicator\": \"智慧校园示范校\", \"value\": null, \"low\": 3, \"high\": 5, \"unit\": \"所\","
                + "\"comparator\": \"=\", \"year\": null, \"kind\": \"target\", \"scope\": \"local\", \"domain\": \"教育\","
                + "\"optional\": false, \"note\": \"range\"}]}";
        List<Target> ts = Json.readTargets(Json.mapper().readTree(s), "gold.json");
        assertEquals(1, ts.size());
        assertEquals(3.0, ts.get(0).low());
        assertEquals(Domain.EDUCATION, ts.get(0).domain());
    }

    @Test
    void aBadRecordNamesItsFile() throws Exception {
        JsonNode bad = Json.mapper().readTree("[{\"indicator\": \"x\", \"value\": 1, \"kind\": \"wish\"}]");
        DataException e = assertThrows(DataException.class, () -> Json.readTargets(bad, "plan.json"));
        assertTrue(e.getMessage().startsWith("plan.json: "), e.getMessage());
        assertEquals("plan.json", e.input());
    }
}
