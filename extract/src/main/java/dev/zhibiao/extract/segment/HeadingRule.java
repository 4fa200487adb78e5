package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.Lexicon;
import dev.zhibiao.model.SectionKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises heading lines by their numbering ({@code 第一章}, {@code 一、}, {@code （一）}, {@code 1.},
 * {@code （1）}), block words ({@code 主要目标}, {@code 策略措施}, {@code 专栏}) and the shape of unnumbered
 * headings (short lines without a sentence mark), and table-of-contents entries (dot leaders, page numbers).
 */
final class HeadingRule {
    private static final String CN_NUMERALS = "一二三四五六七八九十";
    private static final String CN = "[" + CN_NUMERALS + "]{1,3}";
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百0-9]{1,3}[章部篇](?:分)?\\s*");
    private static final Pattern LEVEL1 = Pattern.compile("^" + CN + "[、.]\\s*");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（]" + CN + "[)）]\\s*");
    private static final Pattern LEVEL4 = Pattern.compile("^(\\d{1,2})[.、](?!\\d)\\s*");
    /** {@code 4.5岁以下儿童…}: a list number glued to a number that starts the item. */
    private static final Pattern LEVEL4_GLUED = Pattern.compile("^(\\d{1,2})\\.(?=\\d)");
    private static final Pattern LEVEL5 = Pattern.compile("^[(（]\\d{1,2}[)）]\\s*");
    private static final Pattern CONTENTS = Pattern.compile(
            "^(.{2,40}?)\\s*(?:[.…·]{3,}\\s*[(（]?\\d{1,3}[)）]?|[.…·]{3,}|\\t+[(（]?\\d{1,3}[)）]?|\\s+[(（]\\d{1,3}[)）])$");
    private static final Pattern NUMBERING = Pattern.compile("^[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.]?\\s*");
    /** A table row's name cell ends with its unit in brackets ({@code 巩固率(%)}); a contents entry does not. */
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(（][^()（）]{1,6}[)）]$");
    private static final Pattern TABLE_TITLE = Pattern.compile("(?:指标表|一览表|指标体系表)$");
    private static final Pattern PREFACE = Pattern.compile("^(?:序言|前言|引言|序)[：:]?$");
    /** Marks that end a sentence or clause, which a heading's title stops before and a plain heading lacks. */
    private static final String SENTENCE_MARKS = "。；;：:！？";

    private final Lexicon blocks = Lexicon.load("segment/blocks.txt");

    /** True when a line names a table row by its unit in brackets ({@code 1.学前教育毛入园率(%)}). */
    static boolean rowName(String line) {
        return line.length() <= 40 && firstSentenceMark(line) < 0 && UNIT_IN_BRACKETS.matcher(line).find();
    }

    /** True for a table-of-contents entry. */
    boolean isContents(String line) {
        // An entry ends in a page number, a closing bracket or a dot leader; testing that first spares most
        // lines the lazy match below, which tries every length of the title.
        if (line.isEmpty() || "0123456789)）.…·".indexOf(line.charAt(line.length() - 1)) < 0) return false;
        // a line of three cells or more (学前三年毛入园率⇥%⇥92⇥96) is a table's row; an entry has at most its page number
        int tab = line.indexOf('\t');
        if (tab >= 0 && line.indexOf('\t', tab + 1) >= 0) return false;
        Matcher m = CONTENTS.matcher(line);
        return m.matches() && firstSentenceMark(m.group(1)) < 0 && hanCount(m.group(1)) >= 2
                && !UNIT_IN_BRACKETS.matcher(m.group(1)).find();
    }

    /**
     * The heading on a trimmed line, or null. {@code inTable}: only table-breaking headings count. The
     * numbering patterns are anchored at the start, so they are tried there only (lookingAt), not at every
     * position of the line as find() would.
     */
    Heading match(String line, boolean inTable) {
        // each numbering opens with characters of its own: a pattern is tried only on a line that opens with one
        char first = line.isEmpty() ? '\0' : line.charAt(0);
        boolean chinese = CN_NUMERALS.indexOf(first) >= 0, bracket = first == '(' || first == '（';
        boolean digit = first >= '0' && first <= '9';
        Matcher m;
        if (first == '第' && (m = CHAPTER.matcher(line)).lookingAt()) return make(0, line, m.end(), false);
        if (chinese && (m = LEVEL1.matcher(line)).lookingAt()) return make(1, line, m.end(), false);
        if (bracket && (m = LEVEL2.matcher(line)).lookingAt()) return make(2, line, m.end(), false);
        if (line.startsWith("专栏")) return make(3, line, 0, false);
        if ("序前引".indexOf(first) >= 0 && PREFACE.matcher(line).matches()) return make(1, line, 0, false);
        if (inTable) return null;
        if (line.length() <= 14 && blockKind(line) != null) return make(3, line, 0, false);
        if (digit && (m = LEVEL4.matcher(line)).lookingAt()) return make(4, line, m.end(), false);
        if (digit && (m = LEVEL4_GLUED.matcher(line)).lookingAt() && line.length() - m.end() > 8) {
            return make(4, line, m.end(), false);
        }
        if (bracket && (m = LEVEL5.matcher(line)).lookingAt()) return make(5, line, m.end(), false);
        if (plainHeading(line)) return make(2.5, line, 0, true);
        return null;
    }

    private Heading make(double rank, String line, int bodyStart, boolean plain) {
        String title = line.substring(bodyStart).strip();
        int stop = firstSentenceMark(title);
        String shortTitle = stop < 0 ? title : title.substring(0, stop);
        String text = line.substring(0, bodyStart).strip() + shortTitle;
        SectionKind kind = blockKind(shortTitle);
        return new Heading(rank, text, shortTitle, kind, bodyStart, plain);
    }

    /** A loop, not a character class: Java tests a class of Chinese characters one member at a time. */
    private static int firstSentenceMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SENTENCE_MARKS.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** The kind a heading's own words name: it starts with a block word. */
    SectionKind blockKind(String title) {
        Matcher m = NUMBERING.matcher(title);
        String t = m.lookingAt() ? title.substring(m.end()) : title;
        for (var e : blocks.entries().entrySet()) {
            if (t.startsWith(e.getKey())) return SectionKind.valueOf(e.getValue());
        }
        // “十四五”教育事业发展主要指标表: a table named by what it lists
        return t.length() <= 30 && TABLE_TITLE.matcher(t).find() ? SectionKind.TABLE : null;
    }

    private static boolean plainHeading(String line) {
        if (line.length() < 4 || line.length() > 30) return false;
        if (firstSentenceMark(line) >= 0 || line.indexOf('\t') >= 0) return false;
        char last = line.charAt(line.length() - 1);
        if ("，、,)）”》".indexOf(last) >= 0) return false;
        return hanCount(line) >= 4 && hanCount(line) * 10 >= line.length() * 7;
    }

    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') n++;
        }
        return n;
    }
}
