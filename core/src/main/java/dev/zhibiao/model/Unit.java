package dev.zhibiao.model;

import java.util.Map;
import java.util.Objects;

/**
 * The unit of a number as the spec writes it: {@code %}, {@code ‰}, {@code 个百分点}, {@code 个千分点},
 * {@code /10万}, {@code /万}, or a measure word as written ({@code 名}, {@code 万人次}, {@code 小时}).
 * Points of a rate (个百分点) are kept apart from the rate itself (%) everywhere; each rate has its points
 * ({@link #points()}: % and 个百分点, ‰ and 个千分点, /10万 and 个十万分点, /万 and 个万分点).
 */
public record Unit(String symbol) {
    public static final Unit PERCENT = new Unit("%");
    public static final Unit PER_MILLE = new Unit("‰");
    public static final Unit PERCENT_POINT = new Unit("个百分点");
    public static final Unit PER_MILLE_POINT = new Unit("个千分点");
    public static final Unit PER_100K = new Unit("/10万");
    public static final Unit PER_10K = new Unit("/万");
    /** Points of a rate per 100,000 ({@code 降低2.4个十万分点}). */
    public static final Unit PER_100K_POINT = new Unit("个十万分点");
    /** Points of a rate per 10,000. */
    public static final Unit PER_10K_POINT = new Unit("个万分点");
    /** No unit: a bare number. */
    public static final Unit NONE = new Unit("");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("％", "%"), Map.entry("百分之", "%"), Map.entry("千分之", "‰"), Map.entry("%。", "‰"),
            Map.entry("百分点", "个百分点"), Map.entry("千分点", "个千分点"),
            Map.entry("個百分點", "个百分点"), Map.entry("百分點", "个百分点"),
            Map.entry("個千分點", "个千分点"), Map.entry("千分點", "个千分点"),
            Map.entry("十万分点", "个十万分点"), Map.entry("個十萬分點", "个十万分点"), Map.entry("十萬分點", "个十万分点"),
            Map.entry("万分点", "个万分点"), Map.entry("個萬分點", "个万分点"), Map.entry("萬分點", "个万分点"),
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
            case "个十万分点" -> PER_100K_POINT;
            case "个万分点" -> PER_10K_POINT;
            case "" -> NONE;
            default -> new Unit(u);
        };
    }

    /** True for the rate units %, ‰, /10万 and /万. */
    public boolean isRate() {
        return this.equals(PERCENT) || this.equals(PER_MILLE) || this.equals(PER_100K) || this.equals(PER_10K);
    }

    /** True for points of a rate (个百分点, 个千分点, 个十万分点, 个万分点). */
    public boolean isPoints() {
        return this.equals(PERCENT_POINT) || this.equals(PER_MILLE_POINT) || this.equals(PER_100K_POINT)
                || this.equals(PER_10K_POINT);
    }

    /** The unit a change of a value in this unit is stated in: a rate's points, this unit itself otherwise. */
    public Unit points() {
        if (this.equals(PERCENT)) return PERCENT_POINT;
        if (this.equals(PER_MILLE)) return PER_MILLE_POINT;
        if (this.equals(PER_100K)) return PER_100K_POINT;
        if (this.equals(PER_10K)) return PER_10K_POINT;
        return this;
    }

    /** The rate whose points this unit is ({@code 个百分点} → %), this unit itself otherwise. */
    public Unit rate() {
        if (this.equals(PERCENT_POINT)) return PERCENT;
        if (this.equals(PER_MILLE_POINT)) return PER_MILLE;
        if (this.equals(PER_100K_POINT)) return PER_100K;
        if (this.equals(PER_10K_POINT)) return PER_10K;
        return this;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
