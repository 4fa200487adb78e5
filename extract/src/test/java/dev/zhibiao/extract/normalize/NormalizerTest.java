package dev.zhibiao.extract.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizerTest {
    private final Normalizer normalizer = Normalizer.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ９０％以上                                 | 90%以上
            新生儿死亡率＜１．３                          | 新生儿死亡率<1.3
            ＡＢＣ                                     | ABC
            嬰兒死亡率降至５‰                           | 婴儿死亡率降至5‰
            提高1個百分點                               | 提高1个百分点
            兒童與健康                                  | 儿童与健康
            降至 2 ‰ 以下                               | 降至2‰以下
            达到 90 % 以上                              | 达到90%以上
            5 岁以下儿童                                | 5岁以下儿童
            达到 12 . 5%                               | 达到12.5%
            视力检 覆盖率                               | 视力检覆盖率
            2025　年                                   | 2025年
            [bookmark: _Toc72949244]（一）儿童与健康     | (一)儿童与健康
            [bookmark: _GoBack][bookmark: _Toc1]序言     | 序言
            [参见附件][bookmark: _Toc1]序言              | [参见附件]序言
            [[anchor: a1]（二）儿童与教育                 | [(二)儿童与教育
            婴儿死亡率降至5%o                           | 婴儿死亡率降至5‰
            到二〇二五年，达到90%                        | 到2025年，达到90%
            二零三零年                                  | 2030年
            规划（二〇二一—二〇三〇年）                   | 规划(2021—2030年)
            二〇二一至二〇三〇年                          | 2021至2030年
            服务家庭23,500余户                           | 服务家庭23500余户
            资助1,234,567元                             | 资助1234567元
            新增床位 15 000 张                           | 新增床位15000张
            降至 3 5 % 以下                              | 降至35%以下
            孕产妇死亡率和婴儿死亡率分别为9.8和4.5o/oo   | 孕产妇死亡率和婴儿死亡率分别为9.8和4.5‰
            婴儿死亡率5%o，新生儿死亡率3%o               | 婴儿死亡率5‰，新生儿死亡率3‰
            婴儿死亡率降至5 %o                          | 婴儿死亡率降至5‰
            二〇二五年                                  | 2025年
            一九九五年至二〇二〇年                        | 1995年至2020年
            一二〇二五年                                | 一2025年
            兒(ér)童入園(yuán)率提高2個(gè)百分點(diǎn)      | 儿童入园率提高2个百分点
            床位總(zǒng)數(shù)达到80萬(wàn)張                     | 床位总数达到80万张
            学(xue)前教育                               | 学前教育
            孕产妇和婴儿死亡率分别降至2%。、4%。以下         | 孕产妇和婴儿死亡率分别降至2‰、4‰以下
            婴儿死亡率降至4.5%。                          | 婴儿死亡率降至4.5%。
            覆盖(gài)率（lǜ）                            | 覆盖率
            """)
    void normalises(String input, String expected) {
        assertEquals(expected, normalizer.normalize(input).text(), () -> "normalising " + input);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            2021 2030
            Version 2 beta
            覆盖率达到95%0
            [参见附件]
            Plan B 2030
            2021 2030
            第1,2条
            一二三四
            细颗粒物(PM2.5)浓度
            体质指数(bmi)
            儿童(a)
            达到90%(ya)
            """)
    void leavesAlone(String input) {
        assertEquals(input, normalizer.normalize(input).text(), () -> "expected no change to " + input);
    }

    @ParameterizedTest(name = "{index}")
    @CsvSource(delimiter = '|', textBlock = """
            为进一步促进全区儿童事业全面发展，着力保障儿童的健\\n\\n康成长，依据有关法律制定本规划。 | 为进一步促进全区儿童事业全面发展，着力保障儿童的健康成长，依据有关法律制定本规划。
            《新华区儿童发展规划（2011—2020年）》确定的主要\\n\\n目标基本实现。 | 《新华区儿童发展规划(2011—2020年)》确定的主要目标基本实现。
            5岁以下儿童贫血率和生长迟缓率2025年分别达到10%\\n\\n和5%，2030年在10%和5%以下 | 5岁以下儿童贫血率和生长迟缓率2025年分别达到10%和5%，2030年在10%和5%以下
            主要目标\\n\\n1.新生儿死亡率降至3‰以下 | 主要目标\\n\\n1.新生儿死亡率降至3‰以下
            学前教育毛入园率达到92.3%，比上年提高5.6个百分点的同时还\\n上一篇：关于开展活动的通知 | 学前教育毛入园率达到92.3%，比上年提高5.6个百分点的同时还\\n上一篇：关于开展活动的通知
            学前教育毛入园率达到92.3%，比上年提高5.6个百分点的同时还\\n来源：区妇儿工委 | 学前教育毛入园率达到92.3%，比上年提高5.6个百分点的同时还\\n来源：区妇儿工委
            全面提升儿童健康水平，各项指标达到全市领先。\\n康复服务体系更加完善 | 全面提升儿童健康水平，各项指标达到全市领先。\\n康复服务体系更加完善
            儿童发展规划的实施取得了显著的成效显著成效显著\\n一、总体要求 | 儿童发展规划的实施取得了显著的成效显著成效显著\\n一、总体要求
            为进一步促进全区儿童事业全面发展，着力保障儿童的健\\r\\n康成长，依据有关法律制定本规划。 | 为进一步促进全区儿童事业全面发展，着力保障儿童的健康成长，依据有关法律制定本规划。
            全面提升儿童健康水平，各项指标达到全市领先。\\r\\n康复服务体系更加完善 | 全面提升儿童健康水平，各项指标达到全市领先。\\r\\n康复服务体系更加完善
            """)
    void rejoinsBrokenLinesOnly(String input, String expected) {
        String in = input.replace("\\r", "\r").replace("\\n", "\n");
        assertEquals(expected.replace("\\r", "\r").replace("\\n", "\n"), normalizer.normalize(in).text(),
                () -> "normalising " + in);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [bookmark: _Toc1]嬰兒死亡率降至 ５ ‰以下 | 5‰
            兒童的健\\n\\n康成長，新生兒死亡率降至 2 ‰，達到全國領先水準，繼續保持 | 2‰
            """)
    void mapsOffsetsBackToTheOriginal(String input, String normalisedPiece) {
        String in = input.replace("\\n", "\n");
        NormalizedText n = normalizer.normalize(in);
        int at = n.text().indexOf(normalisedPiece);
        String original = n.originalText(at, at + normalisedPiece.length());
        assertEquals(normalisedPiece, Normalizer.standard().normalize(original).text(),
                () -> "the original behind " + normalisedPiece + " was " + original);
        for (int i = 0; i < n.length(); i++) {
            char o = in.charAt(n.originalOffset(i));
            assertEquals(Character.isDigit(n.text().charAt(i)), Character.isDigit(WidthFolder.fold(o)),
                    "character " + i + " of " + n.text() + " maps to " + o);
        }
    }
}
