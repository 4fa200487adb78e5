package dev.zhibiao.extract.number;

import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed numbers never break the finder. Its examples are in specs/numbers. */
class NumberFinderTest {
    private final NumberFinder finder = NumberFinder.standard();

    @ParameterizedTest(name = "{0} does not crash")
    @ValueSource(strings = {"9999999999%", "99999999999999999999%", "1.2.3.4.5%", "百分之", "十万分之", "—至—%", "%%%",
            "5—3所", "点点点", "-", "负", "--5%", "负负5%",
            "成半", "十一成五", "一万万人", "亿亿元", "四十五亿万元"})
    void survivesMalformedNumbers(String text) {
        List<Quantity> qs = finder.find(text, 0, text.length());
        for (Quantity q : qs) {
            assertTrue(q.isRange() || Double.isFinite(q.value()), () -> "non-finite value in " + text);
            assertTrue(!q.unit().equals(Unit.NONE) || q.comparator() != Bound.EQ, () -> "odd quantity " + q);
        }
    }
}
