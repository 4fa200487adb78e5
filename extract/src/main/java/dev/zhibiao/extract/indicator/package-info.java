/**
 * The catalog of indicators and the resolution of names. {@link dev.zhibiao.extract.indicator.IndicatorCatalog}
 * takes a name as a plan writes it ({@code 5岁以下儿童贫血患病率}) and gives a
 * {@link dev.zhibiao.extract.indicator.Resolution}: the {@link dev.zhibiao.extract.indicator.Indicator} it
 * names, with a confidence, or none; {@code resolveAll} does so for the records of an extraction, adding each
 * one's indicator id.
 *
 * <p>Resolution goes cheapest first: the normalised name among the aliases, the name without filler words, the
 * catalog's patterns, then a fuzzy match among names with the same population qualifiers, so that
 * 小学生近视率 never resolves to 初中生近视率. The catalog is data ({@code indicator/catalog.json}), and a user's
 * own file can be merged over it.
 */
package dev.zhibiao.extract.indicator;
