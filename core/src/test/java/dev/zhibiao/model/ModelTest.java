package dev.zhibiao.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "％, %", "' ％ ', %", "‰, ‰", "千分之, ‰", "百分点, 个百分点", "個百分點, 个百分点", "千分点, 个千分点",
            "1/10万, /10万", "/十万, /10万", "1/万, /万", "名, 名", "万人次, 万人次", "' 小 时', 小时"})
    void unitsNormalise(String written, String expected) {
        assertEquals(expected, Unit.of(written).symbol());
    }

    @Test
    void pointsAreNotPercent() {
        assertTrue(Unit.of("个百分点").isPoints());
        assertFalse(Unit.of("个百分点").isRate());
        assertTrue(Unit.of("%").isRate());
    }

    @Test
    void eachRateHasItsPoints() {
        for (Unit rate : List.of(Unit.PERCENT, Unit.PER_MILLE, Unit.PER_100K, Unit.PER_10K)) {
            assertTrue(rate.points().isPoints(), () -> rate + " has points");
            assertEquals(rate, rate.points().rate(), () -> rate + " is the rate of its points");
        }
        assertEquals(Unit.PER_100K_POINT, Unit.of("十万分点"));
        assertEquals(Unit.PER_100K_POINT, Unit.of("個十萬分點"));
        assertEquals(Unit.PER_10K_POINT, Unit.of("万分点"));
        assertEquals(Unit.of("名"), Unit.of("名").points(), "a count changes in its own unit");
    }

    @Test
    void regionChainAndFullName() {
        Region henan = Region.of("河南省", Level.PROVINCE);
        Region city = Region.of("平顶山市", Level.CITY, henan);
        Region district = Region.of("新华区", Level.DISTRICT, city);
        assertEquals("河南省平顶山市新华区", district.fullName());
        assertEquals(List.of(henan, city, district), district.chain());
        assertEquals(henan, district.ancestor(Level.PROVINCE));
        assertTrue(district.matches("平顶山市新华区"));
        assertTrue(district.matches("新华区"));
        assertFalse(district.matches("鹿城区"));
        assertEquals("北京市密云区", Region.of("密云区", Level.DISTRICT, Region.of("北京市", Level.PROVINCE)).fullName());
    }

    @Test
    void aRegionCannotLieBelowALowerLevel() {
        Region district = Region.of("新华区", Level.DISTRICT);
        assertThrows(IllegalArgumentException.class, () -> Region.of("河南省", Level.PROVINCE, district));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2021-2030, 2021, 2030", "2021—2030年, 2021, 2030", "2024, 2024, 2024", "（2021—2025）, 2021, 2025"})
    void periodsParse(String text, int start, int end) {
        assertEquals(new Period(start, end), Period.parse(text));
    }

    @Test
    void targetNeedsAValueOrARange() {
        assertThrows(IllegalArgumentException.class, () -> Target.builder().indicator("x").build());
        Target r = Target.builder().indicator("智慧校园示范校").range(3, 5).unit("所").build();
        assertTrue(r.isRange());
        assertEquals(4, r.number());
        assertEquals("3–5所", r.valueText());
        assertThrows(IllegalArgumentException.class, () -> Target.builder().indicator("x").range(5, 3).build());
    }

    @Test
    void onlyAChangeHasADirection() {
        assertThrows(IllegalArgumentException.class, () -> Target.builder().indicator("x").value(1.0)
                .direction(Direction.DECREASE).build());
        Target c = Target.builder().indicator("儿童伤害死亡率").value(20.0).unit("%").kind(Kind.CHANGE)
                .direction(Direction.DECREASE).baselineYear(2020).build();
        assertEquals("−20%", c.valueText());
    }

    @Test
    void spanRoundTrip() {
        String text = "新生儿死亡率降至3‰以下";
        Span s = Span.of(8, 10);
        assertEquals("3‰", s.in(text));
        assertThrows(IndexOutOfBoundsException.class, () -> Span.of(8, 40).in(text));
        assertThrows(IllegalArgumentException.class, () -> Span.of(5, 2));
    }

    @Test
    void comparatorsReadSymbols() {
        assertEquals(Bound.GE, Bound.of("≥"));
        assertEquals(Bound.LT, Bound.of("＜"));
        assertEquals(Bound.APPROX, Bound.of("~"));
        assertEquals(Domain.LEGAL_PROTECTION, Domain.of("法律保护"));
    }
}
