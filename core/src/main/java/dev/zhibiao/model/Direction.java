package dev.zhibiao.model;

import java.util.Locale;

/** The way a change goes. JSON uses the lower-case code. */
public enum Direction {
    INCREASE, DECREASE;

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction of(String code) {
        String c = code.strip();
        for (Direction v : values()) {
            if (v.name().equalsIgnoreCase(c)) return v;
        }
        throw new IllegalArgumentException("unknown direction: " + code);
    }

    @Override
    public String toString() {
        return code();
    }
}
