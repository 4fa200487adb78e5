/**
 * Finding quantities. {@link dev.zhibiao.extract.number.NumberFinder} takes a stretch of normalised text and
 * gives its {@link dev.zhibiao.extract.number.Quantity quantities}: value or range, unit (%, ‰, 个百分点, /10万,
 * a measure word) and a bound written next to the number (以上, 以下, 左右, ≥), each with its offsets.
 * {@link dev.zhibiao.extract.number.ChineseNumber} reads a single numeral, Chinese, financial or Arabic.
 *
 * <p>Numbers that are not quantities (ordinals, ages of a population, periods, document numbers, the base of
 * a per-capita rate) are skipped here. What a quantity measures, whose it is and for when are read later, in
 * {@code statement}.
 */
package dev.zhibiao.extract.number;
