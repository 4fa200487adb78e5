package dev.zhibiao.model;

import java.util.Locale;

/** Target, actual or change. JSON uses the lower-case code. */
public enum Kind {
    TARGET, ACTUAL, CHANGE;

    /** The lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String code) {
        String c = code.strip();
        for (Kind v : values()) {
            if (v.name().equalsIgnoreCase(c)) return v;
        }
        throw new IllegalArgumentException("unknown kind: " + code);
    }

    @Override
    public String toString() {
        return code();
    }
}
