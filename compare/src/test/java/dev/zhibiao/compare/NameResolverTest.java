package dev.zhibiao.compare;

import dev.zhibiao.extract.indicator.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameResolverTest {
    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            以镇（街道）为单位的适龄儿童免疫规划疫苗接种率 | 适龄儿童免疫规划疫苗接种率
            以乡镇为单位适龄儿童免疫规划疫苗接种率         | 适龄儿童免疫规划疫苗接种率
            中小学生《国家学生体质健康标准》达标优良率     | 中小学生国家学生体质健康标准达标优良率
            0—6岁儿童眼保健和视力检查覆盖率                | 0-6岁儿童眼保健和视力检查覆盖率
            每千名儿童拥有儿科执业（助理）医生数           | 每千名儿童拥有儿科执业(助理)医生数
            全县农村自来水普及率                           | 农村自来水普及率
            """)
    void sameIndicator(String a, String b) {
        assertEquals(IndicatorResolver.byName().resolve(b).id(), IndicatorResolver.byName().resolve(a).id(),
                a + " and " + b + " name one indicator");
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率     | 婴儿死亡率
            小学生近视率     | 初中生近视率
            5岁以下儿童死亡率 | 儿童伤害死亡率
            以上学生近视率   | 学生近视率
            全面两孩家庭比例 | 两孩家庭比例
            """)
    void differentIndicators(String a, String b) {
        assertNotEquals(IndicatorResolver.byName().resolve(b).id(), IndicatorResolver.byName().resolve(a).id(),
                a + " and " + b + " are different indicators");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率                 | LOWER_IS_BETTER
            5岁以下儿童贫血患病率        | LOWER_IS_BETTER
            12岁儿童龋患率               | LOWER_IS_BETTER
            学前教育毛入园率             | HIGHER_IS_BETTER
            农村自来水普及率             | HIGHER_IS_BETTER
            每千名儿童拥有床位数         | HIGHER_IS_BETTER
            小学生每天睡眠时间           | NEITHER
            儿童友好公园                 | NEITHER
            """)
    void polarityFromTheNamesEnding(String name, Polarity expected) {
        assertEquals(expected, IndicatorResolver.byName().resolve(name).polarity(), "polarity of " + name);
    }
}
