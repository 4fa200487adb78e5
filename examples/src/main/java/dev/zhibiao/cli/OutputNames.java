package dev.zhibiao.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a batch gives its outputs (and the index its documents): each input's file name without its
 * extension, as {@code a/plan.txt} gives {@code plan}. Where inputs share that name ({@code a/plan.txt} and
 * {@code b/plan.txt}, or {@code plan.txt} and {@code plan.docx}) the first in the order given keeps it and the
 * others are numbered {@code plan-2}, {@code plan-3}, …, skipping any name another input has, so that no output
 * overwrites another and the same inputs in the same order always get the same names. Names are compared
 * without regard to case, as some file systems do.
 */
final class OutputNames {
    private final List<String> names;
    private final List<String> notes;

    private OutputNames(List<String> names, List<String> notes) {
        this.names = names;
        this.notes = notes;
    }

    /** Names for inputs known by these file names (paths or bare names), in their order. */
    static OutputNames of(List<String> inputs) {
        List<String> bases = inputs.stream().map(OutputNames::base).toList();
        Set<String> reserved = new HashSet<>();
        for (String b : bases) reserved.add(key(b));
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String b : bases) {
            String name = b;
            if (!used.add(key(name))) {
                int n = 2;
                while (reserved.contains(key(b + "-" + n)) || used.contains(key(b + "-" + n))) n++;
                name = b + "-" + n;
                used.add(key(name));
            }
            names.add(name);
        }
        return new OutputNames(List.copyOf(names), notes(inputs, bases, names));
    }

    /** The name of the i-th input. */
    String get(int i) {
        return names.get(i);
    }

    /** One line for each name that several inputs share, saying which input got which name. */
    List<String> notes() {
        return notes;
    }

    /** The file name without its extension: {@code a/plan.txt} gives {@code plan}. */
    static String base(String input) {
        String file = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> notes(List<String> inputs, List<String> bases, List<String> names) {
        Map<String, List<Integer>> byBase = new LinkedHashMap<>();
        for (int i = 0; i < bases.size(); i++) byBase.computeIfAbsent(key(bases.get(i)), k -> new ArrayList<>()).add(i);
        List<String> notes = new ArrayList<>();
        for (List<Integer> group : byBase.values()) {
            if (group.size() < 2) continue;
            List<String> pairs = group.stream().map(i -> inputs.get(i) + " as " + names.get(i)).toList();
            notes.add(group.size() + " inputs are named " + bases.get(group.get(0)) + "; in the order given they are "
                    + String.join(", ", pairs));
        }
        return List.copyOf(notes);
    }
}
