package dev.zhibiao.extract.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lines broken by the page width are re-joined; lines that end a sentence, precede a heading or fall short of
 * the width are kept. Each case is pages (separated by '#') of lines (separated by '|'); the widest line sets
 * the width of a full line.
 */
class LineJoinerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a sentence broken at the margin
            "sentence;      儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显|下降。"
                    + ";        儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显下降。",
            // a number broken at the margin
            "number;        新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别下降至1.2|1‰。"
                    + ";        新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别下降至1.21‰。",
            // a full line ending a sentence is a paragraph end
            "full stop;     适龄儿童免疫规划疫苗接种率以乡镇为单位保持在百分之九十五以上。|（二）策略措施"
                    + ";        适龄儿童免疫规划疫苗接种率以乡镇为单位保持在百分之九十五以上。\\n（二）策略措施",
            // a full line followed by a heading or list item is not continued by it
            "heading;       加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升|二、儿童与安全"
                    + ";        加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升\\n二、儿童与安全",
            "numbered item; 加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升|3．儿童教育更加优质"
                    + ";        加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升\\n3．儿童教育更加优质",
            "bracketed;     加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升|（3）儿童教育更加优质"
                    + ";        加强儿童早期发展服务体系建设普及儿童早期发展的知识和方法提升\\n（3）儿童教育更加优质",
            // a decimal at the start of a line is not a numbered item
            "decimal;       儿童青少年总体近视率力争每年降低个百分点以上，新发近视率降低|1.5个百分点。"
                    + ";        儿童青少年总体近视率力争每年降低个百分点以上，新发近视率降低1.5个百分点。",
            // a line well short of the width ends its paragraph
            "short line;    儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显|下降|（三）主要目标"
                    + ";        儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显下降\\n（三）主要目标",
            "narrow page;   一、儿童与健康|主要目标。"
                    + ";        一、儿童与健康\\n主要目标。",
            // justified text puts spaces between characters
            "spaces;        儿 童 健 康|水平"
                    + ";        儿童健康\\n水平",
            // page numbers at the foot and head of a page go; the sentence runs on across the page
            "page break;    儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显|- 3 -#第 4 页|下降。"
                    + ";        儿童青少年总体近视率力争每年降低0.5个百分点以上，新发近视率明显下降。",
            // English words broken at the margin keep a space
            "latin;         儿童友好城市建设纳入规划并参照联合国儿童基金会的Child Friendly|Cities标准"
                    + ";        儿童友好城市建设纳入规划并参照联合国儿童基金会的Child Friendly Cities标准",
    })
    void joins(String what, String pages, String expected) {
        List<List<String>> input = new ArrayList<>();
        for (String page : pages.strip().split("#")) input.add(Arrays.asList(page.split("\\|")));
        assertEquals(expected.strip().replace("\\n", "\n") + "\n", LineJoiner.join(input), what);
    }
}
