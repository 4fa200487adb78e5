package dev.zhibiao.extract.number;

/**
 * Reads numbers written in Chinese numerals or digits: {@code 九十五} 95, {@code 三点五} 3.5, {@code 十二} 12,
 * {@code 两} 2, {@code 一百零五} 105, {@code 二〇二五} 2025, {@code 1.12} 1.12; the financial forms
 * ({@code 肆拾肆} 44, {@code 壹佰伍拾} 150); and the spoken elision of a last unit ({@code 两千四百五} 2450,
 * {@code 三百五} 350, {@code 一万二} 12000); 万 and 亿 inside a numeral ({@code 一百零一万一千} 1011000). Returns null
 * for what is not a well-formed number ({@code 1.2.3}, an empty string, digits too long to be a quantity) and for
 * an estimate ({@code 二三十}).
 */
public final class ChineseNumber {
    private static final int MAX_DIGITS = 15;

    private ChineseNumber() {
    }

    /** The value of {@code s}, or null. */
    public static Double parse(String s) {
        if (s == null || s.isEmpty()) return null;
        if (isArabic(s)) return arabic(s);
        int point = s.indexOf('点');
        if (point >= 0) {
            Double whole = integer(s.substring(0, point));
            String frac = s.substring(point + 1);
            if (whole == null || frac.isEmpty()) return null;
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < frac.length(); i++) {
                int d = digit(frac.charAt(i));
                if (d < 0) return null;
                digits.append(d);
            }
            return Double.parseDouble(whole.longValue() + "." + digits);
        }
        return integer(s);
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') return false;
        }
        return true;
    }

    private static Double arabic(String s) {
        int dot = s.indexOf('.');
        if (dot != s.lastIndexOf('.') || dot == 0 || dot == s.length() - 1) return null;
        int digits = s.length() - (dot < 0 ? 0 : 1);
        if (digits > MAX_DIGITS) return null;
        return Double.parseDouble(s);
    }

    /** The tenth a digit after 成 adds to a share in tenths: 三成半 is 35%, 七成六 76%; 0 when none. */
    static double tenth(char c) {
        return c == '半' ? 5 : Math.max(0, digit(c));
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    private static long power(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }

    private static Double integer(String s) {
        if (s.isEmpty()) return null;
        if (isArabic(s)) return arabic(s);
        boolean positional = true;
        for (int i = 0; i < s.length(); i++) {
            if (power(s.charAt(i)) > 0) positional = false;
        }
        if (positional) {
            if (s.length() > MAX_DIGITS) return null;
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) return null;
                v = v * 10 + d;
            }
            return (double) v;
        }
        long total = 0, section = 0, number = 0;
        // the power just written, when the digit after it follows it directly (两千四: 4 stands for 400)
        long elided = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                // 二三十 is "twenty or thirty", an estimate and no number; only 零 stands before a digit
                if (i > 0 && digit(s.charAt(i - 1)) > 0) return null;
                elided = i > 0 && power(s.charAt(i - 1)) >= 100 && d > 0 ? power(s.charAt(i - 1)) / 10 : 0;
                number = d;
                any = true;
                continue;
            }
            elided = 0;
            long p = power(c);
            if (p < 0) return null;
            if (p >= 10_000) {
                section = (section + number) * p;
                total += section;
                section = 0;
            } else {
                section += (number == 0 && !any ? 1 : number) * p;
                if (number == 0 && any && c != '十') return null;
            }
            number = 0;
            any = true;
        }
        // a last digit right after 百, 千 or 万 counts in the unit below it: 三百五 is 350, 一万二 12000
        if (elided > 0 && s.length() >= 3) number *= elided;
        return (double) (total + section + number);
    }
}
