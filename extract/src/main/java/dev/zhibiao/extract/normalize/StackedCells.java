package dev.zhibiao.extract.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table a page flattened to one cell a line, with no mark closing its cells ({@code 指标}, {@code 2020年},
 * {@code 2030年}, {@code 属性}, then {@code 婴儿死亡率(‰)}, {@code 4.6}, {@code 4.0以下}, {@code 约束性}), blank lines
 * between them or not: a run of lines that are all a table's column names ({@link TableHeaders#isHeader}) is its
 * header, and each group of as many lines after it a row, when its value columns hold a figure and its name none.
 * Each becomes one line, its cells joined by tabs, the form every other table takes here. The table ends at the
 * first group that is no row.
 */
final class StackedCells implements TextRule {
    /** The longest cell: a row's name with its unit. */
    private static final int MAX_CELL = 40;

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        if (t.indexOf('年') < 0 && t.indexOf('值') < 0) return in;
        List<int[]> lines = lines(t);
        TextEdit e = null;
        int copied = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!TableHeaders.NAME_COLUMN.matcher(text(t, lines.get(i))).matches()
                    && !TableHeaders.LEADING.matcher(text(t, lines.get(i))).matches()) continue;
            // the header: the column names one a line, from here
            List<String> header = new ArrayList<>();
            int j = i;
            while (j < lines.size() && header.size() < 12 && column(text(t, lines.get(j)))) header.add(text(t, lines.get(j++)));
            if (header.size() < 2 || !TableHeaders.isHeader(header)) continue;
            int width = header.size();
            int rows = 0;
            int end = j;
            while (end + width <= lines.size() && row(t, lines.subList(end, end + width), header)) {
                end += width;
                rows++;
            }
            if (rows == 0) continue;
            if (e == null) e = new TextEdit(in);
            for (int g = i; g < end; g += width) {
                for (int k = g + 1; k < g + width; k++) {
                    e.copy(copied, lines.get(k - 1)[1]);
                    e.append('\t', lines.get(k - 1)[1]);
                    copied = lines.get(k)[0];
                }
            }
            i = end - 1;
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    /** The lines that hold more than spaces, as [start, end) of their words; none holding a tab or a long text. */
    private static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < t.length(); ) {
            int end = t.indexOf('\n', start);
            if (end < 0) end = t.length();
            int s = start, f = end;
            while (s < f && Character.isWhitespace(t.charAt(s))) s++;
            while (f > s && Character.isWhitespace(t.charAt(f - 1))) f--;
            // a long line, or one holding cells already, ends any run: it stands for a break in the cells
            if (f > s) out.add(f - s > MAX_CELL || t.indexOf('\t', s) >= 0 && t.indexOf('\t', s) < f ? new int[] {s, s} : new int[] {s, f});
            start = end + 1;
        }
        return out;
    }

    private static String text(String t, int[] line) {
        return t.substring(line[0], line[1]);
    }

    private static boolean column(String cell) {
        return TableHeaders.NAME_COLUMN.matcher(cell).matches() || TableHeaders.COLUMN.matcher(cell).matches()
                || TableHeaders.LEADING.matcher(cell).matches();
    }

    /** Whether the lines are a row under the header: a name without a figure, and a figure in each value column. */
    private static boolean row(String t, List<int[]> cells, List<String> header) {
        for (int k = 0; k < header.size(); k++) {
            String cell = text(t, cells.get(k));
            if (cell.isEmpty() || column(cell)) return false;
            String h = header.get(k);
            if (TableHeaders.NAME_COLUMN.matcher(h).matches() && (!hasHan(cell) || startsWithDigitOnly(cell))) return false;
            if (TableHeaders.valueColumn(h) && !hasDigit(cell) && !cell.matches("[-—/／]+|无|暂无")) return false;
            // a row whose unit a page left out has its cells one column off: a figure where the unit goes
            if ((h.equals("单位") || h.equals("计量单位")) && cell.matches("[\\d.]+")) return false;
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (SpaceSqueezer.isHan(s.charAt(i))) return true;
        return false;
    }

    /** A number with a bound word after it (4.0以下) names no row. */
    private static boolean startsWithDigitOnly(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) && s.matches("[\\d.%‰≥≤<>]+(?:以下|以上|左右|以内)?");
    }
}
