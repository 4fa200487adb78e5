package dev.zhibiao.extract.segment;

import dev.zhibiao.model.SectionKind;

/**
 * A heading recognised on a line.
 *
 * @param rank      lower ranks enclose higher ones: 第X章 0, 一、 1, （一） 2, unnumbered headings 2.5,
 *                  block words (主要目标) and 专栏 3, 1. 4, （1） 5
 * @param text      the heading as shown in section paths (up to the first 。)
 * @param title     the heading without its numbering, which kind and domain words are looked for in
 * @param kind      the kind its own words name, or null when it takes its parent's
 * @param bodyStart offset in the line after the numbering
 * @param plain     an unnumbered heading
 */
record Heading(double rank, String text, String title, SectionKind kind, int bodyStart, boolean plain) {
}
