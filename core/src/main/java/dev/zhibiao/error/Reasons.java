package dev.zhibiao.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Short, one-line reasons for problems that a library reports in its own words. Libraries write for their own
 * developers: POI adds advice about its settings, Jackson a note about where it hid the source, both over several
 * lines. A batch prints one line per failed input, so a reason keeps what the user can act on and drops the rest.
 *
 * <pre>{@code
 * Reasons.of(e)            // "Unexpected end-of-input (line 3, column 1)"
 * Reasons.oneLine(ex)      // "cat.json: not valid JSON: Unexpected end-of-input (line 3, column 1)"
 * }</pre>
 */
public final class Reasons {
    /** Longer reasons are cut here: they are library detail, not what the user needs to act. */
    static final int MAX_CHARS = 200;

    private Reasons() {
    }

    /** The reason of a library's exception on one line, without its advice about its own settings. */
    public static String of(Throwable e) {
        if (e instanceof JsonProcessingException j) return json(j);
        String message = e.getMessage();
        if (message == null || message.isBlank()) return words(e);
        String first = firstLine(message);
        if (first.startsWith("Zip bomb detected")) {
            return "its parts expand far beyond their compressed size, as a zip bomb does";
        }
        return cut(first);
    }

    /**
     * The message of one of zhibiao's exceptions on one line. Where the exception wraps a JSON error, the line
     * and column replace Jackson's note about its source.
     */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? words(e) : e.getMessage();
        String first = firstLine(message);
        JsonProcessingException json = jsonCause(e);
        if (json != null && message.contains("\n")) first = first + location(json);
        return first;
    }

    private static String json(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        return cut(firstLine(original == null ? words(e) : original)) + location(e);
    }

    private static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) return "";
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) return j;
        }
        return null;
    }

    private static String firstLine(String message) {
        String s = message.strip();
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return line.endsWith(":") || line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }

    private static String cut(String line) {
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
    }

    /** "EOFException" becomes "EOF exception": a class name, as words, when a library gave no message. */
    private static String words(Throwable e) {
        return e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ")
                .replace("Exception", "exception").replace("Error", "error");
    }
}
