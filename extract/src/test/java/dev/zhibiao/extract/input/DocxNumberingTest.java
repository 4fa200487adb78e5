package dev.zhibiao.extract.input;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Word's automatic list labels, which plans number their headings and targets with, are written out. */
class DocxNumberingTest {
    @Test
    void multiLevelChineseNumberingIsCountedThroughTheDocument() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abs, 2, STNumberFormat.DECIMAL, "%3．");
            level(abs, 3, STNumberFormat.BULLET, "•");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            String[][] items = {
                    {"0", "儿童与健康"}, {"1", "主要目标。"}, {"2", "新生儿死亡率降至5‰以下。"},
                    {"2", "儿童总体近视率每年降低0.5个百分点以上。"}, {"3", "重点项目"}, {"1", "策略措施。"},
                    {"2", "优先保障儿童健康。"}, {"0", "儿童与教育"}, {"1", "主要目标。"}};
            doc.createParagraph().createRun().setText("青山区儿童发展规划");
            for (String[] item : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(Integer.parseInt(item[0])));
                p.createRun().setText(item[1]);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        String expected = """
                青山区儿童发展规划
                一、儿童与健康
                （一）主要目标。
                1．新生儿死亡率降至5‰以下。
                2．儿童总体近视率每年降低0.5个百分点以上。
                重点项目
                （二）策略措施。
                1．优先保障儿童健康。
                二、儿童与教育
                （一）主要目标。
                """;
        assertEquals(expected, Inputs.read("numbered.docx", new ByteArrayInputStream(docx)).text(),
                "list labels should be rebuilt level by level");
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(text);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "1,    chineseCounting,        一",
            "10,   chineseCounting,        十",
            "11,   chineseCounting,        十一",
            "20,   chineseCounting,        二十",
            "21,   chineseCountingThousand, 二十一",
            "100,  chineseCounting,        一百",
            "105,  chineseCounting,        一百零五",
            "110,  chineseCounting,        一百一十",
            "1005, chineseCounting,        一千零五",
            "3,    ideographTraditional,   丙",
            "12,   ideographDigital,       一二",
            "3,    decimalEnclosedCircle,  ③",
            "12,   decimalFullWidth,       １２",
            "4,    upperRoman,             IV",
            "28,   lowerLetter,            bb",
            "7,    decimal,                7",
    })
    void numberFormats(int n, String format, String expected) {
        assertEquals(expected, ListNumbers.number(n, format), n + " as " + format);
    }
}
