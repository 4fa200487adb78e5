package dev.zhibiao.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            宜昌市             | 湖北省宜昌市 (city)
            湖北省宜昌市西陵区 | 湖北省宜昌市西陵区 (district)
            广西               | 广西壮族自治区 (province)
            上海市             | 上海市 (province)
            绍兴               | 浙江省绍兴市 (city)
            楚雄州             | 云南省楚雄彝族自治州 (city)
            黔西南州           | 贵州省黔西南布依族苗族自治州 (city)
            海北州             | 青海省海北藏族自治州 (city)
            峨边县             | 四川省乐山市峨边彝族自治县 (county)
            """)
    void givesANameItsChain(String names, String expected) {
        assertEquals(expected, String.valueOf(G.region(names)), () -> "region of " + names);
    }

    @Test
    void shortensAnAutonomousPrefectureToItsPlaceAndZhou() {
        assertEquals("伊犁州", Gazetteer.prefectureShort("伊犁哈萨克自治州"));
        assertEquals("恩施州", Gazetteer.prefectureShort("恩施土家族苗族自治州"));
        assertEquals("峨边县", Gazetteer.prefectureShort("峨边彝族自治县"));
        assertNull(Gazetteer.prefectureShort("宜昌市"));
    }

    @Test
    void listsTheNamesOpeningWithGivenCharacters() {
        List<String> names = G.namesOpeningWith("七十");
        assertTrue(names.contains("七台河市") && names.contains("七台河") && names.contains("十堰市"), () -> names.toString());
        assertTrue(names.stream().allMatch(n -> n.charAt(0) == '七' || n.charAt(0) == '十'), () -> names.toString());
    }

    @Test
    void aNameOfSeveralDivisionsNeedsItsParent() {
        assertNull(G.region("新华区"), "新华区 alone names several districts");
        assertEquals("河北省石家庄市新华区", G.region("石家庄市新华区").fullName());
    }

    @Test
    void findsTheNamesATextMentionsWithTheirChains() {
        List<Gazetteer.Mention> ms = G.mentions("宜昌市妇联发布，西陵区儿童之家覆盖率达到95%");
        assertTrue(ms.stream().anyMatch(m -> m.region().fullName().equals("湖北省宜昌市")), () -> "mentions " + ms);
        assertTrue(ms.size() >= 1 && ms.get(0).start() == 0, () -> "mentions " + ms);
        assertTrue(!G.isEmpty() && G.toString().contains("PROVINCE=34"), G::toString);
    }
}
