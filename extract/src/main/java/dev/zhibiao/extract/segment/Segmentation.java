package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.normalize.NormalizedText;
import dev.zhibiao.model.Section;

import java.util.List;

/**
 * A document cut into its section tree, with each line of the normalised text and its role.
 *
 * @param text  the normalised text the lines refer to
 * @param root  the section tree; spans are in the original text
 * @param lines the non-blank lines in order
 */
public record Segmentation(NormalizedText text, Section root, List<TextLine> lines) {
    public Segmentation {
        lines = List.copyOf(lines);
    }

    /** The deepest section holding normalised offset {@code offset}. */
    public Section sectionAt(int offset) {
        return root.at(text.originalOffset(offset));
    }
}
