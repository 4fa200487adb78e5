package dev.zhibiao.extract.indicator;

import com.hankcs.hanlp.HanLP;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings an indicator name to the form aliases are indexed under. Plans write the same name in full-width or
 * traditional characters, with quotes, book-title marks, spaces from line breaks, a unit in brackets after a
 * table row's name, list numbering in front, and ages in Chinese numerals or with a long dash.
 */
final class NameNormalizer {
    private static final Pattern DROP = Pattern.compile("[\\s\"'“”‘’《》〈〉「」『』【】]");
    private static final Pattern DIGIT_DASH = Pattern.compile("(?<=\\d)[—–―\\-~至到](?=\\d)");
    private static final Pattern NUMBERING = Pattern.compile("^(\\(?[0-9一二三四五六七八九十]{1,3}[).、．]|[0-9]{1,2}\\.(?!\\d))");
    private static final Pattern AGE_NUMERAL = Pattern.compile("([零一二两三四五六七八九十]{1,3})(?=(岁|个月|月龄))");
    private static final Pattern TRAILING = Pattern.compile("[,，。;；:：、.]+$");
    private static final String NUMERALS = "零一二三四五六七八九";

    private final ResolverLexicon lexicon;

    NameNormalizer(ResolverLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The normalised name: the key of the exact index. Traditional characters are left for
     * {@link #simplify}, so that the common case pays no dictionary look-up.
     */
    String normalize(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = DROP.matcher(s).replaceAll("");
        s = s.replace("周岁", "岁");
        s = DIGIT_DASH.matcher(s).replaceAll("-");
        s = ageNumerals(s);
        s = TRAILING.matcher(s).replaceAll("");
        String before;
        do {
            before = s;
            s = lexicon.unitSuffix().matcher(s).replaceAll("");
            s = NUMBERING.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    /** The name in simplified characters (HanLP's conversion table); the same string when it has none to convert. */
    String simplify(String normalized) {
        if (!hasHan(normalized)) return normalized;
        String s = HanLP.convertToSimplifiedChinese(normalized);
        return s.equals(normalized) ? s : normalize(s);
    }

    /** The normalised name without filler words: the key of the second index. */
    String strip(String normalized) {
        String s = normalized;
        for (Pattern p : lexicon.fillers()) s = p.matcher(s).replaceAll("");
        return s;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String ageNumerals(String s) {
        Matcher m = AGE_NUMERAL.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Integer.toString(chineseNumber(m.group(1))));
        m.appendTail(sb);
        return sb.toString();
    }

    /** 一 … 九十九, as ages are written; 两 counts as 二. */
    static int chineseNumber(String t) {
        t = t.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) return digit(t);
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int units = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(String t) {
        int v = 0;
        for (char c : t.toCharArray()) v = v * 10 + Math.max(0, NUMERALS.indexOf(c));
        return v;
    }
}
