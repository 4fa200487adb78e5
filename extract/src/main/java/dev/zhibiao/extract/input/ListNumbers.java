package dev.zhibiao.extract.input;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels Word draws in front of numbered paragraphs ({@code 一、}, {@code （二）}, {@code 3．}). They are not
 * in the paragraph's text, yet plan headings and targets are numbered this way and sections are found by them,
 * so they are rebuilt from the numbering definitions and counted through the document.
 */
final class ListNumbers {
    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFNumbering numbering;
    /** Counters per list instance and level; 0 where a level has not been used since its parent moved on. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListNumbers(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
    }

    /** The paragraph's label, or "" when it is not numbered (bullets and unknown lists have none). */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) return "";
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl[] levels = levels(numId);
        if (levels == null || level >= levels.length) return "";
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) count[deeper] = 0;
        String fmt = format(levels[level]);
        if (fmt.equals("bullet") || fmt.equals("none")) return "";
        String text = levels[level].isSetLvlText() ? levels[level].getLvlText().getVal() : "%" + (level + 1) + ".";
        if (text == null) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(++i) - '1';
                int n = k < levels.length ? (count[k] == 0 ? start(levels[k]) : count[k]) : 1;
                out.append(number(n, k < levels.length ? format(levels[k]) : "decimal"));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private CTLvl[] levels(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return null;
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        return abs == null ? null : abs.getCTAbstractNum().getLvlArray();
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl lvl) {
        return lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    static String number(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "japaneseCounting" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital" -> digits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : chinese(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** 1 一, 10 十, 12 十二, 20 二十, 105 一百零五: the counting form headings use. */
    static String chinese(int n) {
        if (n <= 0 || n > 9999) return String.valueOf(n);
        if (n < 10) return digits(n);
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits(n % 10));
        StringBuilder b = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String names = "千百十";
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = !b.isEmpty();
                continue;
            }
            if (zero) b.append('零');
            zero = false;
            b.append(CHINESE_DIGITS.charAt(d));
            if (i < 3) b.append(names.charAt(i));
        }
        return b.toString();
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) b.append(c == '-' ? c : CHINESE_DIGITS.charAt(c - '0'));
        return b.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        return b.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) return String.valueOf(n);
        int repeat = (n - 1) / 26 + 1;
        return String.valueOf((char) (a + (n - 1) % 26)).repeat(repeat);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }
}
