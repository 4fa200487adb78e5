/**
 * The door to extraction: {@link dev.zhibiao.extract.Extractor} takes a document (a {@code Document}, a file,
 * a stream or a bare string) and gives an {@code Extraction}: the document as profiled, its section tree and
 * its target records, each pointing back into the original text.
 *
 * <p>It runs the stages of the subpackages in one direction, each taking the previous one's value:
 * {@code input} (bytes to text), {@code normalize} (text to normalised text with an offset map),
 * {@code profile} (what the document is, whose and when), {@code segment} (the section tree),
 * {@code number} and {@code statement} (quantities to records) and {@code indicator} (record names to catalog
 * entries). {@link dev.zhibiao.extract.Lexicon} is the shape every word list of the stages is kept in, as a
 * resource file under {@code dev/zhibiao/extract/}.
 *
 * <pre>{@code
 * var x = Extractor.create().extract("2025年，新生儿死亡率降至3‰以下。");
 * x.records();   // [新生儿死亡率 <=3‰ (2025) …]
 * }</pre>
 */
package dev.zhibiao.extract;
