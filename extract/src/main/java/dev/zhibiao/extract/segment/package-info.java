/**
 * Stage four: the section tree. {@link dev.zhibiao.extract.segment.Segmenter} takes a normalised text and
 * gives a {@link dev.zhibiao.extract.segment.Segmentation}: the sections nested by the rank of their
 * numbering (第一章, 一、, （一）, 1., （1）), each marked as a goals, measures, table or other block and given the
 * plan area (健康, 教育 …) its headings name, with spans in the original text; and every line with its role
 * (heading, body, table cell, contents entry, a web page's furniture).
 *
 * <p>Heading shapes, block words and area words are word lists under {@code segment/}. The tree says where a
 * statement stands; reading what a statement says is left to {@code statement}.
 */
package dev.zhibiao.extract.segment;
