package dev.zhibiao.extract.indicator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameNormalizerTest {
    private static final ResolverLexicon LEXICON = ResolverLexicon.bundled();
    private static final NameNormalizer N = new NameNormalizer(LEXICON);
    private static final Qualifiers Q = new Qualifiers(LEXICON);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "学前三年毛入园率（%）            | 学前三年毛入园率",
            "儿童伤害死亡率（1/10万）         | 儿童伤害死亡率",
            "每千名儿童拥有床位数（张）       | 每千名儿童拥有床位数",
            "0—6岁儿童眼保健和视力检查覆盖率  | 0-6岁儿童眼保健和视力检查覆盖率",
            "0～6个月婴儿纯母乳喂养率         | 0-6个月婴儿纯母乳喂养率",
            "中小学生《国家学生体质健康标准》优良率 | 中小学生国家学生体质健康标准优良率",
            "示范型“儿童之家”覆盖率           | 示范型儿童之家覆盖率",
            "十二岁儿童龋患率                 | 12岁儿童龋患率",
            "五周岁以下儿童死亡率             | 5岁以下儿童死亡率",
            "2.婴儿死亡率                     | 婴儿死亡率",
            "（1）新生儿访视率：              | 新生儿访视率",
            "农村社区（村）比例               | 农村社区(村)比例",
            "儿童友好基地(含青少年科技教育基地) | 儿童友好基地(含青少年科技教育基地)",
    })
    void normalizes(String in, String expected) {
        assertEquals(expected, N.normalize(in), () -> "normalising " + in);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "新生兒死亡率          | 新生儿死亡率",
            "十二歲兒童齲患率      | 12岁儿童龋患率",
            "0—6歲兒童健康管理率   | 0-6岁儿童健康管理率",
            "学前教育毛入园率      | 学前教育毛入园率",
    })
    void simplifies(String in, String expected) {
        assertEquals(expected, N.simplify(N.normalize(in)), () -> "simplifying " + in);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "以乡镇(街道)为单位的适龄儿童免疫规划疫苗接种率 | 适龄儿童免疫规划接种率",
            "每千名儿童至少拥有儿科执业(助理)医生数         | 每千名儿童儿科执业(助理)医生数",
            "确保儿童每天接触户外自然光时间                  | 儿童每天接触户外自然光时间",
            "全区基础型儿童之家覆盖率                        | 基础型儿童之家覆盖率",
            "每千人口拥有3岁以下婴幼儿托位数                 | 每千人口3岁以下婴幼儿托位数",
            "5岁以下儿童贫血患病率                           | 5岁以下儿童贫血率",
            "小学生近视发生率                                | 小学生近视率",
            "新生儿死亡率                                    | 新生儿死亡率",
            "2025年新生儿死亡率                              | 新生儿死亡率",
            "截至2020年底学前教育毛入园率                    | 学前教育毛入园率",
            "我区学前教育毛入园率                            | 学前教育毛入园率",
            "学前教育毛入园率保持在                          | 学前教育毛入园率",
            "12岁儿童龋患率控制在                            | 12岁儿童龋患率",
    })
    void stripsFillers(String in, String expected) {
        assertEquals(expected, N.strip(N.normalize(in)), () -> "stripping " + in);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "7岁以下儿童健康管理率           | [age:0-7]",
            "0-6岁儿童健康管理率             | [age:0-7]",
            "3岁以下儿童系统管理率           | [age:0-3]",
            "6个月内婴儿纯母乳喂养率         | [month:0-6, stage:婴儿]",
            "0-6个月婴儿纯母乳喂养率         | [month:0-6, stage:婴儿]",
            "12岁儿童龋患率                  | [age:12-13]",
            "小学生近视率                    | [school:小学]",
            "初中生近视率                    | [school:初中]",
            "中小学生近视率                  | [school:中小学]",
            "高中阶段学生近视率              | [school:高中]",
            "普通高中毛入学率                | [ratio:毛入学, school:普通高中]",
            "小学学龄儿童净入学率            | [ratio:净入学, school:小学]",
            "学前一年毛入园率                | [ratio:毛入学, span:一年]",
            "城区社区家长学校覆盖率          | [area:城市, place:学校, place:社区]",
            "农村社区家长学校覆盖率          | [area:农村, place:学校, place:社区]",
            "麻风腮疫苗合格接种率            | [vaccine:麻腮风]",
            "麻风疫苗合格接种率              | [vaccine:麻风]",
            "AAA级规范化门诊数               | [grade:AAA级]",
            "新生儿死亡率                    | [stage:新生儿]",
            "婴儿死亡率                      | [stage:婴儿]",
            "儿童伤害死亡率                  | [cause:伤害]",
            "学前教育毛入园率                | [ratio:毛入学]",
            "儿童友好公园数                  | [place:公园]",
            "产前筛查率                      | []",
    })
    void readsQualifiers(String name, String expected) {
        assertEquals(expected, Q.of(name).toString(), () -> "qualifiers of " + name);
    }
}
