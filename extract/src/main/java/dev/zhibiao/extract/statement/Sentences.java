package dev.zhibiao.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a line into sentences (at 。！？) and sentences into clauses (at ，；：). Marks inside brackets cut
 * no clause; they still cut sentences, since a cited goal in brackets may hold several sentences.
 */
public final class Sentences {
    private Sentences() {
    }

    /** A sentence [start, end) and its clauses, offsets in the text cut. */
    public record Sentence(int start, int end, List<int[]> clauses) {
        /** The clause holding {@code offset}, as [start, end); clauses are in order, so a binary search finds it. */
        public int[] clauseAt(int offset) {
            int lo = 0, hi = clauses.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] c = clauses.get(mid);
                if (offset < c[0]) hi = mid - 1;
                else if (offset >= c[1]) lo = mid + 1;
                else return c;
            }
            return new int[] {start, end};
        }
    }

    /** The sentences of {@code text}[from, to). */
    public static List<Sentence> split(CharSequence text, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '\t') {
                if (i > s) out.add(sentence(text, s, i + 1));
                s = i + 1;
            }
        }
        if (s < to) out.add(sentence(text, s, to));
        return out;
    }

    private static Sentence sentence(CharSequence text, int start, int end) {
        List<int[]> clauses = new ArrayList<>();
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                int close = closing(text, i, end);
                if (close > 0) i = close;
            } else if (c == '，' || c == '；' || c == '：' || c == ',' || c == ';' || c == ':') {
                if (i > s) clauses.add(new int[] {s, i});
                s = i + 1;
            }
        }
        if (s < end) clauses.add(new int[] {s, end});
        return new Sentence(start, end, clauses);
    }

    /**
     * Where the gloss in brackets opened at {@code open} closes before {@code end}, or -1. A gloss that defines
     * a word for the rest of the text (`初中（13-15岁，下同）`, `县（市、区，以下简称县）`) is one piece of its clause;
     * any other bracket may hold clauses of its own (`（国家目标：90%以上，省目标：…）`, `（其中民办10所，…）`).
     */
    private static int closing(CharSequence text, int open, int end) {
        int depth = 0;
        for (int i = open; i < end && i - open <= 30; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && --depth == 0) return definesWord(text, open, i) ? i : -1;
        }
        return -1;
    }

    private static boolean definesWord(CharSequence text, int open, int close) {
        String gloss = text.subSequence(open + 1, close).toString();
        return gloss.endsWith("下同") || gloss.contains("简称");
    }
}
