package dev.zhibiao.extract.normalize;

/**
 * Converts traditional characters to simplified ones as HanLP's converter does ({@link SimplifiedForms}), so
 * that {@code 嬰兒死亡率} and {@code 個百分點} read like their simplified forms. Only lines holding a traditional character are converted.
 * The converter works on words and may change a line's length; where it does, that line is converted
 * character by character, so each output character still stands for exactly one input character.
 */
final class TraditionalToSimplified implements TextRule {
    private static final SimplifiedForms FORMS = SimplifiedForms.hanlp();

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        TextEdit e = null;
        int copied = 0;
        int start = 0;
        // only lines holding a traditional character go through the converter
        while (start < t.length()) {
            int nl = t.indexOf('\n', start);
            int end = nl < 0 ? t.length() : nl + 1;
            if (hasTraditional(t, start, end)) {
                if (e == null) e = new TextEdit(in);
                String line = t.substring(start, end);
                String conv = FORMS.convert(line);
                boolean sameLength = conv.length() == line.length();
                // the characters the converter leaves as they are are copied in runs, the others appended
                for (int i = 0; i < line.length(); i++) {
                    char c = sameLength ? conv.charAt(i) : single(line.charAt(i));
                    if (c == line.charAt(i)) continue;
                    e.copy(copied, start + i);
                    e.append(c, start + i);
                    copied = start + i + 1;
                }
            }
            start = end;
        }
        if (e == null) return in;
        e.copy(copied, t.length());
        return e.result();
    }

    /**
     * Characters that have a different simplified form, found once by asking the converter about each, as bits
     * of a plain array: every character of a text is tested, and java.util.BitSet's checks cost three times more.
     */
    private static final long[] TRADITIONAL = traditionalCharacters();

    private static long[] traditionalCharacters() {
        long[] b = new long[(Character.MAX_VALUE + 1) >>> 6];
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            String s = FORMS.convert(String.valueOf(c));
            if (s.length() != 1 || s.charAt(0) != c) b[c >>> 6] |= 1L << c;
        }
        return b;
    }

    private static boolean hasTraditional(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ((TRADITIONAL[c >>> 6] & (1L << c)) != 0) return true;
        }
        return false;
    }

    private static char single(char c) {
        if (!Character.isIdeographic(c)) return c;
        String s = FORMS.convert(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }

}
