package dev.zhibiao.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhibiao.format.TextTable;
import dev.zhibiao.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of one or more benchmark runs, with the conditions they were measured under. {@code toString}
 * is a table; {@link #toJson()} the same as JSON.
 *
 * <pre>{@code
 * var report = Bench.create().throughput();
 * report.figures();          // each measured figure
 * report.allGoalsMet();
 * }</pre>
 *
 * @param title   what was run ("throughput", "scale 10000 documents")
 * @param figures the figures in the order they were measured
 * @param notes   conditions worth knowing (cores, heap limit, corpus size)
 */
public record BenchReport(String title, List<Figure> figures, List<String> notes) {
    public BenchReport {
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** This report followed by {@code other}'s figures and notes, under a joint title. */
    public BenchReport plus(BenchReport other) {
        List<Figure> f = new ArrayList<>(figures);
        f.addAll(other.figures);
        List<String> n = new ArrayList<>(notes);
        for (String s : other.notes) if (!n.contains(s)) n.add(s);
        return new BenchReport(title.isEmpty() ? other.title : title + ", " + other.title, f, n);
    }

    /** The figure named {@code name}, or null. */
    public Figure figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** True when every figure with a goal meets it. */
    public boolean allGoalsMet() {
        return figures.stream().allMatch(f -> f.met() == null || f.met());
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("title", title);
        ArrayNode fs = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = fs.addObject();
            n.put("name", f.name());
            if (Double.isNaN(f.value())) n.putNull("value");
            else n.put("value", f.value());
            n.put("unit", f.unit());
            if (f.goal() != null) {
                n.put("goal", f.goal());
                n.put("met", f.met());
            }
        }
        ArrayNode ns = root.putArray("notes");
        notes.forEach(ns::add);
        return root;
    }

    @Override
    public String toString() {
        TextTable t = new TextTable("figure", "value", "unit", "goal", "met").maxCellWidth(60);
        for (Figure f : figures) {
            t.row(f.name(), f.valueText(), f.unit(), f.goal() == null ? "" : f.goal(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO");
        }
        StringBuilder sb = new StringBuilder("Bench: ").append(title).append('\n').append(t);
        for (String n : notes) sb.append("  ").append(n).append('\n');
        return sb.toString();
    }
}
