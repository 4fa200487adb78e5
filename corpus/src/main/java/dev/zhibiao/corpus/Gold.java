package dev.zhibiao.corpus;

import dev.zhibiao.model.Period;

import java.util.List;

/**
 * The gold records of one document.
 *
 * @param document the document's file name, as gold files name it
 * @param region   the region as the gold file writes it (河南省平顶山市新华区)
 * @param level    the region's level code
 * @param period   the period as written (2021-2030, 2024)
 * @param type     the document type code
 * @param records  the hand-checked records
 */
public record Gold(String document, String region, String level, String period, String type,
                   List<GoldRecord> records) {
    public Gold {
        records = List.copyOf(records);
    }

    /** The plan's end year, which a prediction may give where gold's year is null; null when unknown. */
    public Integer endYear() {
        try {
            return period == null ? null : Period.parse(period).end();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The records that count for recall. */
    public List<GoldRecord> required() {
        return records.stream().filter(r -> !r.optional()).toList();
    }
}
