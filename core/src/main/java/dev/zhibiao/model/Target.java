package dev.zhibiao.model;

import java.util.List;

import java.util.Objects;

/**
 * One quantified statement of a plan or report: a goal, an observed value or a change, in the form of
 * the target-record spec. Either {@code value} or both {@code low} and {@code high} are set.
 *
 * <pre>{@code
 * Target t = Target.builder().indicator("新生儿死亡率").value(3.0).unit(Unit.PER_MILLE)
 *     .comparator(Bound.LE).kind(Kind.TARGET).build();
 * }</pre>
 *
 * @param indicator           the measured quantity as written, with its population (新生儿死亡率)
 * @param indicatorId         the catalog id it resolves to (health.neonatal_mortality), or null
 * @param indicatorConfidence the resolver's confidence in {@code indicatorId}, 0 when unresolved
 * @param value               the number, or null for a range
 * @param low                 a range's lower end, or null
 * @param high                a range's upper end, or null
 * @param unit                the unit (%, ‰, 个百分点, 名 …)
 * @param comparator          the literal bound of the wording
 * @param year                the year the number is for, or null when the sentence gives none
 * @param baselineYear        the reference year of a change, or null
 * @param kind                target, actual or change
 * @param direction           for a change, increase or decrease; else null
 * @param perYear             true for a change stated per year
 * @param scope               whose number it is
 * @param domain              the plan area the statement sits in
 * @param quote               a short exact substring of the original text holding the number
 * @param span                where the number (or the quote) stands in the original text; null for facts
 * @param sectionPath         the headings above the statement; root for facts
 * @param attribute           约束性 / 预期性 where a table gives it; else null
 * @param source              where a benchmark fact was stated (a URL or a document); null for extracted records
 * @param rules               the named readings that made this record ({@code number:percent}, {@code bound:以上},
 *                            {@code time:paragraph-year} …), in the order they applied; empty for facts and gold
 */
public record Target(String indicator, String indicatorId, double indicatorConfidence,
                     Double value, Double low, Double high, Unit unit, Bound comparator,
                     Integer year, Integer baselineYear, Kind kind, Direction direction, boolean perYear,
                     Scope scope, Domain domain, String quote, Span span, SectionPath sectionPath,
                     String attribute, String source, List<String> rules) {
    public Target {
        rules = rules == null ? List.of() : List.copyOf(rules);
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(domain, "domain");
        if (sectionPath == null) sectionPath = SectionPath.ROOT;
        if (value == null && (low == null || high == null)) {
            throw new IllegalArgumentException(indicator + ": a target needs a value or both low and high");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException(indicator + ": value is not finite: " + value);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException(indicator + ": range low " + low + " above high " + high);
        }
        if (kind != Kind.CHANGE && direction != null) {
            throw new IllegalArgumentException(indicator + ": only a change has a direction");
        }
        if (indicatorId == null) indicatorConfidence = 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.indicator = indicator; b.indicatorId = indicatorId; b.indicatorConfidence = indicatorConfidence;
        b.value = value; b.low = low; b.high = high; b.unit = unit; b.comparator = comparator;
        b.year = year; b.baselineYear = baselineYear; b.kind = kind; b.direction = direction;
        b.perYear = perYear; b.scope = scope; b.domain = domain; b.quote = quote; b.span = span;
        b.sectionPath = sectionPath; b.attribute = attribute; b.source = source; b.rules = rules;
        return b;
    }

    /** The same record resolved to a catalog id. */
    public Target withIndicatorId(String id, double confidence) {
        return toBuilder().indicatorId(id).indicatorConfidence(confidence).build();
    }

    public boolean isRange() {
        return value == null;
    }

    /** The value, or the middle of the range. */
    public double number() {
        return value != null ? value : (low + high) / 2;
    }

    /** The year, or {@code endYear} when the statement names none. */
    public Integer yearOr(Integer endYear) {
        return year != null ? year : endYear;
    }

    /** The number with its comparator and unit, as a reader writes it: {@code <=3‰}, {@code 0.5–1个百分点}. */
    public String valueText() {
        String n = value != null ? fmt(value) : fmt(low) + "–" + fmt(high);
        String c = comparator == Bound.EQ ? "" : comparator.symbol();
        String d = direction == null ? "" : direction == Direction.INCREASE ? "+" : "−";
        return (perYear ? "每年" : "") + d + c + n + unit.symbol();
    }

    /** A number without a trailing {@code .0}. */
    public static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = Double.toString(d);
        return s.contains("E") ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : s;
    }

    @Override
    public String toString() {
        return indicator + " " + valueText() + (year != null ? " (" + year + ")" : "") + " [" + kind.code()
                + ", " + scope.code() + ", " + domain + (indicatorId != null ? ", " + indicatorId : "") + "]";
    }

    /** Builds a {@link Target}; unit defaults to none, comparator to =, kind to target, scope to local, domain to 其他. */
    public static final class Builder {
        private String indicator;
        private String indicatorId;
        private double indicatorConfidence;
        private Double value, low, high;
        private Unit unit = Unit.NONE;
        private Bound comparator = Bound.EQ;
        private Integer year, baselineYear;
        private Kind kind = Kind.TARGET;
        private Direction direction;
        private boolean perYear;
        private Scope scope = Scope.LOCAL;
        private Domain domain = Domain.OTHER;
        private String quote;
        private Span span;
        private SectionPath sectionPath = SectionPath.ROOT;
        private String attribute;
        private String source;
        private List<String> rules = List.of();

        private Builder() {
        }

        public Builder indicator(String v) { indicator = v; return this; }
        public Builder indicatorId(String v) { indicatorId = v; return this; }
        public Builder indicatorConfidence(double v) { indicatorConfidence = v; return this; }
        public Builder value(Double v) { value = v; return this; }
        public Builder range(double lo, double hi) { value = null; low = lo; high = hi; return this; }
        public Builder low(Double v) { low = v; return this; }
        public Builder high(Double v) { high = v; return this; }
        public Builder unit(Unit v) { unit = v; return this; }
        public Builder unit(String v) { unit = Unit.of(v); return this; }
        public Builder comparator(Bound v) { comparator = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder baselineYear(Integer v) { baselineYear = v; return this; }
        public Builder kind(Kind v) { kind = v; return this; }
        public Builder direction(Direction v) { direction = v; return this; }
        public Builder perYear(boolean v) { perYear = v; return this; }
        public Builder scope(Scope v) { scope = v; return this; }
        public Builder domain(Domain v) { domain = v; return this; }
        public Builder quote(String v) { quote = v; return this; }
        public Builder span(Span v) { span = v; return this; }
        public Builder sectionPath(SectionPath v) { sectionPath = v; return this; }
        public Builder attribute(String v) { attribute = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder rules(List<String> v) { rules = v; return this; }

        public Target build() {
            return new Target(indicator, indicatorId, indicatorConfidence, value, low, high, unit, comparator,
                    year, baselineYear, kind, direction, perYear, scope, domain, quote, span, sectionPath,
                    attribute, source, rules);
        }
    }
}
