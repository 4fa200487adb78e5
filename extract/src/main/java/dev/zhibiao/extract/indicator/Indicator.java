package dev.zhibiao.extract.indicator;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Unit;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry: one indicator however plans word it.
 *
 * <pre>{@code
 * Indicator i = IndicatorCatalog.bundled().byId("health.neonatal_mortality").orElseThrow();
 * i.polarity();         // LOWER_IS_BETTER
 * i.nationalTarget();   // 降至3.0‰以下
 * }</pre>
 *
 * @param id             stable id, {@code area.snake_name} ({@code health.neonatal_mortality})
 * @param name           the standard Chinese name (新生儿死亡率)
 * @param aliases        other names plans use for the same indicator
 * @param unit           its usual unit
 * @param polarity       which way is better
 * @param domain         the plan area it belongs to
 * @param nationalTarget the national outline's target in words (≤3‰), or null when the outline sets none
 */
public record Indicator(String id, String name, List<String> aliases, Unit unit, Polarity polarity, Domain domain,
                        String nationalTarget) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (unit == null) unit = Unit.NONE;
        if (polarity == null) polarity = Polarity.NEITHER;
        if (domain == null) domain = Domain.OTHER;
    }

    @Override
    public String toString() {
        return id + " " + name + " [" + (unit.symbol().isEmpty() ? "-" : unit.symbol()) + ", " + polarity + ", " + domain
                + (nationalTarget != null ? ", 国纲 " + nationalTarget : "") + "]";
    }
}
