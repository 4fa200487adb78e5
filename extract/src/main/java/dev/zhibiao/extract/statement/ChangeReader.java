package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a change ({@code 下降20%}, {@code 每年降低1个百分点}, {@code 提高2.24个百分点}) from a level
 * ({@code 降至2‰}, {@code 提高到96%}): a change verb stands right before the number, with at most bound,
 * list and frequency words between. Points of a rate (个百分点) are always a change.
 */
final class ChangeReader {
    /** Words that may stand between a change verb and its number. */
    private static final String BETWEEN = "了|分别|均|都|约|大约|近|超过|不低于|不少于|至少|不超过|以上|达|幅度";

    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("(?:" + BETWEEN + ")+$");

    private final Lexicon verbs = Lexicon.load("statement/change-verbs.txt");
    private final List<String> byLength;

    record Change(Direction direction) {
    }

    ChangeReader() {
        List<String> w = new ArrayList<>(verbs.words());
        w.sort(java.util.Comparator.comparingInt(String::length).reversed());
        byLength = List.copyOf(w);
    }

    /** The change the window before a number states, or null when it states a level. */
    Change read(String window, Unit unit, boolean report) {
        String w = TRAILING.matcher(window.strip()).replaceAll("").strip();
        for (String v : byLength) {
            if (w.endsWith(v)) return new Change(Direction.valueOf(verbs.value(v).toUpperCase(java.util.Locale.ROOT)));
        }
        if (unit.isPoints()) {
            for (String v : byLength) {
                if (window.contains(v)) {
                    return new Change(Direction.valueOf(verbs.value(v).toUpperCase(java.util.Locale.ROOT)));
                }
            }
            return new Change(Direction.INCREASE);
        }
        return null;
    }
}
