package dev.zhibiao.extract.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads tables whose cells a page set apart with spaces ({@code 指 标  单位  2020年  2025年}, then
 * {@code 学前三年毛入园率  %  92  96}): under a line whose words are all a table's column names
 * ({@link TableHeaders#isHeader}), each line of as many words is a row, and a line of one word without a digit a
 * category of the rows under it; the spaces between their cells become tabs, the form every other table takes here.
 * Single characters spread over a header's column ({@code 指 标}) are one word, whose space the squeezing of spaces
 * takes out. The table ends at the first other line.
 */
final class SpacedTables implements TextRule {
    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        // every header names a column of values by year or by kind: a text with neither holds no such table
        if (t.indexOf('年') < 0 && t.indexOf('值') < 0) return in;
        Edit e = new Edit(in);
        int columns = 0;
        // the end of a line holding the name column alone (指 标), whose other columns the next line may name
        int nameLineEnd = -1;
        int n = t.length();
        for (int start = 0; start < n; ) {
            int end = t.indexOf('\n', start);
            if (end < 0) end = n;
            int from = start;
            start = end + 1;
            if (hasTab(t, from, end)) {
                columns = 0;
                nameLineEnd = -1;
                continue;
            }
            List<int[]> words = words(t, from, end);
            if (columns > 0) {
                if (words.size() == columns) {
                    e.tabsBetween(words);
                    continue;
                }
                if (category(t, words)) continue;
                columns = 0;
            }
            List<int[]> joined = joined(t, words);
            List<String> texts = texts(t, joined);
            if (nameLineEnd >= 0 && !joined.isEmpty()) {
                List<String> both = new ArrayList<>(texts);
                both.add(0, "指标");
                if (TableHeaders.isHeader(both)) {
                    // the header goes on over two lines: one line of cells
                    e.joinLines(nameLineEnd, joined.get(0)[0]);
                    e.tabsBetween(joined);
                    columns = joined.size() + 1;
                    nameLineEnd = -1;
                    continue;
                }
            }
            nameLineEnd = -1;
            if (joined.size() == 1 && TableHeaders.NAME_COLUMN.matcher(texts.get(0)).matches()) {
                nameLineEnd = joined.get(0)[1];
            } else if (joined.size() >= 2 && TableHeaders.isHeader(texts)) {
                e.tabsBetween(joined);
                columns = joined.size();
            }
        }
        return e.result();
    }

    /** The edit of the text: the gaps turned tabs, lazily begun. */
    private static final class Edit {
        private final NormalizedText in;
        private TextEdit edit;
        private int copied;

        Edit(NormalizedText in) {
            this.in = in;
        }

        /** The gaps between the cells become tabs. */
        void tabsBetween(List<int[]> cells) {
            for (int k = 1; k < cells.size(); k++) replace(cells.get(k - 1)[1], cells.get(k)[0]);
        }

        /** The line break and spaces in [from, to) become one tab. */
        void joinLines(int from, int to) {
            replace(from, to);
        }

        private void replace(int from, int to) {
            begin();
            edit.copy(copied, from);
            edit.append('\t', from);
            copied = to;
        }

        private void begin() {
            if (edit == null) edit = new TextEdit(in);
        }

        NormalizedText result() {
            if (edit == null) return in;
            edit.copy(copied, in.length());
            return edit.result();
        }
    }

    /** The words of a line [from, to) between runs of spaces, as [start, end) pairs. */
    private static List<int[]> words(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && isSpace(t.charAt(i))) i++;
            if (i >= to) break;
            int s = i;
            while (i < to && !isSpace(t.charAt(i))) i++;
            out.add(new int[] {s, i});
        }
        return out;
    }

    /** The words with single Chinese characters standing apart joined into one ({@code 指 标}). */
    private static List<int[]> joined(String t, List<int[]> words) {
        List<int[]> out = new ArrayList<>();
        for (int[] w : words) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (w[1] - w[0] == 1 && last != null && SpaceSqueezer.isHan(t.charAt(w[0]))
                    && singleHans(t, last)) {
                last[1] = w[1];
            } else {
                out.add(new int[] {w[0], w[1]});
            }
        }
        return out;
    }

    /** Whether a span holds only Chinese characters each standing apart (指, or 指 标). */
    private static boolean singleHans(String t, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            char c = t.charAt(i);
            boolean even = (i - span[0]) % 2 == 0;
            if (even ? !SpaceSqueezer.isHan(c) : !isSpace(c)) return false;
        }
        return true;
    }

    private static List<String> texts(String t, List<int[]> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int[] w : words) out.add(t.substring(w[0], w[1]).replace(" ", "").replace("\u3000", ""));
        return out;
    }

    /** A line of one short word without a digit: the category of the rows under it (学前教育). */
    private static boolean category(String t, List<int[]> words) {
        if (words.size() != 1 || words.get(0)[1] - words.get(0)[0] > 12) return false;
        for (int i = words.get(0)[0]; i < words.get(0)[1]; i++) {
            if (Character.isDigit(t.charAt(i))) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\r';
    }

    private static boolean hasTab(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == '\t') return true;
        }
        return false;
    }
}
