package dev.zhibiao.extract.number;

import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Unit;

/**
 * A number found in a text: its value or range, its unit, and a bound written right next to it.
 *
 * @param start      offset of the number (or of a sign or 百分之 before it) in the text searched
 * @param end        offset after the unit and any bound word after it
 * @param value      the value, or null for a range
 * @param low        a range's lower end, or null
 * @param high       a range's upper end, or null
 * @param unit       the unit (%, ‰, 个百分点, 名 …), NONE for a bare number
 * @param comparator the bound written next to the number (≥70, 90%以上, 500多所), or null when none is
 * @param numberEnd  offset after the number and unit, before a bound word
 */
public record Quantity(int start, int end, Double value, Double low, Double high, Unit unit, Bound comparator,
                       int numberEnd) {
    public boolean isRange() {
        return value == null;
    }

    public Quantity withUnit(Unit u) {
        return new Quantity(start, end, value, low, high, u, comparator, numberEnd);
    }

    public Quantity withComparator(Bound c, int newEnd) {
        return new Quantity(start, Math.max(end, newEnd), value, low, high, unit, c, numberEnd);
    }
}
