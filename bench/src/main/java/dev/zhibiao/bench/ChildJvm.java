package dev.zhibiao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM on this JVM's class path (the fat jar, or the module's classes under Maven), so that start-up and
 * heap are measured as a user meets them and not in the warm, crowded benchmark JVM.
 */
final class ChildJvm {
    /** What the child printed, when the awaited line came, and how it ended. */
    record Outcome(List<String> lines, double secondsToLine, double secondsToExit, int exitCode) {
        /** The value of the first {@code key=value} line printed, or null. */
        String value(String key) {
            for (String l : lines) if (l.startsWith(key + "=")) return l.substring(key.length() + 1).strip();
            return null;
        }
    }

    private ChildJvm() {
    }

    /**
     * Starts {@code main} in a new JVM with {@code jvmOptions}, reads its output and notes when the first line
     * starting with {@code awaited} appears (NaN when it never does).
     */
    static Outcome run(List<String> jvmOptions, Class<?> main, List<String> args, String awaited, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            List<String> lines = new ArrayList<>();
            double toLine = Double.NaN;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (Double.isNaN(toLine) && line.startsWith(awaited)) toLine = (System.nanoTime() - start) / 1e9;
                    lines.add(line);
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " did not finish within " + timeoutSeconds + " s");
            }
            return new Outcome(List.copyOf(lines), toLine, (System.nanoTime() - start) / 1e9, p.exitValue());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a JVM (" + command.get(0) + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + main.getSimpleName(), e);
        }
    }
}
