package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.NumberFinder;
import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.extract.normalize.TableHeaders;
import dev.zhibiao.extract.segment.Segmentation;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.DocumentType;
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
 * Reads tables whose header names the columns ({@code 序号 | 指标名称 | 单位 | 2025年目标值 | 2023年 | 2024年}),
 * flattened one cell per line or per tab: each following group of as many cells is a row, and each value
 * column gives a record with the column's year. A column named a goal (目标) holds targets, one named a base
 * (基期, 现状) holds observed values, and a bare year holds observed values in a monitoring report, or in a
 * plan when the year lies before the plan's period. A cell worded as a change ({@code 每年降低0.5个百分点})
 * gives a change.
 */
final class ColumnTableReader {
    private static final Pattern NAME_COLUMN = TableHeaders.NAME_COLUMN;
    private static final Pattern LEADING = TableHeaders.LEADING;
    private static final Pattern COLUMN = TableHeaders.COLUMN;
    // (?=[12]): every year opens with 1 or 2, and testing one character rejects most positions sooner
    private static final Pattern YEAR = Pattern.compile("(?=[12])((?:19|20)\\d{2})\\s*年");
    /** The words after a number that bound it (以下, 左右), with their comparators. */
    private static final dev.zhibiao.extract.Lexicon SUFFIXES = dev.zhibiao.extract.Vocabulary.suffixBounds();
    private static final Pattern VALUE = Pattern.compile("^(≥|≤|>=|<=|<|>|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|‰)?\\s*("
            + SUFFIXES.alternation() + ")?$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("^(.{2,80}?)[(（]([^()（）]{1,8})[)）]$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern PER_YEAR = Pattern.compile("每年|年均");
    private static final Pattern BASE_YEAR = Pattern.compile("(?:较|比|与)((?:19|20)\\d{2})\\s*年");

    private final ChangeReader changes = new ChangeReader();

    /** Header-led table rows among the cells not yet {@code used}; their cells are added to {@code used}. */
    List<Target> read(Document doc, Segmentation seg, List<TableReader.Cell> cells, Scope scope, List<int[]> used) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            TableReader.Cell c = cells.get(i);
            if (c == null || !NAME_COLUMN.matcher(c.text()).matches()) continue;
            int start = i;
            while (start > 0 && cells.get(start - 1) != null && i - start < 3
                    && LEADING.matcher(cells.get(start - 1).text()).matches()) start--;
            int end = i + 1;
            while (end < cells.size() && cells.get(end) != null && COLUMN.matcher(cells.get(end).text()).matches()) end++;
            List<String> header = new ArrayList<>();
            for (int k = start; k < end; k++) header.add(cells.get(k).text());
            if (header.stream().noneMatch(h -> YEAR.matcher(h).find() || h.contains("值"))) continue;
            // a column of categories (领域) is left blank under its first row, and the row reader reads that form
            if (header.subList(0, i - start).stream().anyMatch(h -> !h.matches("序号|编号"))) continue;
            int k = header.size();
            int nameAt = i - start;
            int row = end;
            String topic = null;
            while (row < cells.size() && cells.get(row) != null) {
                // 九年义务教育 alone over its rows (巩固率 | % | 95 | 96): a topic the rows' bare measures are of
                if (TOPIC.matcher(cells.get(row).text()).matches() && row + 1 + k <= cells.size()
                        && !(row + k <= cells.size() && valuesAre(cells.subList(row, row + k), header))
                        && rowFits(cells.subList(row + 1, row + 1 + k), nameAt, header)
                        && valuesAre(cells.subList(row + 1, row + 1 + k), header)) {
                    topic = cells.get(row).text();
                    row++;
                    continue;
                }
                if (row + k <= cells.size() && rowFits(cells.subList(row, row + k), nameAt, header)
                        && valuesFit(cells.subList(row, row + k), header)) {
                    readRow(doc, seg, header, nameAt, cells.subList(row, row + k), topic, scope, used, out);
                    row += k;
                    continue;
                }
                if (category(cells, row)) {
                    topic = null;
                    row++;
                    continue;
                }
                int next = nameAt == 0 ? readBlock(doc, seg, header, cells, row, scope, used, out) : row;
                if (next == row) break;
                row = next;
            }
            i = row - 1;
        }
        return out;
    }

    /**
     * Tables of measures by row ({@code 指标 | 招生数(人) | 在校生数(人)}, or {@code 类别 | 学校数 | 班级数}, then {@code 小学 | 8051 | 44786}, …), among the
     * cells not yet {@code used}: each value is its row's measure named by its column, in the column's unit. Such a
     * table in a report, or in news of figures, gives the figures of the report's year; elsewhere it is left.
     */
    List<Target> readCross(Document doc, dev.zhibiao.model.DocumentProfile profile, Segmentation seg,
                           List<TableReader.Cell> cells, Scope scope, List<int[]> used) {
        List<Target> out = new ArrayList<>();
        // a table counting by category (学校数, 在校学生数 of each stage) holds figures observed, on a page whose
        // plan period is unknown as on a report's
        if (!profile.observes() && profile.period() != null) return out;
        Integer year = profile.reportYear();
        for (int i = 0; i + 1 < cells.size(); i++) {
            TableReader.Cell corner = cells.get(i);
            if (corner == null || isValue(corner.text()) || StatementReader.inside(used, corner.start())) continue;
            int m = 0;
            while (i + 1 + m < cells.size() && measureColumn(cells.get(i + 1 + m))) m++;
            if (m < 2) continue;
            int k = m + 1;
            int row = i + k, rows = 0;
            List<Integer> starts = new ArrayList<>();
            while (row + k <= cells.size()) {
                if (crossRow(cells.subList(row, row + k))) {
                    starts.add(row);
                    row += k;
                    rows++;
                    continue;
                }
                // a row short of a cell, whose value a cell merged over rows holds (初中、高中为合计数), cannot be
                // aligned with the columns: it is left, and the rows after it are read
                int next = row + 1;
                while (next < row + k - 1 && cells.get(next) != null && isValue(cells.get(next).text())) next++;
                if (rows == 0 || next == row + 1 || next + k > cells.size() || !crossRow(cells.subList(next, next + k))) break;
                row = next;
            }
            if (rows < 2) continue;
            Integer of = year != null ? year : captionYear(seg.text().text(), corner.start());
            // each column's name and unit, read once for all its rows
            String[][] columns = new String[k][];
            for (int c = 1; c < k; c++) columns[c] = column(cells.get(i + c).text());
            for (int r : starts) {
                TableReader.Cell name = cells.get(r);
                Section section = seg.sectionAt(name.start());
                for (int c = 1; c < k; c++) {
                    String[] column = columns[c];
                    if (column == null) continue;
                    TableReader.Cell cell = cells.get(r + c);
                    Matcher v = VALUE.matcher(cell.text());
                    if (!v.matches()) continue;
                    out.add(Target.builder().indicator(rowName(name.text()) + column[0]).year(of)
                            .value(Double.parseDouble(v.group(2))).unit(Unit.of(v.group(3) != null ? v.group(3) : column[1]))
                            .comparator(v.group(1) != null ? Bound.of(v.group(1)) : v.group(4) != null ? Bound.of(SUFFIXES.value(v.group(4))) : Bound.EQ).kind(Kind.ACTUAL)
                            .scope(scope).domain(section.domain()).sectionPath(section.path())
                            .quote(seg.text().originalText(name.start(), cell.end()))
                            .span(seg.text().originalSpan(cell.start(), cell.end()))
                            .rules(List.of(FormRules.COLUMN.code(), FormRules.CROSS_TABLE.code())).build());
                }
            }
            used.add(new int[] {corner.start(), cells.get(row - 1).end()});
            i = row - 1;
        }
        return out;
    }

    /** A table's caption: one year and words, no other number (2021年全县各类教育发展情况). */
    private static final Pattern CAPTION = Pattern.compile("^[^\\d]{0,12}((?:19|20)\\d{2})\\s*年[^\\d]{2,30}$");

    /** The year the line right above a table names as its caption's only number, or null. */
    private static Integer captionYear(String t, int tableStart) {
        int end = t.lastIndexOf('\n', Math.max(0, tableStart - 1));
        if (end < 0) return null;
        int start = t.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        Matcher c = CAPTION.matcher(t.substring(start, end).strip());
        return c.matches() ? Integer.valueOf(c.group(1)) : null;
    }

    /** A column of a table of measures: a measure with its unit in brackets, not a year or a goal. */
    private static boolean measureColumn(TableReader.Cell c) {
        return c != null && column(c.text()) != null && !YEAR.matcher(c.text()).find()
                && !c.text().contains("目标") && !isValue(c.text());
    }

    /** Nouns a column counts with 数 and no unit written, and the measure word each is counted in. */
    private static final dev.zhibiao.extract.Lexicon COUNTED = dev.zhibiao.extract.Lexicon.load("statement/counted-columns.txt");
    private static final Pattern RATIO_COLUMN = Pattern.compile("^\\p{IsHan}{1,8}与\\p{IsHan}{1,8}之?比$");
    private static final Pattern COUNTED_COLUMN = Pattern.compile("^(.{0,10}?(" + COUNTED.alternation() + "))数$");

    /**
     * A measure column's name and unit: written in brackets after it ({@code 在校生数(人)}), or, for a count of a
     * noun whose measure word is known ({@code 学校数}, {@code 在校学生数}), that measure word; null for neither.
     */
    private static String[] column(String header) {
        Matcher m = UNIT_IN_NAME.matcher(header);
        if (m.matches()) return new String[] {m.group(1).strip(), m.group(2)};
        Matcher counted = COUNTED_COLUMN.matcher(header.strip());
        if (counted.matches()) return new String[] {header.strip(), COUNTED.value(counted.group(2))};
        // 学生与专任教师比: a ratio of two counts has no unit
        return RATIO_COLUMN.matcher(header.strip()).matches() ? new String[] {header.strip(), ""} : null;
    }

    /** A row of a table of measures: a name, then a plain value or a mark of no data in each column. */
    private static boolean crossRow(List<TableReader.Cell> row) {
        if (row.contains(null)) return false;
        String name = row.get(0).text();
        if (name.length() < 2 || isValue(name) || UNIT_IN_NAME.matcher(name).matches()) return false;
        for (int c = 1; c < row.size(); c++) {
            String v = row.get(c).text();
            if (!VALUE.matcher(v).matches() && !NO_DATA.matcher(v).matches()) return false;
        }
        return true;
    }

    /** True when no value column of the row holds what names a row instead ({@code 其中:小学}, {@code 某率(%)}). */
    private static boolean valuesFit(List<TableReader.Cell> row, List<String> header) {
        for (int k = 0; k < header.size(); k++) {
            if (valueColumn(header.get(k)) && nameLike(row.get(k).text())) return false;
        }
        return true;
    }

    /** Whether every cell of a value column holds a value. */
    private static boolean valuesAre(List<TableReader.Cell> row, List<String> header) {
        if (row.contains(null)) return false;
        for (int k = 0; k < header.size(); k++) {
            if (valueColumn(header.get(k)) && !isValue(row.get(k).text())) return false;
        }
        return true;
    }

    private static boolean nameLike(String cell) {
        return UNIT_IN_NAME.matcher(cell).matches() || SUB_ROW.matcher(cell).lookingAt();
    }

    private static boolean valueColumn(String header) {
        return YEAR.matcher(header).find() || header.contains("值");
    }

    /**
     * A value cell: a number with its sign, unit, bound or wording ({@code 99%以上}, {@code 12.3年}, {@code 每年降低0.5个
     * 百分点}), or a mark of no data; not a row's name (one with its unit in brackets, a 其中 row, words without a digit).
     */
    private static boolean isValue(String cell) {
        if (NO_DATA.matcher(cell).matches() || VALUE.matcher(cell).matches()) return true;
        if (nameLike(cell)) return false;
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) return true;
        }
        return false;
    }

    private static final Pattern NO_DATA = Pattern.compile("^(?:—+|-+|/|无|暂无|\\\\)$");
    /** A topic standing alone over rows: a few Chinese characters, no digit and no mark. */
    private static final Pattern TOPIC = Pattern.compile("^\\p{IsHan}{2,10}$");
    /** Measures that name no topic of their own (巩固率, 入学率), which a topic over their rows completes. */
    private static final java.util.Set<String> BARE_MEASURES = java.util.Set.copyOf(
            dev.zhibiao.extract.Lexicon.load("statement/measures.txt").words());
    private static final Pattern CATEGORY = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）])\\S{2,14}$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(?:约束性|预期性|指导性)$");
    private static final Pattern ROW_NUMBERING = Pattern.compile("^\\d{1,2}[.、．]\\s*(?!\\d)");
    private static final Pattern SUB_ROW = Pattern.compile("^其中[:：]?\\s*");

    /** 一、发展水平: a category of the rows after it, with no values of its own. */
    private static boolean category(List<TableReader.Cell> cells, int at) {
        TableReader.Cell c = cells.get(at);
        return CATEGORY.matcher(c.text()).matches() && at + 1 < cells.size() && cells.get(at + 1) != null
                && !isValue(cells.get(at + 1).text());
    }

    /**
     * A row with sub-rows, each column's values written one under another ({@code 1.某学历比例(%) | 其中:本科比例(%) |
     * 97.7% | 49.9% | 100% | 50% | 预期性}): the row and its sub-rows, or only the sub-rows when the values are
     * theirs alone ({@code 4.某比例(%) | 其中:小学 | 初中 | 34.5% | 77.3% | 80%以上 | 85%以上}). Returns the cell
     * after the block, or {@code at} when the cells are no such block.
     */
    private int readBlock(Document doc, Segmentation seg, List<String> header, List<TableReader.Cell> cells, int at,
                          Scope scope, List<int[]> used, List<Target> out) {
        List<Integer> valueColumns = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) if (valueColumn(header.get(k))) valueColumns.add(k);
        int columns = valueColumns.size();
        if (columns == 0 || cells.get(at) == null || isValue(cells.get(at).text())) return at;
        List<TableReader.Cell> names = new ArrayList<>();
        names.add(cells.get(at));
        int j = at + 1;
        while (j < cells.size() && cells.get(j) != null && names.size() <= 4 && !isValue(cells.get(j).text())
                && !ATTRIBUTE.matcher(cells.get(j).text()).matches()) {
            names.add(cells.get(j++));
        }
        if (names.size() < 2) return at;
        List<TableReader.Cell> values = new ArrayList<>();
        while (j < cells.size() && cells.get(j) != null && isValue(cells.get(j).text())) values.add(cells.get(j++));
        List<TableReader.Cell> rows;
        if (values.size() == columns * names.size()) {
            rows = names;
        } else if (values.size() == columns * (names.size() - 1)) {
            rows = names.subList(1, names.size());
        } else {
            return at;
        }
        String attribute = null;
        if (j < cells.size() && cells.get(j) != null && ATTRIBUTE.matcher(cells.get(j).text()).matches()) {
            attribute = cells.get(j++).text();
        }
        String main = rowName(names.get(0).text());
        for (int r = 0; r < rows.size(); r++) {
            List<TableReader.Cell> row = new ArrayList<>(header.size());
            for (int k = 0; k < header.size(); k++) row.add(null);
            String own = rowName(rows.get(r).text());
            boolean sub = rows.get(r) != names.get(0);
            // a short sub-row (小学) names a part of the row's measure; a long one (本科及以上学历比例) a measure
            String name = !sub ? own : own.length() <= 4 ? own + main : ofMain(main, own);
            row.set(0, new TableReader.Cell(rows.get(r).start(), rows.get(r).end(), name + unitOf(rows.get(r).text(), names.get(0).text())));
            for (int c = 0; c < columns; c++) row.set(valueColumns.get(c), values.get(c * rows.size() + r));
            for (int k = 0; k < header.size(); k++) {
                if (row.get(k) == null) row.set(k, new TableReader.Cell(rows.get(r).start(), rows.get(r).end(),
                        header.get(k).contains("属性") && attribute != null ? attribute : ""));
            }
            int from = out.size();
            readRow(doc, seg, header, 0, row, null, scope, used, out);
            for (int o = from; o < out.size(); o++) {
                Target t = out.get(o);
                List<String> rules = new ArrayList<>(t.rules());
                rules.add(1, FormRules.SUB_ROWS.code());
                out.set(o, t.toBuilder().rules(rules).build());
            }
        }
        used.add(new int[] {cells.get(at).start(), cells.get(j - 1).end()});
        return j;
    }

    /**
     * A sub-row's measure said of the row's population: 本科及以上学历比例 under 幼儿教师专科及以上学历比例 is
     * 幼儿教师本科及以上学历比例, where the two end alike and the sub-row replaces as much of the row's end.
     */
    private static String ofMain(String main, String own) {
        int same = 0;
        while (same < Math.min(main.length(), own.length())
                && main.charAt(main.length() - 1 - same) == own.charAt(own.length() - 1 - same)) same++;
        return same >= 4 && main.length() > own.length() ? main.substring(0, main.length() - own.length()) + own : own;
    }

    /** A row's name without its numbering, 其中 and unit in brackets. */
    private static String rowName(String cell) {
        String n = SUB_ROW.matcher(ROW_NUMBERING.matcher(cell).replaceFirst("")).replaceFirst("");
        Matcher u = UNIT_IN_NAME.matcher(n);
        return u.matches() ? u.group(1).strip() : n.strip();
    }

    /** The unit in brackets a sub-row's name gives, or else the row's: {@code (%)}. */
    private static String unitOf(String cell, String mainCell) {
        Matcher u = UNIT_IN_NAME.matcher(cell);
        if (u.matches()) return "(" + u.group(2) + ")";
        Matcher m = UNIT_IN_NAME.matcher(mainCell);
        return m.matches() ? "(" + m.group(2) + ")" : "";
    }

    private static boolean rowFits(List<TableReader.Cell> row, int nameAt, List<String> header) {
        if (row.contains(null)) return false;
        String name = row.get(nameAt).text();
        if (name.length() < 2 || VALUE.matcher(name).matches() || NAME_COLUMN.matcher(name).matches()) return false;
        for (int k = 0; k < header.size(); k++) {
            if (LEADING.matcher(header.get(k)).matches() && header.get(k).matches("序号|编号")
                    && !ROW_NUMBER.matcher(row.get(k).text()).matches()) return false;
        }
        return true;
    }

    private void readRow(Document doc, Segmentation seg, List<String> header, int nameAt, List<TableReader.Cell> row,
                         String topic, Scope scope, List<int[]> used, List<Target> out) {
        String name = ROW_NUMBERING.matcher(row.get(nameAt).text()).replaceFirst("");
        String unitText = null;
        Matcher inName = UNIT_IN_NAME.matcher(name);
        if (inName.matches()) {
            name = inName.group(1).strip();
            unitText = inName.group(2);
        }
        // 其中:研究生: a part of the row before, named by itself
        name = SUB_ROW.matcher(name).replaceFirst("");
        // a measure that names no topic (巩固率) is of the topic its rows stand under
        if (topic != null && BARE_MEASURES.contains(name)) name = topic + name;
        String attribute = null;
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            if (h.contains("单位") && !h.contains("责任") && !h.contains("牵头") && k != nameAt) unitText = row.get(k).text();
            if (h.contains("属性")) attribute = row.get(k).text();
        }
        Section section = seg.sectionAt(row.get(nameAt).start());
        used.add(new int[] {row.get(0).start(), row.get(row.size() - 1).end()});
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            Matcher y = YEAR.matcher(h);
            if (!y.find() && !h.contains("值")) continue;
            Integer year = y.find(0) ? Integer.valueOf(y.group(1)) : null;
            TableReader.Cell cell = row.get(k);
            Target.Builder b = Target.builder().indicator(name).year(year).scope(scope).domain(section.domain())
                    .quote(seg.text().originalText(Math.min(row.get(nameAt).start(), cell.start()),
                            Math.max(row.get(nameAt).end(), cell.end())))
                    .span(seg.text().originalSpan(cell.start(), cell.end())).sectionPath(section.path())
                    .attribute(attribute);
            Matcher v = VALUE.matcher(cell.text());
            if (v.matches()) {
                Unit unit = Unit.of(v.group(3) != null ? v.group(3) : unitText);
                out.add(b.value(Double.parseDouble(v.group(2))).unit(unit)
                        .comparator(v.group(1) != null ? Bound.of(v.group(1)) : v.group(4) != null ? Bound.of(SUFFIXES.value(v.group(4))) : Bound.EQ)
                        .kind(kind(doc, h, year, header)).rules(List.of(FormRules.COLUMN.code(), FormRules.COLUMN_HEADER.code())).build());
                continue;
            }
            List<Quantity> qs = NumberFinder.standard().find(cell.text(), 0, cell.text().length());
            if (qs.size() != 1) continue;
            Quantity q = qs.get(0);
            ChangeReader.Change change = changes.read(cell.text().substring(0, q.start()), q.unit(), false);
            if (q.isRange()) continue;
            if (change == null) {
                // 99%以上, 12.3年: a value with its bound or its own unit
                if (q.start() > 1 || !cell.text().substring(q.end()).isBlank()) continue;
                Unit unit = q.unit().equals(Unit.NONE) && unitText != null ? Unit.of(unitText) : q.unit();
                out.add(b.value(q.value()).unit(unit).comparator(q.comparator() == null ? Bound.EQ : q.comparator())
                        .kind(kind(doc, h, year, header)).rules(List.of(FormRules.COLUMN.code(), FormRules.COLUMN_HEADER.code())).build());
                continue;
            }
            // a yearly change has no year; a change against a named year is to be reached by the column's year
            boolean perYear = PER_YEAR.matcher(cell.text()).find();
            Matcher since = BASE_YEAR.matcher(cell.text());
            out.add(b.value(q.value()).unit(q.unit()).comparator(q.comparator() == null ? Bound.EQ : q.comparator())
                    .kind(Kind.CHANGE).direction(change.direction()).year(perYear ? null : year)
                    .baselineYear(since.find() ? Integer.valueOf(since.group(1)) : null)
                    .perYear(perYear).rules(List.of(FormRules.COLUMN.code(), FormRules.COLUMN_HEADER_CHANGE.code())).build());
        }
    }

    private static Kind kind(Document doc, String header, Integer year, List<String> headers) {
        if (header.contains("目标") || header.contains("规划")) return Kind.TARGET;
        if (header.contains("基期") || header.contains("现状") || header.contains("监测") || header.contains("实际")) {
            return Kind.ACTUAL;
        }
        if (doc.type() == DocumentType.MONITORING_REPORT || doc.type() == DocumentType.EVALUATION) return Kind.ACTUAL;
        Integer start = doc.period() == null ? null : doc.period().start();
        return year != null && start != null && year < start ? Kind.ACTUAL : Kind.TARGET;
    }
}
