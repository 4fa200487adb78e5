package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the pinyin that mirror sites insert after characters ({@code 學(xué)前教育}, {@code 個(gè)百分點(diǎn)}): it is
 * not text, and left in place it splits names and units. Some sites write a space inside the brackets ({@code 期末(mò )}). A gloss is one syllable in brackets right after a
 * Chinese character; brackets holding anything else (a Latin abbreviation, a word, a number) stay.
 */
final class PinyinGlosses implements TextRule {
    private static final String VOWELS = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** One syllable, a space on either side at most: an optional initial, the vowels of its final, and an optional nasal or r ending. */
    private static final Pattern GLOSS = Pattern.compile(
            "\\( ?(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[" + VOWELS + "]{1,4}(?:ng|n|r)? ?\\)");

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int pos = 0;
        Matcher m = GLOSS.matcher(t);
        // every gloss opens with a bracket right after a character: the pattern is tried there only
        for (int at = t.indexOf('('); at >= 0; at = t.indexOf('(', at + 1)) {
            if (at == 0 || !isHan(t.charAt(at - 1)) || !m.region(at, t.length()).lookingAt()) continue;
            // a bare letter in brackets is a list mark (条款(a)); a one-letter gloss carries its tone
            String syllable = t.substring(at + 1, m.end() - 1).strip();
            if (syllable.length() == 1 && syllable.charAt(0) < 0x80) continue;
            int end = m.end();
            // 口(kou)(kou): some copies gloss a character twice over
            while (end < t.length() && t.charAt(end) == '(' && m.region(end, t.length()).lookingAt()
                    && m.end() - end > 3) {
                end = m.end();
            }
            if (e == null) e = new TextEdit(in);
            e.copy(pos, at);
            pos = end;
            at = pos - 1;
        }
        if (e == null) return in;
        e.copy(pos, t.length());
        return e.result();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
