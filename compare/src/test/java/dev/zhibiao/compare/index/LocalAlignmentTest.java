package dev.zhibiao.compare.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalAlignmentTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "加强儿童近视防控工作, 加强儿童近视防控工作, 1.0, 加强儿童近视防控工作",
            "加强儿童近视防控工作, 各地要加强儿童近视防控工作并考核, 1.0, 加强儿童近视防控工作",
            "加强儿童近视防控工作, 加强学生近视防控工作, 0.7, 加强儿童近视防控工作",
            "预防和控制儿童溺水事故, 大力推广托育服务, 0.0, ''",
            "加强看护隔离溺水隐患完善学校食堂管理, 加强看护隔离溺水隐患, 0.56, 加强看护隔离溺水隐患",
    })
    void coverageIsTheShareOfTheFirstTextRestatedInTheSecond(String a, String b, double coverage, String passage) {
        LocalAlignment al = LocalAlignment.of(a, b);
        assertEquals(coverage, al.coverage(), 0.01, "coverage of " + a + " in " + b + ": " + al);
        assertEquals(passage, al.passageOf(a));
    }
}
