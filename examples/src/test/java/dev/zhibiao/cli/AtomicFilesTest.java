package dev.zhibiao.cli;

import dev.zhibiao.error.ZhibiaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An output is either the old file or the whole new one; a failed write leaves nothing behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndCreatesFolders() throws IOException {
        Path target = dir.resolve("out/plans/规划.json");
        AtomicFiles.write(target, "{\"records\": []}\n");
        assertEquals("{\"records\": []}\n", Files.readString(target));
        assertEquals(java.util.List.of(target.getFileName()), names(target.getParent()), "only the target remains");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("a.json"), "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = Files.writeString(dir.resolve("a.json"), "old");
        ZhibiaoException e = assertThrows(ZhibiaoException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"records\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals(target.toString(), e.input(), "the error names the target");
        assertEquals("old", Files.readString(target), "the old content is untouched");
        assertEquals(java.util.List.of(target.getFileName()), names(dir), "no temporary file is left");
    }

    @Test
    void aFailedFirstWriteLeavesNoFile() throws IOException {
        Path target = dir.resolve("b.json");
        assertThrows(ZhibiaoException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("interrupted");
        }));
        assertFalse(Files.exists(target), "no half-written output");
        assertEquals(java.util.List.of(), names(dir), "no temporary file is left");
    }

    private static java.util.List<Path> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    @org.junit.jupiter.api.Test
    void outputsAreReadableByOthersLikeOrdinaryFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path out = AtomicFiles.write(dir.resolve("report.html"), "<html></html>");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.getFileStore(out)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        org.junit.jupiter.api.Assertions.assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions
                .toString(java.nio.file.Files.getPosixFilePermissions(out)));
    }
}
