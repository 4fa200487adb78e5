package dev.zhibiao.extract.segment;

import dev.zhibiao.extract.normalize.Normalizer;
import dev.zhibiao.model.Section;
import dev.zhibiao.model.SectionKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heading tree of a whole plan. Contents lines and areas of headings are in specs/segment. */
class SegmenterTest {
    private static final String PLAN = String.join("\n",
            "首页 > 政务公开 > 规划计划",
            "来源：区妇儿工委办  日期：2022-03-01  浏览次数：1024",
            "某区儿童发展规划",
            "目 录",
            "一、总体要求..........(3)",
            "二、发展领域、主要目标和策略措施\t(5)",
            "（一）儿童与健康……………6",
            "序 言",
            "过去十年，全区儿童事业取得了长足进步。",
            "一、总体要求",
            "（一）指导思想",
            "坚持儿童优先原则。",
            "二、发展领域、主要目标和策略措施",
            "（一）儿童与健康",
            "主要目标：",
            "1．新生儿死亡率控制在3‰以下。",
            "策略措施：",
            "1．加强儿童保健服务。完善服务网络。",
            "2．提升出生人口素质。",
            "(二) 儿童与教育",
            "主要目标",
            "1.学前教育毛入园率达到95%以上。",
            "专栏1 重点工程",
            "\t指标名称",
            "\t数值",
            "三、组织实施",
            "（一）加强健康教育宣传。",
            "打印本页  关闭窗口");

    private Section root() {
        return new Segmenter().segment(Normalizer.standard().normalize(PLAN)).root();
    }

    @Test
    void buildsTheHeadingTree() {
        assertEquals(String.join("\n",
                "某区儿童发展规划  [other, 其他]",
                "序言  [other, 其他]",
                "一、总体要求  [other, 其他]",
                "  (一)指导思想  [other, 其他]",
                "二、发展领域、主要目标和策略措施  [other, 其他]",
                "  (一)儿童与健康  [other, 健康]",
                "    主要目标  [goals, 健康]",
                "      1.新生儿死亡率控制在3‰以下  [goals, 健康]",
                "    策略措施  [measures, 健康]",
                "      1.加强儿童保健服务  [measures, 健康]",
                "      2.提升出生人口素质  [measures, 健康]",
                "  (二)儿童与教育  [other, 教育]",
                "    主要目标  [goals, 教育]",
                "      1.学前教育毛入园率达到95%以上  [goals, 教育]",
                "    专栏1重点工程  [table, 教育]",
                "三、组织实施  [other, 其他]",
                "  (一)加强健康教育宣传  [other, 其他]"), root().outline());
    }

    @Test
    void spansPointIntoTheOriginalText() {
        root().flatten().filter(s -> !s.path().isRoot()).forEach(s -> {
            String text = s.span().in(PLAN);
            String head = s.heading().replaceAll("[()（）.．:：\\s]", "").substring(0, 2);
            assertTrue(text.replaceAll("[()（）.．:：\\s]", "").startsWith(head),
                    () -> s.heading() + ": its span starts with " + text.substring(0, Math.min(12, text.length())));
        });
    }

    @Test
    void aBoxedTableIsATableBlock() {
        assertTrue(root().flatten().anyMatch(s -> s.kind() == SectionKind.TABLE && s.heading().startsWith("专栏")),
                "expected a table section for 专栏");
    }

    private static Section rootOf(String... lines) {
        return new Segmenter().segment(Normalizer.standard().normalize(String.join("\n", lines))).root();
    }

    @Test
    void aSitesNameIsNoHeading() {
        Section root = rootOf("某某省政务信息网--某某法律检索网", "某省儿童发展规划", "（一）儿童与健康",
                "婴儿死亡率控制在5‰以下。");
        assertTrue(root.flatten().noneMatch(s -> s.heading() != null && s.heading().contains("网")),
                "the site's name was read as a heading");
    }

    @Test
    void aLastLineCutOffIsNoHeading() {
        Section root = rootOf("某省儿童发展规划", "（一）儿童与健康", "婴儿死亡率控制在5‰以下。", "加强儿童保健人才队");
        assertTrue(root.flatten().noneMatch(s -> s.heading() != null && s.heading().startsWith("加强")),
                "the last line, cut off, was read as a heading");
        // the same line with text under it is a heading of its own
        Section whole = rootOf("某省儿童发展规划", "（一）儿童与健康", "婴儿死亡率控制在5‰以下。", "加强儿童保健人才队伍建设",
                "培养儿科医生。");
        assertTrue(whole.flatten().anyMatch(s -> s.heading() != null && s.heading().startsWith("加强")));
    }
}
