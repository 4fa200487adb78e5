package dev.zhibiao.extract.statement;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The namer answers a text the same whether its words were just segmented (and remembered) or never were. */
class IndicatorNamerRepeatTest {
    private static final IndicatorNamer NAMER = new IndicatorNamer();
    private static final List<String> SUBJECTS = List.of(
            "城镇和乡村社区儿童活动场所覆盖率", "初中生、高中生和大学生体质达标率", "小学和初中学龄儿童入学率",
            "3岁和6岁以下儿童健康管理率", "孕妇产前检查率和住院分娩率", "乡村和城镇");

    @Test
    void repeatedWordsGetTheAnswersFreshWordsGet() throws Exception {
        List<String> fresh = new ArrayList<>();
        for (String s : SUBJECTS) fresh.add(onNewThread(() -> answers(s)));
        List<String> repeated = new ArrayList<>();
        for (String s : SUBJECTS) {
            answers(s);
            repeated.add(answers(s));
        }
        assertEquals(fresh, repeated, "names of each subject asked on a fresh thread vs asked twice in a row");
        // the answers are names, not nothing: the test reads lists the namer splits
        assertEquals(true, fresh.stream().filter(a -> a.contains("|")).count() >= 3, () -> "expected split lists, got " + fresh);
    }

    private static String answers(String subject) {
        return NAMER.subject(subject) + " / " + String.join("|", NAMER.items(subject, 2)) + " / "
                + String.join("|", NAMER.shared(subject, false)) + " / " + String.join("|", NAMER.shared(subject, true));
    }

    private static String onNewThread(java.util.function.Supplier<String> work) throws InterruptedException {
        AtomicReference<String> out = new AtomicReference<>();
        Thread t = new Thread(() -> out.set(work.get()));
        t.start();
        t.join();
        return out.get();
    }
}
