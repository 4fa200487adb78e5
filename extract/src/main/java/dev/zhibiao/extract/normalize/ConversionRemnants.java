package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what document converters leave in the text but no reader wrote: Word bookmarks and anchors such as
 * {@code [bookmark: _Toc72949244]}, which would otherwise glue themselves to the heading that follows.
 */
final class ConversionRemnants implements TextRule {
    private static final Pattern REMNANT = Pattern.compile(
            "\\[(?:bookmark|anchor|image|footnote|endnote|comment)(?::[^\\]\\n]{0,120})?\\]",
            Pattern.CASE_INSENSITIVE);

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        Matcher m = REMNANT.matcher(t);
        TextEdit e = null;
        int pos = 0;
        // every remnant opens with [: the pattern is tried there only, not at every position of the text
        int at = t.indexOf('[');
        while (at >= 0) {
            if (!m.region(at, t.length()).lookingAt()) {
                at = t.indexOf('[', at + 1);
                continue;
            }
            if (e == null) e = new TextEdit(in);
            e.copy(pos, m.start());
            pos = m.end();
            at = t.indexOf('[', pos);
        }
        if (e == null) return in;
        e.copy(pos, t.length());
        return e.result();
    }
}
