package dev.zhibiao.extract.specs;

/** A spec file that does not follow the format of {@code specs/README.md}, named by file and line. */
public final class SpecFormatException extends RuntimeException {
    public SpecFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
