package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.NumberFinder;
import dev.zhibiao.extract.number.Quantity;
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
    private static final Pattern NAME_COLUMN = Pattern.compile("^(?:指标名称|指标|监测指标|主要指标|指标内容)(?:[(（]单位[)）])?$");
    private static final Pattern LEADING = Pattern.compile("^(?:序号|编号|类别|领域|分类|项目)$");
    private static final Pattern COLUMN = Pattern.compile(
            "^(?:单位|计量单位|属性|指标属性|责任单位|牵头单位|备注|目标值|目标|现状值|基期值|监测值|指标值|数值"
                    + "|(?:19|20)\\d{2}\\s*年.{0,6})$");
    // (?=[12]): every year opens with 1 or 2, and testing one character rejects most positions sooner
    private static final Pattern YEAR = Pattern.compile("(?=[12])((?:19|20)\\d{2})\\s*年");
    private static final Pattern VALUE = Pattern.compile("^(≥|≤|>=|<=|<|>|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%|‰)?$");
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
            int k = header.size();
            int row = end;
            while (row + k <= cells.size() && rowFits(cells.subList(row, row + k), i - start, header)) {
                readRow(doc, seg, header, i - start, cells.subList(row, row + k), scope, used, out);
                row += k;
            }
            i = row - 1;
        }
        return out;
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
                         Scope scope, List<int[]> used, List<Target> out) {
        String name = row.get(nameAt).text();
        String unitText = null;
        Matcher inName = UNIT_IN_NAME.matcher(name);
        if (inName.matches()) {
            name = inName.group(1).strip();
            unitText = inName.group(2);
        }
        String attribute = null;
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            if (h.contains("单位") && !h.contains("责任") && !h.contains("牵头")) unitText = row.get(k).text();
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
                        .comparator(v.group(1) == null ? Bound.EQ : Bound.of(v.group(1)))
                        .kind(kind(doc, h, year)).rules(List.of(FormRules.COLUMN.code(), FormRules.COLUMN_HEADER.code())).build());
                continue;
            }
            List<Quantity> qs = NumberFinder.standard().find(cell.text(), 0, cell.text().length());
            if (qs.size() != 1) continue;
            Quantity q = qs.get(0);
            ChangeReader.Change change = changes.read(cell.text().substring(0, q.start()), q.unit(), false);
            if (change == null || q.isRange()) continue;
            // a yearly change has no year; a change against a named year is to be reached by the column's year
            boolean perYear = PER_YEAR.matcher(cell.text()).find();
            Matcher since = BASE_YEAR.matcher(cell.text());
            out.add(b.value(q.value()).unit(q.unit()).comparator(q.comparator() == null ? Bound.EQ : q.comparator())
                    .kind(Kind.CHANGE).direction(change.direction()).year(perYear ? null : year)
                    .baselineYear(since.find() ? Integer.valueOf(since.group(1)) : null)
                    .perYear(perYear).rules(List.of(FormRules.COLUMN.code(), FormRules.COLUMN_HEADER_CHANGE.code())).build());
        }
    }

    private static Kind kind(Document doc, String header, Integer year) {
        if (header.contains("目标") || header.contains("规划")) return Kind.TARGET;
        if (header.contains("基期") || header.contains("现状") || header.contains("监测") || header.contains("实际")) {
            return Kind.ACTUAL;
        }
        if (doc.type() == DocumentType.MONITORING_REPORT || doc.type() == DocumentType.EVALUATION) return Kind.ACTUAL;
        Integer start = doc.period() == null ? null : doc.period().start();
        return year != null && start != null && year < start ? Kind.ACTUAL : Kind.TARGET;
    }
}
