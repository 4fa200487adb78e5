package dev.zhibiao.compare.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
            "加强儿童近视防控工作。; 近视|防控; 加强儿童【近视】【防控】工作。",
            "加强托育服务。; 托育服务|托育; 加强【托育服务】。",
            "预防儿童溺水。; 托育; 预防儿童溺水。",
            "在家庭中开展HPV疫苗宣传。; hpv; 在家庭中开展【HPV】疫苗宣传。",
    })
    void marksTheQueryWordsLongestFirst(String text, String words, String expected) {
        assertEquals(expected, Snippets.snippet(text, List.of(words.split("\\|")), 50));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
            "預防和控制兒童溺水。; 儿童溺水; 預防和控制【兒童溺水】。",
            "小學生每天鍛煉１小時。; 小学生|1小时; 【小學生】每天鍛煉【１小時】。",
    })
    void findsWordsInTheReadFormAndMarksThemAsWritten(String text, String words, String expected) {
        var normalized = dev.zhibiao.extract.normalize.Normalizer.standard().normalize(text);
        assertEquals(expected, Snippets.snippet(normalized, List.of(words.split("\\|")), 50));
    }

    @ParameterizedTest(name = "window of {1}")
    @CsvSource(delimiter = ';', value = {
            "一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸溺水子丑寅卯辰巳午未申酉戌亥。天地玄黄宇宙洪荒; 溺水; …庚辛壬癸【溺水】子丑寅卯辰巳午未申酉戌亥…",
    })
    void cutsALongTextAroundTheWords(String text, String words, String expected) {
        assertEquals(expected, Snippets.snippet(text, Arrays.asList(words.split("\\|")), 18));
    }
}
