package dev.zhibiao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A region with its level and the chain of regions above it.
 *
 * <pre>{@code
 * var henan = Region.of("河南省", Level.PROVINCE);
 * var xinhua = Region.of("新华区", Level.DISTRICT, Region.of("平顶山市", Level.CITY, henan));
 * xinhua.fullName();   // 河南省平顶山市新华区
 * }</pre>
 *
 * @param name   the region's own name as written (新华区, 东莞市, 全国)
 * @param level  its administrative level
 * @param parent the region directly above, or null at the top of the chain
 */
public record Region(String name, Level level, Region parent) {
    /** The whole country, the region of the national outline. */
    public static final Region NATIONAL = new Region("全国", Level.NATIONAL, null);

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (name.isBlank()) throw new IllegalArgumentException("region name is blank");
        if (parent != null && !parent.level.isAbove(level) && parent.level != level) {
            throw new IllegalArgumentException(name + " (" + level.code() + ") cannot lie below "
                    + parent.name + " (" + parent.level.code() + ")");
        }
    }

    public static Region of(String name, Level level) {
        return new Region(name, level, null);
    }

    public static Region of(String name, Level level, Region parent) {
        return new Region(name, level, parent);
    }

    /** The chain from the top down to this region, this region last. */
    public List<Region> chain() {
        List<Region> out = new ArrayList<>();
        for (Region r = this; r != null; r = r.parent) out.add(r);
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The nearest region of {@code level} in the chain, this one included; null when there is none. */
    public Region ancestor(Level level) {
        for (Region r = this; r != null; r = r.parent) {
            if (r.level == level) return r;
        }
        return null;
    }

    /** Names of the chain joined from the top, the country left out (河南省平顶山市新华区). */
    public String fullName() {
        StringBuilder sb = new StringBuilder();
        for (Region r : chain()) {
            if (r.level == Level.NATIONAL && r != this) continue;
            if (r.name.startsWith(sb.toString())) sb.setLength(0);
            sb.append(r.name);
        }
        return sb.toString();
    }

    /** True when {@code query} names this region: its name, its full name, or a part of either. */
    public boolean matches(String query) {
        String q = query.strip();
        return !q.isEmpty() && (name.contains(q) || fullName().contains(q) || q.contains(name));
    }

    @Override
    public String toString() {
        return fullName() + " (" + level.code() + ")";
    }
}
