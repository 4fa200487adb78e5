package dev.zhibiao.extract.specs;

import java.util.Map;

/**
 * One example of a spec file: its cells by column name (escapes already undone), where it stands, and what the
 * file sets for every row ({@code # context: …} before the header).
 *
 * @param file     the file's path under {@code specs/} ({@code statements/plans.tsv})
 * @param line     the row's line number in the file, from 1
 * @param cells    the row's cells by column name
 * @param settings the file's settings by name, used for a column the file does not have
 */
public record SpecRow(String file, int line, Map<String, String> cells, Map<String, String> settings) {
    /** What a reader gives, and a row expects, when the input yields nothing. */
    public static final String NONE = "none";
    static final String OK = "ok";
    static final String KNOWN_GAP = "known-gap:";

    public SpecRow {
        cells = Map.copyOf(cells);
        settings = Map.copyOf(settings);
    }

    public String input() {
        return cells.get("input");
    }

    public String expected() {
        return cells.get("expected");
    }

    public boolean isKnownGap() {
        return cells.get("status").startsWith(KNOWN_GAP);
    }

    /** Why the extractor gets this row wrong today; empty for an {@code ok} row. */
    public String gapReason() {
        return isKnownGap() ? cells.get("status").substring(KNOWN_GAP.length()).strip() : "";
    }

    /** The row's cell in a column, or the file's setting of that name where the file has no such column. */
    public String cell(String column) {
        String v = cells.containsKey(column) ? cells.get(column) : settings.get(column);
        if (v == null) throw new SpecFormatException(file, line, "no column or setting '" + column + "'");
        return v;
    }

    /** Where the row stands, as a test names it: {@code statements/plans.tsv:12}. */
    public String where() {
        return file + ":" + line;
    }
}
