package dev.zhibiao.extract.indicator;

import dev.zhibiao.extract.Lexicon;

import java.util.Map;

/**
 * Whether a unit counts things or people ({@code 所} → 数), from the list the name finisher uses
 * ({@code statement/quantity-names.txt}): the catalog tries a name of what is counted as its count.
 */
final class CountEndings {
    private static final Map<String, String> ENDINGS = Lexicon.load("statement/quantity-names.txt").entries();

    private CountEndings() {
    }

    /**
     * 数 for a unit that counts things or people ({@code 所}, {@code 名}), else null: a count of events or a time
     * ({@code 次} → 次数, {@code 小时} → 时间) names what happens, not the thing, and is not tried.
     */
    static String of(String unit) {
        // 万所, 亿人: a count in ten thousands counts the same things
        if (unit.length() > 1 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿')) unit = unit.substring(1);
        return "数".equals(ENDINGS.get(unit)) ? "数" : null;
    }
}
