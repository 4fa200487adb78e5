package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Indicator;
import dev.zhibiao.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A record with the canonical indicator it was resolved to. */
record Entry(Indicator indicator, Target target) {
    String id() {
        return indicator.id();
    }

    /** Resolves each record, dropping exact repeats (a plan restating one goal in two places). */
    static List<Entry> resolve(List<Target> records, IndicatorResolver resolver) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Target t : records) {
            Entry e = new Entry(resolver.resolve(t), t);
            String key = e.id() + "|" + t.kind() + "|" + t.scope() + "|" + t.valueText() + "|" + t.year() + "|"
                    + t.baselineYear();
            if (seen.add(key)) out.add(e);
        }
        return out;
    }
}
