package dev.zhibiao.model;

import java.util.Locale;

/** What a block of a plan holds. JSON uses the lower-case code. */
public enum SectionKind {
    GOALS, MEASURES, TABLE, OTHER;

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SectionKind of(String code) {
        String c = code.strip();
        for (SectionKind v : values()) {
            if (v.name().equalsIgnoreCase(c)) return v;
        }
        throw new IllegalArgumentException("unknown sectionKind: " + code);
    }

    @Override
    public String toString() {
        return code();
    }
}
