package dev.zhibiao.error;

/**
 * A data file zhibiao reads is malformed: a manifest, a gold file, a benchmark, a catalog or a record in JSON.
 */
public class DataException extends ZhibiaoException {
    public DataException(String input, String message) {
        super(input, message);
    }

    public DataException(String input, String message, Throwable cause) {
        super(input, message, cause);
    }
}
