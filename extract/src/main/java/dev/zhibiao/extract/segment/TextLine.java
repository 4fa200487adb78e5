package dev.zhibiao.extract.segment;

/**
 * One line of the normalised text with what the segmenter made of it.
 *
 * @param start     offset of the line's first non-blank character in the normalised text
 * @param end       offset after its last non-blank character
 * @param bodyStart where the line's running text starts, after list numbering such as {@code 4.} or {@code （一）}
 * @param role      heading, body, table cell, table-of-contents entry or web page furniture
 */
public record TextLine(int start, int end, int bodyStart, Role role) {
    /** What a line is. */
    public enum Role { HEADING, BODY, TABLE, CONTENTS, CLUTTER }

    /** True when the line can hold records (contents entries cannot). */
    public boolean readable() {
        return role != Role.CONTENTS && role != Role.CLUTTER;
    }
}
