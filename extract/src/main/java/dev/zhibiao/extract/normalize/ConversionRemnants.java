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
        if (t.indexOf('[') < 0) return in;
        Matcher m = REMNANT.matcher(t);
        if (!m.find()) return in;
        TextEdit e = new TextEdit(in);
        int pos = 0;
        do {
            e.copy(pos, m.start());
            pos = m.end();
        } while (m.find());
        e.copy(pos, t.length());
        return e.result();
    }
}
