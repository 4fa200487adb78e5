package dev.zhibiao.error;

/**
 * The root of zhibiao's unchecked exceptions. Each names the input it concerns (a file name, a resource,
 * a document id) so that a batch can report which input failed and why.
 */
public class ZhibiaoException extends RuntimeException {
    private final String input;

    public ZhibiaoException(String input, String message) {
        this(input, message, null);
    }

    public ZhibiaoException(String input, String message, Throwable cause) {
        super(input == null ? message : input + ": " + message, cause);
        this.input = input;
    }

    /** The input the problem is with, or null when it concerns none. */
    public String input() {
        return input;
    }
}
