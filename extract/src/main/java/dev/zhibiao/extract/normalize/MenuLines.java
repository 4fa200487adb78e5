package dev.zhibiao.extract.normalize;

import java.util.List;

/**
 * A site's menu of links, one bulleted headline a line ({@code • 某某新闻标题}): three or more such lines in a row are
 * no part of the document, and neither a heading, a headline nor a record is read from them. A bulleted line of a
 * document says something whole (it ends a sentence or holds a clause mark), or stands alone.
 */
public final class MenuLines {
    private static final String BULLETS = "•·●▪◆■◇□";
    private static final int MAX_CHARS = 32;
    /** How many bulleted headlines in a row make a menu. */
    private static final int RUN = 3;

    private MenuLines() {
    }

    /** True when the stripped line is a bulleted headline: a bullet, then a short text with no clause mark. */
    public static boolean bulleted(String line) {
        if (line.length() < 2 || line.length() > MAX_CHARS || BULLETS.indexOf(line.charAt(0)) < 0) return false;
        for (int i = 1; i < line.length(); i++) {
            if ("。；;，,：:".indexOf(line.charAt(i)) >= 0) return false;
        }
        return true;
    }

    /** Which of the stripped, non-blank lines are a menu's: runs of at least three bulleted headlines. */
    public static boolean[] of(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (!bulleted(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && bulleted(lines.get(j))) j++;
            if (j - i >= RUN) {
                for (int k = i; k < j; k++) out[k] = true;
            }
            i = j;
        }
        return out;
    }
}
