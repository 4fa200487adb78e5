package dev.zhibiao.extract.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizerStagesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "到2030年，嬰兒死亡率\n降至４‰以下。",
            "某县学前三年毛入园率达到\n95%以上，普惠性幼儿园\n覆盖率达到85%。",
            "| 指标 | 目标值 |\n| --- | --- |\n| 孕产妇死亡率 | 10/10万 |",
            "新生兒(ér)死亡率  3 . 5 %o\n\n二〇二五年 1 000 所",
            ""})
    void rejoiningTheLineByLineTextGivesTheStandardText(String text) {
        NormalizedText standard = Normalizer.standard().normalize(text);
        NormalizedText staged = Normalizer.rejoin(Normalizer.lineByLine().normalize(text));
        assertEquals(standard.text(), staged.text(), () -> "text of " + text);
        assertArrayEquals(standard.toOriginal(), staged.toOriginal(), () -> "offsets of " + text);
    }
}
