package dev.zhibiao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a document covers: a plan's period (2021–2030) or a report's year (2024–2024).
 *
 * @param start first year
 * @param end   last year, the plan's end year that a target with no year of its own implies
 */
public record Period(int start, int end) {
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2\\d\\d\\d)");

    public Period {
        if (start < 1900 || end > 2999 || end < start) {
            throw new IllegalArgumentException("not a period: " + start + "-" + end);
        }
    }

    /** Reads {@code 2021-2030}, {@code 2021—2030}, {@code 2021—2030年} or a single year {@code 2024}. */
    public static Period parse(String text) {
        Matcher m = YEAR.matcher(text);
        Integer first = null, last = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (first == null) first = y;
            last = y;
        }
        if (first == null) throw new IllegalArgumentException("no year in period: " + text);
        return new Period(first, last);
    }

    public boolean contains(int year) {
        return year >= start && year <= end;
    }

    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
