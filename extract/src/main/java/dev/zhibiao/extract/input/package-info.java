/**
 * Stage one: from bytes to text. {@link dev.zhibiao.extract.input.Inputs} takes a file or a stream and gives a
 * {@code Document} holding the plain text, whatever the encoding (UTF-8, GB18030, Big5, UTF-16, detected) or
 * the format (text, web page, Word document, PDF with a text layer).
 *
 * <p>Every format is written the way plain-text plans lay it out, so one set of rules reads them all: a
 * table's cells one to a tab-led line, Word's list labels put back, a PDF's lines re-joined into paragraphs
 * and its page numbers dropped. {@link dev.zhibiao.extract.input.InputLimits} bounds what any input may cost;
 * every failure is an {@code InputException} that names the input and the problem. Nothing here reads the
 * meaning of the text.
 */
package dev.zhibiao.extract.input;
