package dev.zhibiao.extract.statement;

import dev.zhibiao.model.Comparator;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The small readers of a statement, each with its examples and counter-examples. */
class ReadersTest {
    private final BoundReader bounds = new BoundReader();
    private final ChangeReader changes = new ChangeReader();
    private final ScopeReader scopes = new ScopeReader();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            覆盖率不低于        | >=
            时间不少于          | >=
            每天至少            | >=
            达标率≥             | >=
            用时不超过          | <=
            比例不高于          | <=
            死亡率≤             | <=
            率高于              | >
            人数超过            | >
            数量多于            | >
            死亡率低于          | <
            人数少于            | <
            率约                | ~
            大约                | ~
            接近                | ~
            近                  | ~
            """)
    void readsBoundWordsBeforeANumber(String window, String expected) {
        assertEquals(Comparator.of(expected), bounds.prefix(window), () -> "window " + window);
    }

    @ParameterizedTest(name = "{0} sets no bound")
    @ValueSource(strings = {"达到", "保持在", "控制在", "降至", "提高到", "为", "稳定在", "儿童超重、肥胖率控制在", "近三年共资助学生"})
    void levelWordsSetNoBound(String window) {
        assertNull(bounds.prefix(window), () -> "expected no bound before a number after " + window);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            以2020年为基数下降  | %    | decrease
            每年降低            | 个百分点 | decrease
            较2023年提高        | 个百分点 | increase
            较去年增加          | 人   | increase
            新增               | 个   | increase
            较2023年均提高      | 个百分点 | increase
            分别下降了          | %    | decrease
            较上年             | 个百分点 | increase
            高于全国平均水平     | 个百分点 | increase
            比全省平均水平低     | 个百分点 | decrease
            低于全国均值        | %    | decrease
            分别提高了约        | %    | increase
            下降幅度达          | %    | decrease
            """)
    void readsChanges(String window, String unit, String direction) {
        ChangeReader.Change c = changes.read(window, Unit.of(unit), false);
        assertEquals(Direction.of(direction), c == null ? null : c.direction(), () -> "window " + window);
    }

    @ParameterizedTest(name = "{0} is a level")
    @ValueSource(strings = {"降至", "下降到", "提高到", "提升至", "达到", "保持在", "增加至", "达到全国平均水平，为",
            "分别为", "均达到约"})
    void levelsAreNoChange(String window) {
        assertNull(changes.read(window, Unit.PERCENT, false), () -> window + " gives a level, not a change");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025年达到93%，2030年达到95%                 | 2025 YEAR,2030 YEAR
            以2020年为基数下降20%                          | 2020 BASELINE
            在2018年基础上每年降低1个百分点                 | 2018 BASELINE
            较2023年提高2.24个百分点                       | 2023 BASELINE
            从2010年的3%下降到1%                           | 2010 FROM
            截至2020年底，婴儿死亡率为1.5‰                  | 2020 YEAR
            《规划（2021—2030年）》提出到2025年达到90%       | 2025 YEAR
            新生儿死亡率降至3‰以下                         | ''
            全区共有托位2019个                             | ''
            与2019年相比，托位增加2000个                     | 2019 BASELINE
            """)
    void readsYears(String text, String expected) {
        List<YearReader.YearMention> ms = YearReader.read(text, 0, text.length());
        assertEquals(expected, String.join(",", ms.stream().map(m -> m.year() + " " + m.role()).toList()),
                () -> "years in " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            保持在90%以上（国纲目标为“达到90%以上”，河南省目标为保持在95%以上）。 | 90%以上 local,达到90% national,保持在95% provincial
            达到98%（温州市目标为98%，浙江省目标为97%）                          | 达到98% local,为98% city,为97% provincial
            达到98%，国家免疫规划疫苗接种率达到95%                               | 达到98% local,达到95% local
            达到95%以上（国家2025年目标：92%以上），普及率达到88%（省目标：80%以上） | 95%以上 local,92%以上 national,达到88% local,80%以上 provincial
            全市目标为95%，到2025年达到97%                                      | 目标为95% local,达到97% local
            达到6个（国家“十四五”目标：4.5个）                                   | 达到6个 local,4.5个 national
            """)
    void readsCitedScopes(String text, String expected) {
        List<ScopeReader.Stretch> st = scopes.read(text, 0, text.length());
        StringBuilder sb = new StringBuilder();
        for (String piece : expected.split(",")) {
            String[] p = piece.split(" ");
            int at = text.indexOf(p[0]);
            if (sb.length() > 0) sb.append(',');
            sb.append(p[0]).append(' ').append(ScopeReader.at(st, at, Scope.LOCAL).code());
        }
        assertEquals(expected, sb.toString(), () -> "scopes in " + text);
    }
}
