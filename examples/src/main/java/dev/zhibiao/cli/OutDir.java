package dev.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder an {@code --out} option names, made and tried before any input is read: a batch that could not
 * write its outputs would otherwise do all its work and then fail once per input.
 */
final class OutDir {
    private OutDir() {
    }

    /** Makes the folder if it is missing and writes a probe into it; the problem in words, or null when usable. */
    static String prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) return "exists and is not a folder";
        try {
            Files.createDirectories(dir);
            // Permissions alone do not tell (root writes anywhere, a read-only mount refuses everyone): try it.
            Path probe = Files.createTempFile(dir, ".zhibiao-", ".probe");
            Files.delete(probe);
            return null;
        } catch (IOException e) {
            return "cannot be written (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")";
        }
    }
}
