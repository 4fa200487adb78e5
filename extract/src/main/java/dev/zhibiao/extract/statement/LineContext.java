package dev.zhibiao.extract.statement;

import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentProfile;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.SkippedNumber;
import dev.zhibiao.extract.segment.Segmentation;

import java.util.List;
import java.util.Map;

/**
 * What reading one line of a document needs; {@code local}, {@code cited}, {@code facts} and {@code skipped}
 * grow as the line is read.
 *
 * @param own         the scope of the document's own figures
 * @param stretches   the line's stretches cited from another level
 * @param local       the names of the line's own figures so far, in order
 * @param cited       where the line's cited figures so far start
 * @param facts       what each sentence says about its numbers being observed, by the sentence's start
 * @param openingYears the years the line's sentences are dated by, by where they start (see openingYears)
 * @param topic       the institutions the line's last sentence counted (小学共717所。), held in its one cell
 * @param lookingBack where the line's first sentence looking back on a time gone by opens, -1 for none, -2 until
 *                    asked, held in its one cell
 */
record LineContext(Document doc, DocumentProfile profile, Segmentation seg, Scope own,
                   List<ScopeReader.Stretch> stretches, List<String> local, List<Integer> cited,
                   Map<Integer, KindRules.SentenceFacts> facts, YearReader.Frame frame, Map<Integer, Integer> openingYears,
                   List<SkippedNumber> skipped, int lineStart, int lineEnd, String[] topic, int[] lookingBack) {
    /** True when the document's figures are observed: a report, an evaluation, news of statistics. */
    boolean report() {
        return profile.observes();
    }

    /** The last year of the document's period, or null. */
    Integer docYear() {
        return doc.period() == null ? null : doc.period().end();
    }

    /**
     * The year a sentence starting at {@code sentenceStart} is dated by when it writes none of its own: the one that
     * opens its paragraph, or for a breakdown (其中，…) the one of the sentence it breaks down; or null.
     */
    Integer carriedYear(int sentenceStart) {
        Integer own = openingYears.get(sentenceStart);
        if (own == null) own = openingYears.get(Integer.MIN_VALUE);
        return own == null || own < 0 ? null : own;
    }

    String text() {
        return seg.text().text();
    }
}
