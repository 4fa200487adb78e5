package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.extract.segment.TextLine;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Kind;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.Target;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicator tables flattened one cell per line or per tab: a name cell with its unit in brackets
 * ({@code 新生儿死亡率（‰）}), a value cell with an optional sign ({@code ＜1.3}, {@code ≥70}, {@code 100}),
 * then an optional attribute (约束性 / 预期性) that sub-rows without one inherit. A year heading a column
 * ({@code 2030年}) gives the rows' year; category cells ({@code 儿童与健康}, even cut one character a cell) give
 * their domain.
 */
final class TableReader {
    /** A unit written with signs, digits or letters (‰, 1/10万, cm), which no measure word lexicon lists. */
    private static final Pattern SIGN_UNIT = Pattern.compile("^[%‰‱/\\dA-Za-z.·\\s万千百十亿]+$");
    private static final java.util.Set<String> MEASURES = java.util.Set.copyOf(dev.zhibiao.extract.Vocabulary.measureWords().words());

    /** Whether the words in a name's brackets are a unit: signs, or a measure word in 万 or 亿 or not. */
    static boolean unitLike(String s) {
        String u = s.strip();
        if (SIGN_UNIT.matcher(u).matches()) return true;
        if (u.startsWith("万") || u.startsWith("亿")) u = u.substring(1);
        return MEASURES.contains(u) || u.equals("元") || u.equals("岁") || u.equals("年");
    }

    private static final Pattern NAME = Pattern.compile("^(.{2,80}?)[(（]([^()（）]{1,8})[)）]$");
    private static final Pattern VALUE = Pattern.compile("^(≥|≤|>=|<=|<|>|=|＜|＞)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|‰)?$");
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年(?:目标|目标值|规划目标)?$");
    private static final Pattern AREA = Pattern.compile("儿童与(健康|安全|教育|福利|家庭|环境|法律保护)");

    /** A table cell [start, end) of the normalised text; null in a cell list marks a line outside any table. */
    record Cell(int start, int end, String text) {
    }

    /** The cells of the table lines (and of body lines holding tabs), a null between tables. */
    static List<Cell> cells(Segmentation seg, List<TextLine> lines) {
        String t = seg.text().text();
        List<Cell> cells = new ArrayList<>();
        for (TextLine l : lines) {
            boolean tabbed = l.role() == TextLine.Role.BODY && hasTab(t, l.start(), l.end());
            if (l.role() != TextLine.Role.TABLE && !tabbed) {
                if (cells.isEmpty() || cells.get(cells.size() - 1) != null) cells.add(null);
                continue;
            }
            int s = l.start();
            for (int i = l.start(); i <= l.end(); i++) {
                if (i == l.end() || t.charAt(i) == '\t') {
                    String c = t.substring(s, i).strip();
                    if (!c.isEmpty()) cells.add(new Cell(s + (t.substring(s, i).indexOf(c.charAt(0))), i, c));
                    s = i + 1;
                }
            }
        }
        return cells;
    }

    private static boolean hasTab(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == '\t') return true;
        }
        return false;
    }

    /** Records of the table rows among {@code lines}; the cells each row was read from are added to {@code used}. */
    List<Target> read(Segmentation seg, List<TextLine> lines, Scope scope, List<int[]> used) {
        // the cells of rows read already, by their columns, are no part of these tables
        List<Cell> cells = cells(seg, lines).stream().map(c -> c == null || StatementReader.inside(used, c.start()) ? null : c)
                .toList();
        List<Target> out = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        Domain area = null;
        String attribute = null;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c == null) {
                years.clear();
                area = null;
                attribute = null;
                continue;
            }
            if (c.text.length() == 1) {
                letters.append(c.text);
                Matcher a = AREA.matcher(letters);
                if (a.find()) {
                    area = Domain.of(a.group(1));
                    letters.setLength(0);
                }
                continue;
            }
            letters.setLength(0);
            Matcher y = YEAR.matcher(c.text);
            if (y.matches()) {
                years.add(Integer.parseInt(y.group(1)));
                continue;
            }
            Matcher a = AREA.matcher(c.text);
            if (a.find() && c.text.length() <= 8) {
                area = Domain.of(a.group(1));
                continue;
            }
            Matcher n = NAME.matcher(c.text);
            // 幼儿园(含学前): words in brackets that are no unit qualify the row, whose unit a header names
            if (!n.matches() || !unitLike(n.group(2))) continue;
            List<Cell> values = new ArrayList<>();
            List<Matcher> parsed = new ArrayList<>();
            for (int j = i + 1; j < cells.size() && cells.get(j) != null; j++) {
                Matcher v = VALUE.matcher(cells.get(j).text);
                if (!v.matches()) break;
                values.add(cells.get(j));
                parsed.add(v);
            }
            if (values.isEmpty()) continue;
            int after = i + 1 + values.size();
            Cell next = after < cells.size() ? cells.get(after) : null;
            if (next != null && (next.text.equals("约束性") || next.text.equals("预期性"))) attribute = next.text;
            Section section = seg.sectionAt(c.start);
            // one value per year column when the header named as many years; else the last year named
            boolean perColumn = values.size() > 1 && values.size() == years.size();
            for (int k = 0; k < (perColumn ? values.size() : 1); k++) {
                Matcher v = parsed.get(k);
                Integer year = perColumn ? years.get(k) : years.isEmpty() ? null : years.get(years.size() - 1);
                Unit unit = Unit.of(v.group(3) != null ? v.group(3) : n.group(2));
                Bound cmp = v.group(1) == null ? Bound.EQ : Bound.of(v.group(1));
                Cell valueCell = values.get(k);
                used.add(new int[] {c.start, valueCell.end});
                out.add(Target.builder().indicator(n.group(1).strip()).value(Double.parseDouble(v.group(2)))
                        .unit(unit).comparator(cmp).year(year).kind(Kind.TARGET).scope(scope)
                        .domain(area != null ? area : section.domain())
                        .quote(seg.text().originalText(c.start, valueCell.end))
                        .span(seg.text().originalSpan(valueCell.start, valueCell.end)).sectionPath(section.path())
                        .attribute(attribute).rules(List.of(FormRules.ROW.code(), FormRules.COLUMN_YEAR.code(), FormRules.OWN.code())).build());
            }
            i = after - 1;
        }
        return out;
    }
}
