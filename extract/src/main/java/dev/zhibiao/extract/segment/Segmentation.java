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
 * @param outsideAreas the sections, with all below them, that lie outside the plan areas (序言, 组织实施), by
 *                     their spans in the original text
 */
public record Segmentation(NormalizedText text, Section root, List<TextLine> lines, List<dev.zhibiao.model.Span> outsideAreas) {
    public Segmentation {
        lines = List.copyOf(lines);
        outsideAreas = List.copyOf(outsideAreas);
    }

    /** True when original offset {@code offset} lies in a block outside the plan areas (a preamble, the implementation). */
    public boolean outsideAreas(int offset) {
        for (dev.zhibiao.model.Span s : outsideAreas) {
            if (s.contains(offset)) return true;
        }
        return false;
    }

    /** The deepest section holding normalised offset {@code offset}. */
    public Section sectionAt(int offset) {
        return root.at(text.originalOffset(offset));
    }
}
