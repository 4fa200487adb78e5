package dev.zhibiao.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drops the commas that group thousands in a number ({@code 12,000} → {@code 12000}). */
final class ThousandsSeparators implements TextRule {
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.indexOf(',') < 0) return in;
        Matcher m = GROUPED.matcher(t);
        if (!m.find()) return in;
        TextEdit e = new TextEdit(in);
        int pos = 0;
        do {
            e.copy(pos, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                if (t.charAt(i) != ',') e.append(t.charAt(i), i);
            }
            pos = m.end();
        } while (m.find());
        e.copy(pos, t.length());
        return e.result();
    }
}
