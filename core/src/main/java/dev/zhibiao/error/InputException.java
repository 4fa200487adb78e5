package dev.zhibiao.error;

/**
 * An input cannot be read as a document: missing or unreadable, empty, binary, not decodable, too large.
 * The message reads {@code plan.txt: not decodable as UTF-8, GB18030, Big5 or UTF-16}.
 */
public class InputException extends ZhibiaoException {
    public InputException(String input, String message) {
        super(input, message);
    }

    public InputException(String input, String message, Throwable cause) {
        super(input, message, cause);
    }
}
