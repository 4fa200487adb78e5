package dev.zhibiao.extract.specs;

import java.util.List;
import java.util.function.Function;

/**
 * Reads the input of a spec row with one stage of the extractor and writes what it gives in the compact form
 * the file's {@code expected} column uses, {@link SpecRow#NONE} when it gives nothing.
 */
public interface SpecReader {
    /** What the code gives for the row. */
    String read(SpecRow row);

    /** Columns besides input, expected and status the reader needs (a file may give one as a setting). */
    default List<String> columns() {
        return List.of();
    }

    /** Throws IllegalArgumentException when a row's own cells are not what the reader understands. */
    default void check(SpecRow row) {
    }

    /** Whether what came is what the row expects; plain equality unless the reader compares values. */
    default boolean same(String expected, String got) {
        return expected.equals(got);
    }

    /** More to show when a row fails (what the extractor saw of the document); empty by default. */
    default String detail(SpecRow row) {
        return "";
    }

    /** A reader of the input cell alone. */
    static SpecReader of(Function<String, String> read) {
        return row -> read.apply(row.input());
    }

    /** Several outputs in the files' form: joined by " ; ", or none. */
    static String joined(List<String> outputs) {
        return outputs.isEmpty() ? SpecRow.NONE : String.join(" ; ", outputs);
    }

    /** One output that may be missing (null or empty): none then. */
    static String orNone(Object output) {
        return output == null || output.toString().isEmpty() ? SpecRow.NONE : output.toString();
    }
}
