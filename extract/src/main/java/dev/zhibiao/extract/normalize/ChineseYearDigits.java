package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes years spelled digit by digit in Chinese numerals ({@code 二〇二五年}, {@code 二零三零年}) with digits,
 * one character for one, so that they read like {@code 2025年}; so is the first year of a period
 * ({@code 二〇二一—二〇三〇年}).
 */
final class ChineseYearDigits implements TextRule {
    private static final String SPELLED = "[一二][〇零○O0一二三四五六七八九]{3}";
    // the first year of a period carries no 年 of its own (二〇二一—二〇三〇年)
    private static final Pattern YEAR = Pattern.compile(SPELLED + "(?=\\s*年|\\s*(?:[-—–~]{1,2}|至|到)\\s*" + SPELLED + "\\s*年)");
    private static final String DIGITS = "〇零○O0一二三四五六七八九";
    private static final String VALUES = "00000123456789";

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        Matcher m = null;
        TextEdit e = null;
        int pos = 0;
        // only 一 or 二 before a numeral digit can open a year; the pattern is tried nowhere else
        for (int at = 0; at + 1 < t.length(); at++) {
            char c0 = t.charAt(at);
            if (c0 != '一' && c0 != '二' || DIGITS.indexOf(t.charAt(at + 1)) < 0) continue;
            if (m == null) m = YEAR.matcher(t);
            if (!m.region(at, t.length()).lookingAt()) continue;
            if (e == null) e = new TextEdit(in);
            e.copy(pos, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                char c = t.charAt(i);
                e.append(c == '一' ? '1' : c == '二' ? '2' : VALUES.charAt(DIGITS.indexOf(c)), i);
            }
            pos = m.end();
            at = m.end() - 1;
        }
        if (e == null) return in;
        e.copy(pos, t.length());
        return e.result();
    }
}
