package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.specs.SpecReader;
import dev.zhibiao.model.Domain;

/** Readers of the {@code specs/segment} files: contents lines, and the area a heading names. */
public final class SegmentSpecReaders {
    private SegmentSpecReaders() {
    }

    /** Whether a line (stripped, as the segmenter sees it) is an entry of a table of contents: true or false. */
    public static SpecReader contentsLines() {
        HeadingRule rule = new HeadingRule();
        return SpecReader.of(line -> Boolean.toString(rule.isContents(line.strip())));
    }

    /** The plan area a heading names, by its Chinese label ({@code 健康}). */
    public static SpecReader domains() {
        DomainRule rule = new DomainRule();
        return SpecReader.of(heading -> {
            Domain d = rule.named(heading);
            return SpecReader.orNone(d == null ? null : d.label());
        });
    }
}
