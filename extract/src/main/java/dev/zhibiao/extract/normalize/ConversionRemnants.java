package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what document converters leave in the text but no reader wrote: Word bookmarks and anchors such as
 * {@code [bookmark: _Toc72949244]}, which would otherwise glue themselves to the heading that follows; and the mark
 * {@code <正>} a periodical database sets before an article's opening words, which would otherwise open its title.
 */
final class ConversionRemnants implements TextRule {
    private static final Pattern REMNANT = Pattern.compile(
            "\\[(?:bookmark|anchor|image|footnote|endnote|comment)(?::[^\\]\\n]{0,120})?\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_MARK = Pattern.compile("[<＜‹〈]正[>＞›〉]");

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        Matcher m = REMNANT.matcher(t);
        TextEdit e = null;
        int pos = 0;
        // every remnant opens with [: the pattern is tried there only, not at every position of the text
        int at = t.indexOf('[');
        if (t.indexOf('正') >= 0) {
            // the database's mark stands once, before the text; removed first, the remnants after it are read as before
            Matcher mark = TEXT_MARK.matcher(t);
            if (mark.find() && (at < 0 || mark.start() < at)) {
                e = new TextEdit(in);
                e.copy(0, mark.start());
                pos = mark.end();
                at = t.indexOf('[', pos);
            }
        }
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
