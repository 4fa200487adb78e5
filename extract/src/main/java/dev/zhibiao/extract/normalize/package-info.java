/**
 * Stage two: from the text as written to the text the rules read.
 * {@link dev.zhibiao.extract.normalize.Normalizer} takes a string and gives a
 * {@link dev.zhibiao.extract.normalize.NormalizedText}: full-width forms folded, traditional characters
 * simplified, converter remnants, pinyin glosses and thousands separators dropped, spaces squeezed out of
 * numbers, ‰ look-alikes and Chinese year digits read, pipe tables turned into tab-separated cells and lines
 * broken inside a sentence re-joined.
 *
 * <p>Each step is one small rule, and every character of the result keeps the offset of the original
 * character it came from, so later stages find things in the normalised text and report them in the
 * original.
 */
package dev.zhibiao.extract.normalize;
