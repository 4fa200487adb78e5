package dev.zhibiao.model;

import java.util.Map;
import java.util.Objects;

/**
 * The unit of a number as the spec writes it: {@code %}, {@code ‰}, {@code 个百分点}, {@code 个千分点},
 * {@code /10万}, {@code /万}, or a measure word as written ({@code 名}, {@code 万人次}, {@code 小时}).
 * Points of a rate (个百分点) are kept apart from the rate itself (%) everywhere.
 */
public record Unit(String symbol) {
    public static final Unit PERCENT = new Unit("%");
    public static final Unit PER_MILLE = new Unit("‰");
    public static final Unit PERCENT_POINT = new Unit("个百分点");
    public static final Unit PER_MILLE_POINT = new Unit("个千分点");
    public static final Unit PER_100K = new Unit("/10万");
    public static final Unit PER_10K = new Unit("/万");
    /** No unit: a bare number. */
    public static final Unit NONE = new Unit("");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("％", "%"), Map.entry("百分之", "%"), Map.entry("千分之", "‰"), Map.entry("%。", "‰"),
            Map.entry("百分点", "个百分点"), Map.entry("千分点", "个千分点"),
            Map.entry("個百分點", "个百分点"), Map.entry("百分點", "个百分点"),
            Map.entry("個千分點", "个千分点"), Map.entry("千分點", "个千分点"),
            Map.entry("1/10万", "/10万"), Map.entry("/十万", "/10万"), Map.entry("十万分之", "/10万"),
            Map.entry("1/万", "/万"), Map.entry("万分之", "/万"), Map.entry("/千", "‰"), Map.entry("1/千", "‰"));

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
    }

    /** Normalises a written unit: white space dropped, full-width ％ and the spelled-out forms mapped. */
    public static Unit of(String written) {
        if (written == null) return NONE;
        String u = written.strip().replace(" ", "").replace("\u3000", "");
        u = ALIASES.getOrDefault(u, u);
        return switch (u) {
            case "%" -> PERCENT;
            case "‰" -> PER_MILLE;
            case "个百分点" -> PERCENT_POINT;
            case "个千分点" -> PER_MILLE_POINT;
            case "/10万" -> PER_100K;
            case "/万" -> PER_10K;
            case "" -> NONE;
            default -> new Unit(u);
        };
    }

    /** True for the rate units %, ‰, /10万 and /万. */
    public boolean isRate() {
        return this.equals(PERCENT) || this.equals(PER_MILLE) || this.equals(PER_100K) || this.equals(PER_10K);
    }

    /** True for points of a rate (个百分点, 个千分点). */
    public boolean isPoints() {
        return this.equals(PERCENT_POINT) || this.equals(PER_MILLE_POINT);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
