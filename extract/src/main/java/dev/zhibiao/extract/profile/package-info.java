/**
 * Stage three: what a document is, whose and when.
 * {@link dev.zhibiao.extract.profile.DocumentProfiler} takes the original and the normalised text, with
 * whatever the caller already knows ({@link dev.zhibiao.extract.profile.ProfileHints}), and gives a
 * {@code DocumentProfile}: the type (plan, monitoring report, evaluation, news and what the news reports on),
 * the issuer, the region with its level, the period, the year a report's figures are for and the dateline,
 * each with the words it was read from.
 *
 * <p>It reads as a reader does on opening a page: the title or headline, the dateline, the lead, the
 * documents cited and the words a document calls itself by. Regions come from the bundled
 * {@link dev.zhibiao.model.Gazetteer} of China's divisions. What the caller gives is kept as given.
 */
package dev.zhibiao.extract.profile;
