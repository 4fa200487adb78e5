package dev.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs a command line names: files, the files in named folders, and {@code -} for standard input.
 * A folder stands for the regular files directly in it, sorted by name, hidden ones left out; its subfolders
 * are not searched, so that a run reads what the user named and no more.
 */
final class InputFiles {
    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private InputFiles() {
    }

    /** The files to read, in order, and one line for each named folder that gave none. */
    record Expansion(List<Path> files, List<String> problems) {
    }

    static Expansion expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : named) {
            if (!Files.isDirectory(p)) {
                // Files, missing paths and special files alike: reading them gives the error that fits.
                files.add(p);
                continue;
            }
            try {
                List<Path> inFolder = list(p, Files::isRegularFile);
                if (inFolder.isEmpty()) problems.add(p + ": " + nothingIn(p));
                files.addAll(inFolder);
            } catch (IOException e) {
                problems.add(p + ": cannot list folder (" + e.getMessage() + ")");
            }
        }
        return new Expansion(files, problems);
    }

    static boolean isStdin(Path p) {
        return p.toString().equals(STDIN);
    }

    private static String nothingIn(Path folder) throws IOException {
        List<Path> sub = list(folder, Files::isDirectory);
        if (sub.isEmpty()) return "no input files found in this folder";
        return "no input files found in this folder; its " + sub.size() + " subfolder(s) ("
                + String.join(", ", sub.stream().limit(3).map(s -> s.getFileName().toString()).toList())
                + (sub.size() > 3 ? ", …" : "") + ") are not searched: name them";
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> kind) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(kind).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
