package dev.zhibiao.model;

/**
 * The literal bound a statement sets on its number: {@code 以上} is {@code >=}, {@code 低于} is {@code <},
 * {@code 左右} is {@code ~}, a bare level ({@code 达到90%}) is {@code =}.
 */
public enum Bound {
    GE(">="), LE("<="), GT(">"), LT("<"), APPROX("~"), EQ("=");

    private final String symbol;

    Bound(String symbol) {
        this.symbol = symbol;
    }

    /** The spec's symbol ({@code >=}). */
    public String symbol() {
        return symbol;
    }

    public static Bound of(String symbol) {
        String s = symbol.strip().replace('＞', '>').replace('＜', '<').replace('＝', '=')
                .replace("≥", ">=").replace("≤", "<=").replace("≈", "~");
        for (Bound c : values()) {
            if (c.symbol.equals(s) || c.name().equalsIgnoreCase(s)) return c;
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }

    /** True for a lower bound (>=, >). */
    public boolean isLowerBound() {
        return this == GE || this == GT;
    }

    /** True for an upper bound (<=, <). */
    public boolean isUpperBound() {
        return this == LE || this == LT;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
