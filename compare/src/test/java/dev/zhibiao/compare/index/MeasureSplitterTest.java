package dev.zhibiao.compare.index;

import dev.zhibiao.model.Domain;
import dev.zhibiao.model.SectionPath;
import dev.zhibiao.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureSplitterTest {

    /** Items of a block; {@code \n} in the table stands for a line break, {@code |} separates expected items. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // numbered items, each number form
            "1．预防和控制儿童溺水，加强暑期安全看护。\\n2．加强儿童食品安全监管，落实主体责任。; 预防和控制儿童溺水，加强暑期安全看护。|加强儿童食品安全监管，落实主体责任。",
            "1. 预防和控制儿童溺水，加强暑期安全看护。\\n2、加强儿童食品安全监管，落实主体责任。; 预防和控制儿童溺水，加强暑期安全看护。|加强儿童食品安全监管，落实主体责任。",
            "（一）预防和控制儿童溺水，加强暑期安全看护。\\n(二)加强儿童食品安全监管，落实主体责任。; 预防和控制儿童溺水，加强暑期安全看护。|加强儿童食品安全监管，落实主体责任。",
            "一、预防和控制儿童溺水，加强暑期安全看护。\\n①加强儿童食品安全监管，落实主体责任。; 预防和控制儿童溺水，加强暑期安全看护。|加强儿童食品安全监管，落实主体责任。",
            "１０．预防和控制儿童溺水，加强暑期安全看护。\\n  １１．加强儿童食品安全监管，落实主体责任。; 预防和控制儿童溺水，加强暑期安全看护。|加强儿童食品安全监管，落实主体责任。",
            // ideographic and no-break spaces around a line
            "\u3000\u30001．预防和控制儿童溺水，加强暑期安全看护。\u00a0; 预防和控制儿童溺水，加强暑期安全看护。",
            // a wrapped item, cut by a page break, is one item
            "4. 保障新生儿安全与健康。深入实施母婴安全行动计划，\\n\\n落实危重新生儿筛查与评估制度。\\n5. 加强出生缺陷综合防治，扩大筛查病种。; 保障新生儿安全与健康。深入实施母婴安全行动计划，落实危重新生儿筛查与评估制度。|加强出生缺陷综合防治，扩大筛查病种。",
            // a mark left by a converted file before the number
            "[bookmark: _Hlk60268568]5．加强儿童性健康和心理健康教育，开设课程。; 加强儿童性健康和心理健康教育，开设课程。",
            // unnumbered paragraphs are one item each
            "加强儿童食品安全监管，落实主体责任。\\n推广使用儿童安全座椅和安全头盔。; 加强儿童食品安全监管，落实主体责任。|推广使用儿童安全座椅和安全头盔。",
            // a box or a tabbed row after an item is not part of it
            "1．发展普惠托育服务体系，加强托育服务机构建设。\\n\t托育服务机构规范化项目：发展连锁化、专业化托育机构。; 发展普惠托育服务体系，加强托育服务机构建设。|托育服务机构规范化项目：发展连锁化、专业化托育机构。",
            "1．发展普惠托育服务体系，加强托育服务机构建设。\\n专栏五  儿童福利提升重点工程：建成两个示范机构。; 发展普惠托育服务体系，加强托育服务机构建设。|专栏五  儿童福利提升重点工程：建成两个示范机构。",
            // counter-examples: headings and short lines are no measures; a decimal opens no item
            "策略措施：; ''",
            "（二）儿童与安全\\n策略措施; ''",
            "1. 儿童近视率控制在\\n3.5%左右，每年降低一个百分点以上。; 儿童近视率控制在3.5%左右，每年降低一个百分点以上。",
    })
    void splitsABlockIntoItems(String block, String expected) {
        String text = block.replace("\\n", "\n");
        List<MeasureSplitter.Item> items = new ArrayList<>();
        MeasureSplitter.splitText(text, Span.of(0, text.length()), SectionPath.ROOT, Domain.OTHER, items);
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|"));
        assertEquals(want, items.stream().map(MeasureSplitter.Item::text).toList());
        for (MeasureSplitter.Item it : items) {
            String original = it.span().in(text);
            assertTrue(original.contains(it.text().substring(0, 4)) && original.endsWith(it.text().substring(it.text().length() - 4)),
                    "the span should hold the item as written: " + original + " for " + it.text());
        }
    }
}
