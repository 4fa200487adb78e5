package dev.zhibiao.model;

import java.util.Locale;

/** Administrative level of a region, from the nation down to a county. */
public enum Level {
    NATIONAL, PROVINCE, CITY, DISTRICT, COUNTY;

    /** The lower-case code used in JSON and manifests ({@code district}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code such as {@code province}; throws {@link IllegalArgumentException} for anything else. */
    public static Level of(String code) {
        for (Level l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) return l;
        }
        throw new IllegalArgumentException("unknown level: " + code);
    }

    /** True when this level lies above {@code other} (national above province …). */
    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }
}
