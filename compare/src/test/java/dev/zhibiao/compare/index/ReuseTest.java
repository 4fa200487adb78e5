package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReuseTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "加强看护，隔离溺水隐患。; 加强看护,隔离溺水隐患。",
            "小学生近视率降至 38% 以下; 小学生近视率降至38%以下",
            "預防兒童溺水; 预防儿童溺水",
    })
    void wordingIsComparedWithoutWidthScriptOrSpaces(String text, String comparable) {
        assertEquals(comparable, Reuse.comparable(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "预防和控制儿童溺水，加强看护，隔离、消除开放水域的溺水隐患，设置警示标志。",
            "预防和控制儿童溺水,加强看护,隔离、消除开放水域的溺水隐患,设置警示标志。",
            "預防和控制兒童溺水，加強看護，隔離、消除開放水域的溺水隱患，設置警示標誌。",
    })
    void aMeasureRestatedInAnotherScriptOrPunctuationIsRestatedWhole(String copy) {
        String original = "预防和控制儿童溺水，加强看护，隔离、消除开放水域的溺水隐患，设置警示标志。";
        var a = Plans.plan("a", Plans.HONGQI).area("（一）儿童与安全", Domain.SAFETY, original).build();
        var b = Plans.plan("b", Plans.YUELU).area("（一）儿童与安全", Domain.SAFETY, copy).build();
        try (MeasureIndex index = MeasureIndex.inMemory(List.of(a, b), Synonyms.none())) {
            ReuseReport r = index.reuseReport("b");
            assertEquals(1, r.pairs().size(), r.toString());
            assertEquals(1.0, r.pairs().get(0).coverage(), 1e-9, r.toString());
        }
    }
}
