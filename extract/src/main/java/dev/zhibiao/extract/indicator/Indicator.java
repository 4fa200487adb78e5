package dev.zhibiao.extract.indicator;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Unit;

import java.util.List;

/**
 * A catalog entry: one indicator however plans word it.
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
        aliases = List.copyOf(aliases);
    }
}
