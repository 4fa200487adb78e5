package dev.zhibiao.cli;

import dev.zhibiao.error.ZhibiaoException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old file or the whole new one, never a part: the content goes
 * to a temporary file in the same folder, is flushed to disk, then renamed over the target in one step. A batch
 * killed mid-write leaves at most a hidden {@code .name.*.tmp} file, never a half-written output.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/plan.json"), json);
 * AtomicFiles.write(Path.of("out/report.csv"), out -> table.writeCsv(out));
 * }</pre>
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What to write, given the stream of the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text as UTF-8. */
    public static Path write(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return write(target, out -> out.write(bytes));
    }

    /** Writes bytes. */
    public static Path write(Path target, byte[] bytes) {
        return write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces; if it fails, the target is left as it was and the temporary file is
     * removed. Folders are created as needed.
     *
     * @return the target
     * @throws ZhibiaoException naming the target when it cannot be written
     */
    public static Path write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            shareable(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            temp = null;
            return target;
        } catch (IOException e) {
            throw new ZhibiaoException(target.toString(), "cannot be written (" + e + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed; that failure is the one to report.
                }
            }
        }
    }

    /**
     * A temporary file is private (rw-------); an output is read by others too: it keeps the permissions of the
     * file it replaces, or gets rw-r--r-- like a file written the ordinary way.
     */
    private static void shareable(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on file systems without rename; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
