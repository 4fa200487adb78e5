package dev.zhibiao.compare;

import dev.zhibiao.format.TextTable;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;

import java.util.List;
import java.util.Objects;

/**
 * A set of target records for a region above the plans compared: the national outline, a province, a city.
 *
 * <pre>{@code
 * Benchmark national = Benchmarks.national();
 * national.targets();          // the outline's goals, without its baselines
 * }</pre>
 *
 * @param name     the benchmark document's title, or what it was taken from
 * @param region   the region whose targets these are
 * @param baseYear the year its goals count from, whose values are its baseline (2020 for an outline of
 *                 2021—2030); null when unknown
 * @param endYear  the year a target with no year of its own is for; null when unknown
 * @param origin   where the figures come from
 * @param records  its records: targets, changes and possibly actual values (its baseline among them)
 */
public record Benchmark(String name, Region region, Integer baseYear, Integer endYear, Origin origin,
                        List<Target> records) {
    /** Where a benchmark's figures come from, in the order they are preferred. */
    public enum Origin {
        /** A plan text the user supplied, extracted like any other plan. */
        SUPPLIED,
        /** Facts bundled with zhibiao, each with its source. */
        BUNDLED,
        /** Figures a plan cites for the region above it. */
        CITED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The word for readers ({@code 内置}, {@code bundled}). */
        public String label(ReportLanguage lang) {
            return lang.text("origin." + code());
        }
    }

    public Benchmark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(origin, "origin");
        records = List.copyOf(records);
    }

    /** A benchmark whose base year is not known. */
    public Benchmark(String name, Region region, Integer endYear, Origin origin, List<Target> records) {
        this(name, region, null, endYear, origin, records);
    }

    /** The reported values: baselines and monitoring figures. */
    public List<Target> actuals() {
        return records.stream().filter(t -> t.kind() == Kind.ACTUAL).toList();
    }

    /** The goals: targets and changes, not reported values. */
    public List<Target> targets() {
        return records.stream().filter(t -> t.kind() != Kind.ACTUAL).toList();
    }

    public Level level() {
        return region.level();
    }

    /** A short name for tables: the region's (全国, 河南省), marked when cited rather than bundled or supplied. */
    public String label() {
        return origin == Origin.CITED ? region.name() + "*" : region.name();
    }

    /** The same benchmark with other records. */
    public Benchmark withRecords(List<Target> newRecords) {
        return new Benchmark(name, region, baseYear, endYear, origin, newRecords);
    }

    /** The targets as a table. */
    public TextTable table() {
        TextTable t = new TextTable("indicator", "value", "year", "kind", "source");
        for (Target r : targets()) {
            t.row(r.indicator(), r.valueText(), r.year() == null ? (endYear == null ? "" : "(" + endYear + ")") : r.year(),
                    r.kind().code(), r.source() == null ? "" : r.source());
        }
        return t;
    }

    @Override
    public String toString() {
        return name + " — " + region.fullName() + ", " + origin.code() + ", " + targets().size() + " targets"
                + (endYear == null ? "" : ", to " + endYear) + "\n" + table().maxCellWidth(50);
    }
}
