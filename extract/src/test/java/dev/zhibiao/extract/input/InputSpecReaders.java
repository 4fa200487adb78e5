package dev.zhibiao.extract.input;

import dev.zhibiao.extract.specs.SpecReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readers of the {@code specs/input} files: lines as a PDF's pages give them, re-joined into paragraphs. The
 * input holds pages separated by a form feed ({@code \f}) of lines separated by {@code \n}; the widest line sets
 * the width of a full line.
 */
public final class InputSpecReaders {
    private InputSpecReaders() {
    }

    public static SpecReader lineJoining() {
        return SpecReader.of(text -> PageLines.join(pages(text).stream().map(Arrays::asList).toList()));
    }

    /** As {@link #lineJoining()}, where a line that starts with {@code >} is indented (the {@code >} is not text). */
    public static SpecReader indentedLines() {
        return SpecReader.of(text -> {
            List<List<PageLines.Line>> pages = new ArrayList<>();
            for (String[] page : pages(text)) {
                List<PageLines.Line> lines = new ArrayList<>();
                for (String l : page) {
                    boolean indented = l.startsWith(">");
                    lines.add(new PageLines.Line(indented ? l.substring(1) : l, indented, -1));
                }
                pages.add(lines);
            }
            return PageLines.joinLines(pages);
        });
    }

    private static List<String[]> pages(String text) {
        return Arrays.stream(text.split("\f")).map(p -> p.split("\n")).toList();
    }
}
