package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files that are not there or not readable, and inputs past a limit, get a typed error naming them. */
class LimitsAndFilesTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        Path file = dir.resolve("没有的规划.txt");
        InputException e = assertThrows(InputException.class, () -> Inputs.read(file));
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(file.toString(), e.input());
    }

    @Test
    void directory() {
        InputException e = assertThrows(InputException.class, () -> Inputs.read(dir));
        assertEquals(dir + ": is a directory, not a file", e.getMessage());
    }

    @Test
    void deviceIsRefusedWithoutReadingIt() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "no /dev/null on this system");
        InputException e = assertThrows(InputException.class, () -> Inputs.read(device));
        assertEquals("/dev/null: a named pipe, device or socket, not a regular file", e.getMessage(),
                "a device is refused before it is opened, not read as an empty (or endless) file");
    }

    @Test
    void namedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("plan.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            throw new org.opentest4j.TestAbortedException("no mkfifo on this system");
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo made no pipe");
        // Opening a pipe for reading blocks until someone writes: a refusal that returns is the whole test.
        InputException e = assertThrows(InputException.class, () -> Inputs.read(fifo));
        assertEquals(fifo + ": a named pipe, device or socket, not a regular file", e.getMessage());
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.txt"), "规划");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions do not bind this user (root)");
        InputException e = assertThrows(InputException.class, () -> Inputs.read(file));
        assertEquals(file + ": not readable (permission denied)", e.getMessage());
    }

    @Test
    void streamThatFailsMidway() {
        InputStream failing = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) throw new IOException("connection reset");
                return 'a';
            }
        };
        InputException e = assertThrows(InputException.class, () -> Inputs.read("remote.txt", failing));
        assertEquals("remote.txt: cannot be read (connection reset)", e.getMessage());
    }

    @Test
    void fileOverTheByteLimitIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "儿童".repeat(1000));
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read(file, InputLimits.DEFAULT.withMaxBytes(1000)));
        assertEquals(file + ": too large: 6000 bytes; the limit is 1000 (InputLimits.maxBytes)", e.getMessage());
    }

    @Test
    void fiftyMegabyteDocumentIsRefusedByItsLength() {
        long size = 50L * 1000 * 1000;
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("huge.txt", new RepeatingStream("儿童健康水平不断提高，覆盖率达到95%以上。\n", size)));
        assertEquals("huge.txt: too large: more than 2000000 characters of text (the limit is InputLimits.maxChars)",
                e.getMessage());
    }

    @Test
    void endlessStreamStopsAtTheByteLimit() {
        InputException e = assertThrows(InputException.class, () -> Inputs.read("endless.txt",
                new RepeatingStream("规划\n", Long.MAX_VALUE), InputLimits.DEFAULT.withMaxBytes(1 << 20)));
        assertEquals("endless.txt: too large: more than 1048576 bytes; the limit is 1048576 (InputLimits.maxBytes)",
                e.getMessage());
    }

    @Test
    void oneMegabyteLineIsRefusedByDefaultAndReadWhenAllowed() {
        String line = "儿童".repeat(512 * 1024);
        byte[] bytes = ("标题\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class,
                () -> Inputs.read("oneline.txt", new ByteArrayInputStream(bytes)));
        assertEquals("oneline.txt: line 2 has 1048576 characters; the limit is 100000 (InputLimits.maxLineChars)",
                e.getMessage());
        String text = Inputs.read("oneline.txt", new ByteArrayInputStream(bytes),
                InputLimits.DEFAULT.withMaxLineChars(2_000_000)).text();
        assertEquals(1048576 + 4, text.length(), "with the limit raised the whole line is read");
    }

    @Test
    void streamNameGivesTheId() {
        var doc = Inputs.read("downloads/规划全文.TXT", new ByteArrayInputStream("规划".getBytes(StandardCharsets.UTF_8)));
        assertEquals("规划全文", doc.id());
        assertEquals("规划全文.TXT", doc.fileName());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> InputLimits.DEFAULT.withMaxChars(0));
    }

    /** A long input made on the fly, so the test holds no more than the reader does. */
    static final class RepeatingStream extends InputStream {
        private final byte[] unit;
        private final long size;
        private long pos;

        RepeatingStream(String unit, long size) {
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            return pos >= size ? -1 : unit[(int) (pos++ % unit.length)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= size) return -1;
            int n = (int) Math.min(len, size - pos);
            for (int i = 0; i < n; i++) b[off + i] = unit[(int) (pos++ % unit.length)];
            return n;
        }
    }
}
