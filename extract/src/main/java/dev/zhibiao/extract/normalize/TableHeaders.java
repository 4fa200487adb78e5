package dev.zhibiao.extract.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a table's header names its columns with: the column of names ({@code 指标名称}), the columns before it
 * ({@code 序号}, {@code 领域}) and the others ({@code 单位}, {@code 属性}, a year, {@code 目标值}). Shared by the
 * normaliser, which finds tables a page set apart with spaces, and the reader of tables by their header.
 */
public final class TableHeaders {
    /** The column of the rows' names. */
    public static final Pattern NAME_COLUMN = Pattern.compile("^(?:指标名称|指标|监测指标|主要指标|指标内容)(?:[(（]单位[)）])?$");
    /** Columns that stand before the names: a row's number or its category. */
    public static final Pattern LEADING = Pattern.compile("^(?:序号|编号|类别|领域|分类|项目)$");
    /** The other columns: a unit, an attribute, a body responsible, a note, or values by kind or by year. */
    public static final Pattern COLUMN = Pattern.compile(
            "^(?:单位|计量单位|属性|指标属性|指标性质|性质|指标类型|责任单位|牵头单位|备注|目标值|目标|现状值|基期值|监测值|指标值|数值"
                    + "|(?:19|20)\\d{2}\\s*年.{0,6})$");
    /** A column of values: one headed by a year or by a kind of value (目标值, 现状值). */
    private static final Pattern VALUE_COLUMN = Pattern.compile("(?:19|20)\\d{2}\\s*年|值");

    private TableHeaders() {
    }

    /** Whether a column's header names values: a year ({@code 2025年}) or a kind of value ({@code 目标值}). */
    public static boolean valueColumn(String header) {
        return VALUE_COLUMN.matcher(header).find();
    }

    /**
     * Whether the words of a line are a table's header: all are column names, among them the column of names and
     * at least one column of values.
     */
    public static boolean isHeader(List<String> words) {
        boolean names = false, values = false;
        for (String w : words) {
            if (NAME_COLUMN.matcher(w).matches()) names = true;
            else if (COLUMN.matcher(w).matches()) values |= valueColumn(w);
            else if (!LEADING.matcher(w).matches()) return false;
        }
        return names && values;
    }
}
