package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Polarity;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds each value a monitoring report gives against the targets that apply: the report's own stated targets,
 * its district plan's where one is among the plans, else its province's, and the nation's.
 */
final class ProgressCheck {
    private ProgressCheck() {
    }

    /** A set of targets and whose they are. */
    record Source(Phrase label, List<Entry> goals, Integer endYear) {
    }

    static List<ProgressRow> check(Plan report, List<Plan> plans, List<Benchmark> benchmarks, IndicatorResolver resolver) {
        Integer reportYear = report.endYear();
        List<Source> sources = sources(report, plans, benchmarks, resolver);
        List<ProgressRow> out = new ArrayList<>();
        for (Entry a : report.actuals()) {
            Target v = a.target();
            Integer year = v.year() != null ? v.year() : reportYear;
            Double change = change(report, a, year);
            Phrase changeWords = change == null ? Phrase.of("plain", "") : Phrase.of(year == null ? "plain" : "progress.change",
                    (change > 0 ? "+" : change < 0 ? "−" : "") + Target.fmt(Math.abs(change)) + points(v.unit()).symbol(),
                    year == null ? "" : year - 1);
            boolean any = false;
            for (Source s : sources) {
                List<Entry> goals = s.goals.stream().filter(g -> g.id().equals(a.id()) && g.target().kind() == Kind.TARGET
                        && g.target().unit().equals(v.unit())).toList();
                if (goals.isEmpty()) continue;
                Entry goal = Pairing.pick(goals, v, year, s.endYear);
                Polarity pol = Judge.polarity(a.indicator(), goal.target(), null);
                Boolean met = Judge.meets(v.number(), goal.target(), pol);
                if (met == null) continue;
                any = true;
                out.add(new ProgressRow(report.district(), a.indicator(), year, v, change, changeWords, s.label,
                        goal.target(), met ? ProgressRow.Status.MET : ProgressRow.Status.NOT_MET));
            }
            if (!any) {
                out.add(new ProgressRow(report.district(), a.indicator(), year, v, change, changeWords, Phrase.of("plain", ""), null,
                        ProgressRow.Status.NO_TARGET));
            }
        }
        return out;
    }

    private static List<Source> sources(Plan report, List<Plan> plans, List<Benchmark> benchmarks,
                                        IndicatorResolver resolver) {
        List<Source> out = new ArrayList<>();
        Region r = report.region();
        List<Entry> own = report.goals().stream().filter(e -> e.target().kind() == Kind.TARGET).toList();
        if (!own.isEmpty()) out.add(new Source(Phrase.of("progress.of-report", report.district()), own, report.endYear()));
        Plan plan = r == null ? null : plans.stream()
                .filter(p -> p.region() != null && p.region().name().equals(r.name())).findFirst().orElse(null);
        if (plan != null) {
            out.add(new Source(Phrase.of("progress.of-plan", plan.district()), plan.goals(), plan.endYear()));
        } else if (r != null) {
            for (Benchmark b : benchmarks) {
                if (b.level() != Level.NATIONAL && r.chain().stream().anyMatch(c -> c.name().equals(b.region().name()))
                        && !b.targets().isEmpty()) {
                    out.add(new Source(Phrase.of("plain", b.label()), Entry.resolve(b.targets(), resolver), b.endYear()));
                }
            }
        }
        benchmarks.stream().filter(b -> b.level() == Level.NATIONAL).findFirst().ifPresent(
                b -> out.add(new Source(Phrase.of("plain", b.label()), Entry.resolve(b.targets(), resolver), b.endYear())));
        return out;
    }

    /** The change over the previous year: a stated change from that year, else the difference to its value. */
    private static Double change(Plan report, Entry a, Integer year) {
        if (year == null) return null;
        Unit unit = a.target().unit();
        for (Entry c : report.entries()) {
            Target t = c.target();
            if (!c.id().equals(a.id()) || t.kind() != Kind.CHANGE || t.value() == null || t.perYear()) continue;
            if (t.baselineYear() != null && t.baselineYear() != year - 1) continue;
            if (!t.unit().equals(points(unit))) continue;
            return t.direction() == Direction.DECREASE ? -t.value() : t.value();
        }
        return report.actuals().stream()
                .filter(p -> p.id().equals(a.id()) && p.target().unit().equals(unit)
                        && p.target().year() != null && p.target().year() == year - 1)
                .max(Comparator.comparing(p -> p.target().year()))
                .map(p -> a.target().number() - p.target().number()).orElse(null);
    }

    /** The unit a change of a value in {@code unit} is stated in: points for a rate, the unit itself otherwise. */
    private static Unit points(Unit unit) {
        return unit.points();
    }
}
