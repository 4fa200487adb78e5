package dev.zhibiao.model;

import java.util.Locale;

/** Whose number it is (the document's own region, or a cited benchmark's). JSON uses the lower-case code. */
public enum Scope {
    LOCAL, NATIONAL, PROVINCIAL, CITY;

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope of(String code) {
        String c = code.strip();
        for (Scope v : values()) {
            if (v.name().equalsIgnoreCase(c)) return v;
        }
        throw new IllegalArgumentException("unknown scope: " + code);
    }

    @Override
    public String toString() {
        return code();
    }
}
