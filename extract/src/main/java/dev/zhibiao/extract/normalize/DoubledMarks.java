package dev.zhibiao.extract.normalize;

/**
 * Drops the stray comma that some mirror sites insert beside a mark that is already there ({@code 入园率,、巩固率},
 * {@code 达到90%,,其中}, {@code 筛查,;}): two clause marks in a row say no more than the second, and the stray one
 * would cut a list into clauses.
 */
final class DoubledMarks implements TextRule {
    private static final String MARKS = "、，。；,;：:";

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int pos = 0;
        for (int i = t.indexOf(','); i >= 0; i = t.indexOf(',', i + 1)) {
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (MARKS.indexOf(next) < 0) continue;
            if (e == null) e = new TextEdit(in);
            e.copy(pos, i);
            pos = i + 1;
        }
        if (e == null) return in;
        e.copy(pos, t.length());
        return e.result();
    }
}
