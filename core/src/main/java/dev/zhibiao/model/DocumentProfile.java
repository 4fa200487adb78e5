package dev.zhibiao.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document is, whose and when, as its own words say: the type (and, for news, what it reports on), the
 * issuer, the region with its level, the period, the year its figures are for, and the dateline — each with
 * the words it was read from. Fields not known are null; fields the caller gave are kept as given.
 *
 * <pre>{@code
 * var x = Extractor.create().extract(Path.of("page.txt"));
 * x.profile().level();        // CITY
 * x.profile().evidence();     // [region 湖北省宜昌市 ← 宜昌出台…, period 2021-2030 ← 《宜昌市儿童发展规划(2021-2030年)》 …]
 * }</pre>
 *
 * @param title      the title or headline, or null
 * @param type       plan, monitoring report, evaluation or news
 * @param about      what a news item reports on: {@link DocumentType#PLAN} (goals) or
 *                   {@link DocumentType#MONITORING_REPORT} (observed figures); for other types the type itself
 * @param issuer     the body that issued or released it (国家统计局, 某省人民政府), or null
 * @param region     the region whose figures it gives, or null
 * @param period     a plan's period, or the year a report's figures are for
 * @param reportYear the year a report's or a statistics item's figures are for, or null
 * @param dateline   the date the page or document was published, or null
 * @param writtenYear the year the page was written in: its dateline's, or with none the year of the event its
 *                   headline tells ({@code 某县召开2023年妇女儿童工作会议}); null when neither says
 * @param evidence   for each field read, the words it was read from
 */
public record DocumentProfile(String title, DocumentType type, DocumentType about, String issuer, Region region,
                              Period period, Integer reportYear, LocalDate dateline, Integer writtenYear,
                              List<Evidence> evidence) {
    public DocumentProfile {
        Objects.requireNonNull(type, "type");
        if (writtenYear == null && dateline != null) writtenYear = dateline.getYear();
        if (about == null) about = type == DocumentType.NEWS ? DocumentType.PLAN : type;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Why a field has its value: the words of the document it was read from, or that the caller gave it. */
    public record Evidence(String field, String value, String words) {
        public Evidence {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            words = words == null ? "" : words;
        }

        /** Evidence for a field the caller gave. */
        public static Evidence given(String field, String value) {
            return new Evidence(field, value, "(given)");
        }

        @Override
        public String toString() {
            return field + " " + value + " ← " + words;
        }
    }

    /** The level of the region, or null when the region is unknown. */
    public Level level() {
        return region == null ? null : region.level();
    }

    /**
     * True when the document's own figures are observations unless a sentence says otherwise: a monitoring
     * report, an evaluation, or news about statistics. A plan's and a news item's about a plan are goals.
     */
    public boolean observes() {
        return about == DocumentType.MONITORING_REPORT || about == DocumentType.EVALUATION;
    }

    /** True when the figures are the whole country's. */
    public boolean national() {
        return region != null && region.level() == Level.NATIONAL;
    }

    /** The year a relative year ({@code 去年}, {@code 上年}) counts from: the report's year, else the period's end. */
    public Integer referenceYear() {
        if (reportYear != null) return reportYear;
        return period == null ? null : period.end();
    }

    /** The profile of a document whose type, region and period are all known (from a manifest). */
    public static DocumentProfile of(Document d) {
        Integer year = d.type() != DocumentType.PLAN && d.period() != null ? d.period().end() : null;
        return new DocumentProfile(d.title(), d.type(), null, null, d.region(), d.period(), year, null, null,
                List.of());
    }

    @Override
    public String toString() {
        return (type == DocumentType.NEWS ? about == DocumentType.PLAN ? "news of a plan" : "news of statistics"
                : type.code())
                + ", " + (region == null ? "region ?" : region.fullName() + " (" + region.level().code() + ")")
                + ", " + (period == null ? "period ?" : period)
                + (reportYear == null ? "" : ", figures of " + reportYear)
                + (dateline == null ? "" : ", dated " + dateline)
                + (issuer == null ? "" : ", issued by " + issuer);
    }
}
