package dev.zhibiao.corpus;

import dev.zhibiao.model.Period;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;

import java.util.List;

/**
 * A bundled set of benchmark figures: the national outline's or a province's targets, each with its source.
 *
 * @param name    the benchmark document's title
 * @param issuer  who issued it
 * @param region  the region it is for
 * @param period  the period it covers
 * @param records its records (targets, changes and some actual values); each has its {@code source}
 * @param missing what the file says is not covered, or null
 */
public record BenchmarkFacts(String name, String issuer, Region region, Period period, List<Target> records,
                             String missing) {
    public BenchmarkFacts {
        records = List.copyOf(records);
    }

    public int endYear() {
        return period.end();
    }

    @Override
    public String toString() {
        return "BenchmarkFacts[" + name + ", " + region.fullName() + ", " + period + ", " + records.size() + " records]";
    }
}
