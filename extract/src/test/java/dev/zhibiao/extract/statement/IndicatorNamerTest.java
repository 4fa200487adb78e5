package dev.zhibiao.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicatorNamerTest {
    private static final IndicatorNamer NAMER = new IndicatorNamer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿死亡率降至                         | 新生儿死亡率
            到2025年，学前教育毛入园率达到             | 学前教育毛入园率
            确保儿童每天接触户外自然光不少于           | 儿童每天接触户外自然光
            儿童伤害死亡率以2020年为基数下降           | 儿童伤害死亡率
            九年义务教育巩固率在                       | 九年义务教育巩固率
            5岁以下儿童贫血率和生长迟缓率2025年分别达到 | 5岁以下儿童贫血率和生长迟缓率
            普惠性幼儿园在园幼儿占比不低于              | 普惠性幼儿园在园幼儿占比
            全区7岁以下儿童健康服务率                  | 7岁以下儿童健康服务率
            较2023年提高                              | ''
            2030年在                                  | ''
            “十四五”期间，孤儿助学覆盖率             | 孤儿助学覆盖率
            近三年来，儿童之家覆盖率                   | 儿童之家覆盖率
            与2020年相比，婴儿死亡率                   | 婴儿死亡率
            儿童近视率比全省平均水平低                  | 儿童近视率
            在此基础上，托位数                         | 托位数
            ，新生儿死亡率：                          | 新生儿死亡率
            """)
    void findsTheSubjectBeforeANumber(String window, String expected) {
        assertEquals(expected, NAMER.subject(window), () -> "subject of " + window);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            儿童友好公园，完善配套设施                  | 儿童友好公园
            的社区图书馆设立亲子阅读区                  | 社区图书馆设立亲子阅读区
            集宣教、培训、娱乐于一体的多功能儿童活动中心  | 多功能儿童活动中心
            学校设立普法驿站作为法治宣传的前沿阵地        | 学校设立普法驿站
            提供规范儿童基本医疗服务的全科医生           | 提供规范儿童基本医疗服务的全科医生
            基础上继续提高                             | ''
            以上                                      | ''
            ，较2023年                                 | ''
            """)
    void findsTheObjectAfterANumber(String after, String expected) {
        assertEquals(expected, NAMER.object(after), () -> "object of " + after);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新生儿、婴儿和5岁以下儿童死亡率     | 3 | 新生儿死亡率,婴儿死亡率,5岁以下儿童死亡率
            5岁以下儿童贫血率和生长迟缓率      | 2 | 5岁以下儿童贫血率,5岁以下儿童生长迟缓率
            学前教育毛入园率、九年义务教育巩固率、高中阶段毛入学率 | 3 | 学前教育毛入园率,九年义务教育巩固率,高中阶段毛入学率
            新生儿死亡率                        | 2 | ''
            城市和农村社区儿童之家覆盖率          | 2 | 城市社区儿童之家覆盖率,农村社区儿童之家覆盖率
            小学生、初中生、高中生近视率          | 3 | 小学生近视率,初中生近视率,高中生近视率
            城镇和农村儿童医疗保险参保率          | 2 | 城镇儿童医疗保险参保率,农村儿童医疗保险参保率
            """)
    void splitsListSubjects(String subject, int n, String expected) {
        assertEquals(expected, String.join(",", NAMER.items(subject, n)), () -> "items of " + subject);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3岁以下儿童系统管理率和7岁以下儿童健康管理率 | false | 3岁以下儿童系统管理率,7岁以下儿童健康管理率
            0—6岁儿童眼保健和视力检查覆盖率             | false | 0—6岁儿童眼保健和视力检查覆盖率
            建卡率、建证率、证卡符合率                  | true  | 建卡率,建证率,证卡符合率
            卡介苗、乙肝疫苗全程、五苗全程合格接种率      | true  | 卡介苗接种率,乙肝疫苗全程接种率,五苗全程合格接种率
            中小学(含中职)、幼儿园家长学校建立率         | false | 中小学(含中职)、幼儿园家长学校建立率
            """)
    void sharesOneValueOverSeveralIndicators(String subject, boolean distributive, String expected) {
        List<String> names = NAMER.shared(subject, distributive);
        assertEquals(expected, String.join(",", names), () -> "names in " + subject);
    }
}
