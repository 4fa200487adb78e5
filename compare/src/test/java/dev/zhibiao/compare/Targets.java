package dev.zhibiao.compare;

import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short target notation for test tables: {@code 2025:<=2‰}, {@code >=95%}, {@code dec 20%}, {@code 1-2项}. */
final class Targets {
    private static final Pattern P = Pattern.compile(
            "^(?:(\\d{4}):)?(dec |inc |dec/y |inc/y )?(<=|>=|<|>|~|=)?([\\d.]+)(?:-([\\d.]+))?(?:@(\\d{4}))?(.*)$");

    private Targets() {
    }

    static Target t(String indicator, String spec) {
        return t(indicator, spec, Kind.TARGET, Scope.LOCAL);
    }

    static Target t(String indicator, String spec, Kind kind, Scope scope) {
        Matcher m = P.matcher(spec.strip());
        if (!m.matches()) throw new IllegalArgumentException("bad target notation: " + spec);
        Target.Builder b = Target.builder().indicator(indicator).unit(m.group(7).strip()).scope(scope).kind(kind);
        if (m.group(1) != null) b.year(Integer.parseInt(m.group(1)));
        if (m.group(2) != null) {
            b.kind(Kind.CHANGE).direction(m.group(2).startsWith("dec") ? Direction.DECREASE : Direction.INCREASE)
                    .perYear(m.group(2).contains("/y"));
        }
        if (m.group(3) != null) b.comparator(Bound.of(m.group(3)));
        if (m.group(5) != null) b.range(Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        else b.value(Double.parseDouble(m.group(4)));
        if (m.group(6) != null) b.baselineYear(Integer.parseInt(m.group(6)));
        return b.build();
    }
}
