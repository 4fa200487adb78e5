package dev.zhibiao.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a table a page flattened to one cell a line, each closed by a pipe ({@code 指标 |}, {@code 招生数(人) |},
 * …, {@code 小学 |}, {@code 8051 |}): its header is the cells before the first number (a corner and the columns),
 * and each row after it a name and one number per column. Such a run becomes a row a line, its cells joined by
 * tabs, the form every other table takes here. A run that does not fall into rows of the header's width stays.
 */
final class CellLines implements TextRule {
    /** A line that is one cell closed by a pipe: the cell's words. */
    private static final Pattern CELL = Pattern.compile("^[ \\t]*([^|\\n]*?[^|\\s][^|\\n]*?)[ \\t]*\\|[ \\t]*$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?%?|-|—|/|／");
    /** The fewest cells a flattened table has: a header of a corner and a column, and two rows. */
    private static final int MIN_CELLS = 6;

    private record Cell(int start, int end) {
    }

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.indexOf('|') < 0) return in;
        List<Cell> run = new ArrayList<>();
        TextEdit e = null;
        int copied = 0;
        int pos = 0;
        while (pos <= t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            // a cell line ends in its pipe: the pattern is tried only on those
            int last = end - 1;
            while (last >= pos && (t.charAt(last) == ' ' || t.charAt(last) == '\t')) last--;
            var m = last > pos && t.charAt(last) == '|' ? CELL.matcher(t).region(pos, end) : null;
            boolean cell = m != null && m.matches();
            if (cell) run.add(new Cell(m.start(1), m.end(1)));
            if (!cell || nl < 0) {
                int width = width(t, run);
                if (width > 0) {
                    if (e == null) e = new TextEdit(in);
                    e.copy(copied, run.get(0).start());
                    for (int i = 0; i < run.size(); i++) {
                        Cell c = run.get(i);
                        // a row opens with its name: a cell that is no number, after the header
                        if (i > 0) e.append(i == width || i > width && !number(t, c) ? '\n' : '\t', c.start() - 1);
                        e.copy(c.start(), c.end());
                    }
                    copied = lineEnd(t, run.get(run.size() - 1).end());
                }
                run.clear();
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    /** The header's width when the run falls into rows of it, else 0. */
    private static int width(String t, List<Cell> run) {
        if (run.size() < MIN_CELLS) return 0;
        // the cells before the first number are the header's and the first row's name
        int leading = 0;
        while (leading < run.size() && !number(t, run.get(leading))) leading++;
        int width = leading - 1;
        if (width < 2 || leading == run.size()) return 0;
        // each row is a name and a number per column; a row may be short of a cell whose value a cell merged over
        // rows holds (初中、高中为合计数), and only one in three rows may be so
        int rows = 0, short_ = 0, inRow = 0;
        for (int i = width; i < run.size(); i++) {
            if (!number(t, run.get(i))) {
                if (i > width && inRow != width - 1) {
                    if (inRow == 0) return 0;
                    short_++;
                }
                rows++;
                inRow = 0;
            } else if (++inRow > width - 1) {
                return 0;
            }
        }
        if (inRow != width - 1 || rows < 2 || short_ * 3 > rows) return 0;
        return width;
    }

    private static boolean number(String t, Cell c) {
        return NUMBER.matcher(t).region(c.start(), c.end()).matches();
    }

    private static int lineEnd(String t, int from) {
        int nl = t.indexOf('\n', from);
        return nl < 0 ? t.length() : nl;
    }
}
