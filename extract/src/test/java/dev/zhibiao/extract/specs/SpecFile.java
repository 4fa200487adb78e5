package dev.zhibiao.extract.specs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec file parsed: tab-separated rows under a header line that names the columns, as {@code specs/README.md}
 * describes. Parsing checks the shape (column count, known status, known escapes); what a column means is the
 * reader's business.
 *
 * @param name     the path under {@code specs/} ({@code numbers/quantities.tsv})
 * @param columns  the header's column names, in order
 * @param settings {@code # name: value} lines before the header
 * @param rows     the examples, in file order
 */
public record SpecFile(String name, List<String> columns, Map<String, String> settings, List<SpecRow> rows) {
    static final List<String> REQUIRED = List.of("input", "expected", "status");
    private static final Pattern SETTING = Pattern.compile("#\\s*([a-z][a-z-]*)\\s*:\\s*(\\S.*?)\\s*");

    public SpecFile {
        columns = List.copyOf(columns);
        settings = Map.copyOf(settings);
        rows = List.copyOf(rows);
    }

    /** The folder under {@code specs/}: {@code numbers} for {@code numbers/quantities.tsv}. */
    public String area() {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The path without its extension: {@code numbers/quantities}. */
    public String stem() {
        return name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
    }

    public static SpecFile parse(String name, List<String> lines) {
        List<String> columns = null;
        Map<String, String> settings = new LinkedHashMap<>();
        List<SpecRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                Matcher m = SETTING.matcher(line);
                if (columns == null && m.matches()) settings.put(m.group(1), m.group(2));
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (columns == null) {
                columns = header(name, lineNo, fields);
                continue;
            }
            if (fields.length != columns.size()) {
                throw new SpecFormatException(name, lineNo, "expected " + columns.size() + " tab-separated cells "
                        + columns + ", got " + fields.length);
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < fields.length; c++) {
                String column = columns.get(c);
                String raw = column.equals("status") ? fields[c].strip() : fields[c];
                cells.put(column, unescape(raw, name, lineNo));
            }
            checkStatus(name, lineNo, cells.get("status"));
            rows.add(new SpecRow(name, lineNo, cells, settings));
        }
        if (columns == null) throw new SpecFormatException(name, lines.size(), "no header line");
        if (rows.isEmpty()) throw new SpecFormatException(name, lines.size(), "no rows");
        return new SpecFile(name, columns, settings, rows);
    }

    private static List<String> header(String file, int line, String[] fields) {
        List<String> columns = new ArrayList<>();
        for (String f : fields) {
            String c = f.strip();
            if (!c.matches("[a-z][a-z-]*")) {
                throw new SpecFormatException(file, line, "header: '" + f + "' is not a column name (lower-case words)");
            }
            if (columns.contains(c)) throw new SpecFormatException(file, line, "header: column '" + c + "' twice");
            columns.add(c);
        }
        for (String r : REQUIRED) {
            if (!columns.contains(r)) {
                throw new SpecFormatException(file, line, "header: expected columns " + REQUIRED + ", got " + columns);
            }
        }
        return columns;
    }

    private static void checkStatus(String file, int line, String status) {
        if (status.equals(SpecRow.OK)) return;
        if (status.startsWith(SpecRow.KNOWN_GAP) && !status.substring(SpecRow.KNOWN_GAP.length()).isBlank()) return;
        throw new SpecFormatException(file, line, "status: expected 'ok' or 'known-gap: <reason>', got '" + status + "'");
    }

    /** Undoes the escapes a cell may hold: \n, \r, \t, \f, \# and \\. Any other backslash is a mistake. */
    static String unescape(String cell, String file, int line) {
        if (cell.indexOf('\\') < 0) return cell;
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 == cell.length()) throw new SpecFormatException(file, line, "a cell ends in a lone backslash");
            char e = cell.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'f' -> sb.append('\f');
                case '#' -> sb.append('#');
                case '\\' -> sb.append('\\');
                default -> throw new SpecFormatException(file, line, "unknown escape \\" + e + " in '" + cell + "'");
            }
        }
        return sb.toString();
    }

    /** The other way: a value written as a cell would write it, so a message shows it on one line. */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
