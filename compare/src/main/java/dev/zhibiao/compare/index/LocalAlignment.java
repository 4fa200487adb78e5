package dev.zhibiao.compare.index;

/**
 * The best local alignment of two texts, character by character (Smith-Waterman: +2 for a match,
 * -1 for a mismatch or a gap). {@code coverage} is the score over the best the first text could get,
 * so 1 means the first text stands whole in the second and 0.5 that about half of it does.
 *
 * <pre>{@code
 * LocalAlignment.of("加强儿童近视防控工作", "各地加强儿童近视防控").coverage();   // 0.8
 * }</pre>
 *
 * @param score  the alignment's score
 * @param aStart where the aligned passage starts in the first text
 * @param aEnd   where it ends (exclusive)
 * @param bStart where it starts in the second text
 * @param bEnd   where it ends (exclusive)
 * @param aLength the first text's length
 */
public record LocalAlignment(int score, int aStart, int aEnd, int bStart, int bEnd, int aLength) {
    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -1;

    /** Aligns {@code a} against {@code b}; cost grows with the product of their lengths. */
    public static LocalAlignment of(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] h = new int[n + 1][m + 1];
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int diag = h[i - 1][j - 1] + (ca == b.charAt(j - 1) ? MATCH : MISMATCH);
                int v = Math.max(0, Math.max(diag, Math.max(h[i - 1][j] + GAP, h[i][j - 1] + GAP)));
                h[i][j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && h[i][j] > 0) {
            int v = h[i][j];
            if (v == h[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? MATCH : MISMATCH)) {
                i--;
                j--;
            } else if (v == h[i - 1][j] + GAP) {
                i--;
            } else {
                j--;
            }
        }
        return new LocalAlignment(best, i, bi, j, bj, n);
    }

    /** The score over the best possible for the first text: every character matching. */
    public double coverage() {
        return aLength == 0 ? 0 : Math.min(1.0, score / (double) (MATCH * aLength));
    }

    /** The aligned passage of the first text. */
    public String passageOf(String a) {
        return a.substring(aStart, aEnd);
    }
}
