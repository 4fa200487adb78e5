package dev.zhibiao.corpus;

import dev.zhibiao.model.Target;

/**
 * A hand-checked record of a gold file.
 *
 * @param target   the record
 * @param optional a borderline statement: matching it neither counts as a hit nor as a false alarm
 * @param note     why the hard call was made, or null
 */
public record GoldRecord(Target target, boolean optional, String note) {
}
