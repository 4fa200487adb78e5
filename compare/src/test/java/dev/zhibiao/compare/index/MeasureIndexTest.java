package dev.zhibiao.compare.index;

import dev.zhibiao.error.InputException;
import dev.zhibiao.error.ZhibiaoException;
import dev.zhibiao.model.Domain;
import dev.zhibiao.model.Extraction;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureIndexTest {
    static final String DROWNING = "预防和控制儿童溺水。加强看护，隔离、消除家庭、社区、校园环境、开放水域的溺水隐患，设置警示标志。";
    static final String MYOPIA = "有效控制儿童近视。加强0—6岁儿童眼保健和视力检查工作，建立儿童视力电子档案。";
    static final String CHILDCARE = "发展普惠托育服务体系。加强托育服务机构和设施规划建设，支持社会力量开展托育服务。";
    static final String FAMILY = "完善家庭教育指导服务体系。制定家庭教育指导服务工作规范，建设家长学校。";

    static Extraction hongqi() {
        return Plans.plan("hongqi", Plans.HONGQI)
                .area("（一）儿童与健康", Domain.HEALTH, MYOPIA, "加强儿童心理健康服务。构建儿童心理健康教育、咨询服务网络。")
                .area("（二）儿童与安全", Domain.SAFETY, DROWNING)
                .area("（三）儿童与福利", Domain.WELFARE, CHILDCARE)
                .target("新生儿死亡率", "health.neonatal_mortality", 3.0, Unit.PER_MILLE, Domain.HEALTH)
                .build();
    }

    static Extraction yuelu() {
        return Plans.plan("yuelu", Plans.YUELU)
                .area("（一）儿童与安全", Domain.SAFETY,
                        "预防和控制儿童溺水。加强看护，隔离、消除家庭、社区、校园环境、开放水域的溺水隐患，配置救援装备。",
                        "加强儿童食品安全监管。落实学校、幼儿园食品安全管理主体责任。")
                .area("（二）儿童与家庭", Domain.FAMILY, FAMILY)
                .build();
    }

    static MeasureIndex index() {
        return MeasureIndex.inMemory(List.of(hongqi(), yuelu()), Synonyms.none());
    }

    @Test
    void findsAMeasureByItsWordsAndMarksThemInTheSnippet() {
        try (MeasureIndex index = index()) {
            SearchHits hits = index.search("托育").run();
            assertEquals(1, hits.total(), "托育 is in one measure: " + hits);
            SearchHit top = hits.get(0);
            assertEquals("hongqi", top.measure().documentId());
            assertEquals(Domain.WELFARE, top.measure().domain());
            assertEquals("（三）儿童与福利 > 策略措施", top.measure().path().toString());
            assertTrue(top.snippet().contains("【托育】"), "snippet should mark 托育: " + top.snippet());
        }
    }

    @Test
    void aWordNoDictionaryKnowsMatchesOnlyWhereWrittenWhole() {
        try (MeasureIndex index = index()) {
            // smartcn cuts the query 托育 into 托 and 育; 育 alone stands in 教育 of another measure, which must not match.
            assertEquals(List.of("hongqi"), index.search("托育").run().measures().stream()
                    .map(Measure::documentId).toList());
        }
    }

    @Test
    void rankMeasuresHoldingEveryPartFirst() {
        try (MeasureIndex index = index()) {
            SearchHits hits = index.search("溺水 警示标志").run();
            assertEquals(2, hits.total(), hits.toString());
            assertEquals("hongqi", hits.get(0).measure().documentId(), "the measure with both parts first: " + hits);
        }
    }

    @ParameterizedTest(name = "{0} in region {1} → {2}")
    @CsvSource({
            "溺水, 红旗区, hongqi",
            "溺水, 新乡, hongqi",
            "溺水, 河南省, hongqi",
            "溺水, 湖南省长沙市岳麓区, yuelu",
            "溺水, 长沙, yuelu",
    })
    void regionFilterTakesANameAPartOrAnAncestor(String query, String region, String expected) {
        try (MeasureIndex index = index()) {
            List<String> docs = index.search(query).region(region).hits().stream()
                    .map(h -> h.measure().documentId()).distinct().toList();
            assertEquals(List.of(expected), docs);
        }
    }

    @Test
    void aRegionNotIndexedFindsNothing() {
        try (MeasureIndex index = index()) {
            assertEquals(0, index.search("溺水").region("广东省").run().total());
        }
    }

    @Test
    void domainAndLevelFilter() {
        try (MeasureIndex index = index()) {
            SearchHits safety = index.search("儿童").domain("安全").limit(50).run();
            assertTrue(safety.total() >= 3, safety.toString());
            assertTrue(safety.measures().stream().allMatch(m -> m.domain() == Domain.SAFETY), safety.toString());
            SearchHits family = index.search("家庭").domain(Domain.FAMILY).run();
            assertEquals(List.of("yuelu"), family.measures().stream().map(Measure::documentId).distinct().toList());
            assertEquals(0, index.search("溺水").level(Level.CITY).run().total());
            assertEquals(2, index.search("溺水").level("district").run().total());
        }
    }

    @Test
    void countsPerRegionAndDomainCoverEveryMatchNotOnlyThoseShown() {
        try (MeasureIndex index = index()) {
            SearchHits hits = index.search("儿童").limit(1).facets().run();
            assertEquals(1, hits.size());
            // 儿童 stands in three measures of 红旗区 (not in its 托育 one) and two of 岳麓区.
            assertEquals(Map.of("河南省新乡市红旗区", 3, "湖南省长沙市岳麓区", 2), hits.byRegion());
            assertEquals(Map.of("健康", 2, "安全", 3), hits.byDomain());
            assertTrue(hits.counted() && hits.exact() && hits.total() == 5, hits.toString());
        }
    }

    @Test
    void countsPerRegionAreOnlyMadeWhenAskedFor() {
        try (MeasureIndex index = index()) {
            SearchHits hits = index.search("儿童").limit(1).run();
            assertEquals(5, hits.total(), "below the count limit the total is exact: " + hits);
            assertTrue(hits.exact(), hits.toString());
            assertFalse(hits.counted(), hits.toString());
            assertEquals(Map.of(), hits.byRegion());
            assertFalse(hits.toString().contains("by region"), hits.toString());
            assertFalse(hits.toJson().has("facets"), hits.toJson().toString());
            assertTrue(index.search("儿童").facets().run().toJson().path("facets").path("region").size() == 2);
        }
    }

    @Test
    void beyondTheCountLimitTheTotalIsALowerBoundUnlessCounted() {
        List<Extraction> plans = new java.util.ArrayList<>();
        int perPlan = 20;
        int n = MeasureQuery.COUNT_LIMIT / perPlan + 5;
        for (int i = 0; i < n; i++) {
            String[] items = new String[perPlan];
            for (int k = 0; k < perPlan; k++) items[k] = "加强第" + k + "项儿童溺水防范工作，落实看护和巡查责任。";
            plans.add(Plans.plan("p" + i, Plans.YUELU).area("（一）儿童与安全", Domain.SAFETY, items).build());
        }
        try (MeasureIndex index = MeasureIndex.inMemory(plans, Synonyms.none())) {
            long all = (long) n * perPlan;
            SearchHits quick = index.search("溺水").run();
            assertEquals(10, quick.size());
            assertFalse(quick.exact(), "more than " + MeasureQuery.COUNT_LIMIT + " matches: " + quick.total());
            assertTrue(quick.total() >= MeasureQuery.COUNT_LIMIT && quick.total() <= all, "total " + quick.total());
            assertTrue(quick.toString().startsWith("「溺水」 " + quick.total() + "+ matches"), quick.toString());
            SearchHits counted = index.search("溺水").facets().run();
            assertTrue(counted.exact());
            assertEquals(all, counted.total());
            assertEquals(Map.of("湖南省长沙市岳麓区", (int) all), counted.byRegion());
            assertEquals(quick.measures(), counted.measures(), "counting changes no ranking");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"溺,2", "托,1", "隐,2", "龋,0"})
    void aLoneCharacterIsFoundWhereverItBeginsAPair(String query, int expected) {
        try (MeasureIndex index = index()) {
            assertEquals(expected, index.search(query).run().total(), index.search(query).toString());
        }
    }

    @Test
    void measuresAndTargetsAreSearchedEachInTheirOwnFieldYetTogetherWhenAsked() {
        try (MeasureIndex index = index()) {
            // 新生儿死亡率 is a target's indicator and no measure's word, and 溺水 no target's.
            assertEquals(0, index.search("新生儿").run().total());
            assertEquals(1, index.search("新生儿").targets().run().total());
            assertEquals(0, index.search("溺水").targets().run().total());
            SearchHits both = index.search("溺水 新生儿").withTargets().run();
            assertEquals(3, both.total(), both.toString());
            assertEquals(2, both.measures().stream().filter(m -> m.type() == Measure.Type.MEASURE).count());
        }
    }

    @Test
    void aDocumentGivenTwiceInOneBatchIsIndexedAsItsLastVersion() {
        Extraction shorter = Plans.plan("hongqi", Plans.HONGQI).area("（一）儿童与安全", Domain.SAFETY, DROWNING).build();
        try (MeasureIndex index = MeasureIndex.inMemory(List.of(hongqi(), yuelu(), shorter), Synonyms.none())) {
            assertEquals(List.of("hongqi", "yuelu"), index.documentIds());
            assertEquals(1, index.size("hongqi"), "the last version of hongqi has one measure");
            assertEquals(0, index.search("托育").run().total());
        }
    }

    @Test
    void theSameDocumentsMakeTheSameIndexInAnyBatches() {
        List<Extraction> all = List.of(hongqi(), yuelu());
        try (MeasureIndex once = MeasureIndex.inMemory(all, Synonyms.none());
             MeasureIndex apart = MeasureIndex.inMemory(List.of(), Synonyms.none())) {
            apart.add(hongqi()).add(yuelu());
            for (String q : List.of("儿童", "溺水", "托育 家庭教育", "近视")) {
                assertEquals(once.search(q).withTargets().run().toJson().toString(),
                        apart.search(q).withTargets().run().toJson().toString(), q);
            }
        }
    }

    @Test
    void targetsAreEntriesWithTypedValues() {
        try (MeasureIndex index = index()) {
            assertEquals(0, index.search("新生儿死亡率").run().total(), "measures only by default");
            SearchHits hits = index.search("新生儿死亡率").targets().run();
            assertEquals(1, hits.total(), hits.toString());
            Measure t = hits.get(0).measure();
            assertEquals(Measure.Type.TARGET, t.type());
            assertEquals("health.neonatal_mortality", t.indicatorId());
            assertEquals(3.0, t.value());
            assertEquals("‰", t.unit());
            assertEquals(1, index.search("新生儿死亡率").withTargets().run().total());
        }
    }

    @Test
    void targetsAreFilteredByIndicatorAndTypedValueNotByTheirText() {
        Extraction plan = Plans.plan("p", Plans.HONGQI)
                .target("小学生近视率", "health.myopia_primary", 38.0, Unit.PERCENT, Domain.HEALTH)
                .target("初中生近视率", "health.myopia_junior", 60.0, Unit.PERCENT, Domain.HEALTH)
                .target("新生儿死亡率", "health.neonatal_mortality", 3.5, Unit.PER_MILLE, Domain.HEALTH)
                .build();
        try (MeasureIndex index = MeasureIndex.inMemory(List.of(plan), Synonyms.none())) {
            assertEquals(List.of(38.0), values(index.search("近视率").value(0, 40)));
            assertEquals(List.of(60.0), values(index.search("").indicator("health.myopia_junior")));
            // 3.5 is read from the typed field, never from the text of the quote
            assertEquals(List.of(3.5), values(index.search("").value(3.5, 3.5)));
            assertEquals(List.of(), values(index.search("").value(3, 3)));
            assertEquals(0, index.search("").targets().run().total(), "no words and no filter: nothing");
        }
    }

    static List<Double> values(MeasureQuery q) {
        return q.run().measures().stream().map(Measure::value).sorted().toList();
    }

    @Test
    void reIndexingADocumentReplacesItsEntries() {
        try (MeasureIndex index = index()) {
            int size = index.size();
            index.add(hongqi()).add(hongqi());
            assertEquals(2, index.documentCount());
            assertEquals(size, index.size(), "adding the same document again must not duplicate it");
            Extraction shorter = Plans.plan("hongqi", Plans.HONGQI).area("（一）儿童与安全", Domain.SAFETY, DROWNING).build();
            index.add(shorter);
            assertEquals(1, index.size("hongqi"));
            assertEquals(0, index.search("托育").run().total(), "the replaced version's measures must be gone");
            assertTrue(index.remove("hongqi"));
            assertFalse(index.remove("hongqi"));
            assertEquals(List.of("yuelu"), index.documentIds());
        }
    }

    @Test
    void aRemovedDocumentIsNoLongerListedThoughItsSegmentRemains() {
        try (MeasureIndex index = index()) {
            index.remove("hongqi");
            assertEquals(List.of("yuelu"), index.documentIds());
            assertEquals(1, index.documentCount());
            assertEquals(0, index.search("托育").run().total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"溺水", "兒童溺水", "儿童溺水", "暑期安全看护"})
    void aPlanInTraditionalCharactersIsFoundInEitherScript(String query) {
        Extraction traditional = Plans.plan("trad", Plans.YUELU)
                .area("（一）兒童與安全", Domain.SAFETY, "預防和控制兒童溺水，加強暑期安全看護，配置救援裝備。").build();
        try (MeasureIndex index = MeasureIndex.inMemory(List.of(traditional), Synonyms.none())) {
            SearchHits hits = index.search(query).run();
            assertEquals(1, hits.total(), hits.toString());
            assertTrue(hits.get(0).measure().text().startsWith("預防"), "the original text is kept");
            String snippet = hits.get(0).snippet();
            assertTrue(snippet.contains("】") && snippet.contains("預防"), "the words marked in the text as written: " + snippet);
        }
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        try (MeasureIndex index = index()) {
            assertEquals(0, index.search("，。 ").run().total());
            assertEquals(0, index.search("").run().total());
        }
    }

    @Test
    void similarMeasuresComeFromOtherDocumentsMostAlikeFirst() {
        try (MeasureIndex index = index()) {
            Measure drowning = index.search("溺水").region("红旗区").hits().get(0).measure();
            List<SimilarMeasure> similar = index.similar(drowning).list();
            assertFalse(similar.isEmpty());
            assertTrue(index.similar(drowning).toString().contains("coverage"), "a table");
            assertTrue(similar.stream().noneMatch(s -> s.other().documentId().equals("hongqi")), similar.toString());
            SimilarMeasure best = similar.get(0);
            assertTrue(best.other().text().contains("配置救援装备"), "the copied measure first: " + similar);
            assertTrue(best.coverage() > 0.7, "most of it restated: " + best);
            for (int i = 1; i < similar.size(); i++) {
                assertTrue(similar.get(i).coverage() <= similar.get(i - 1).coverage(), similar.toString());
            }
        }
    }

    @Test
    void reuseReportCountsTheMeasuresRestatingAnotherDocument() {
        try (MeasureIndex index = index()) {
            ReuseReport r = index.reuseReport("岳麓区");
            assertEquals("yuelu", r.documentId());
            assertEquals(3, r.measures());
            assertEquals(1, r.pairs().size(), r.toString());
            assertEquals("hongqi", r.pairs().get(0).other().documentId());
            assertEquals(1 / 3.0, r.share(), 1e-9);
            assertTrue(r.toString().contains("1 of 3 measures"), r.toString());
            assertThrows(IllegalArgumentException.class, () -> index.reuseReport("广州"));
        }
    }

    @Test
    void reuseAcrossThePlansHasARowPerPlan() {
        try (MeasureIndex index = index()) {
            ReuseSummary all = index.reuseReports();
            assertEquals(List.of("hongqi", "yuelu"), all.reports().stream().map(ReuseReport::documentId).toList());
            assertEquals(1, all.get(0).pairs().size(), "红旗区's drowning measure stands in 岳麓区's: " + all);
            assertTrue(all.toString().contains("湖南省长沙市岳麓区"), all.toString());
        }
    }

    @Test
    void printsItselfAsTables() {
        try (MeasureIndex index = index()) {
            String hits = index.search("溺水").facets().toString();
            assertTrue(hits.startsWith("「溺水」 2 matches"), hits);
            assertTrue(hits.contains("by region: "), hits);
            String all = index.toString();
            assertTrue(all.contains("2 documents") && all.contains("hongqi"), all);
        }
    }

    @Test
    void anIndexOnDiskOpensAgainWithItsDocuments(@TempDir Path dir) {
        try (MeasureIndex index = MeasureIndex.create(dir, Synonyms.none())) {
            index.addAll(List.of(hongqi(), yuelu()));
        }
        try (MeasureIndex index = MeasureIndex.open(dir, Synonyms.none())) {
            assertEquals(List.of("hongqi", "yuelu"), index.documentIds());
            assertEquals(1, index.search("托育").run().total());
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsRefusedNamingItsDirectory(@TempDir Path dir) throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.commit();
        }
        InputException e = assertThrows(InputException.class, () -> MeasureIndex.openReadOnly(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("layout"), e.getMessage());
        assertThrows(InputException.class, () -> MeasureIndex.open(dir));
        try (MeasureIndex fresh = MeasureIndex.create(dir, Synonyms.none())) {
            fresh.add(hongqi());
        }
        try (MeasureIndex again = MeasureIndex.openReadOnly(dir, Synonyms.none())) {
            assertEquals(List.of("hongqi"), again.documentIds(), "created anew, it opens");
        }
    }

    @Test
    void aReaderSeesAWritersCommitsWhenItRefreshes(@TempDir Path dir) {
        try (MeasureIndex writer = MeasureIndex.create(dir, Synonyms.none());
             MeasureIndex reader = MeasureIndex.openReadOnly(dir, Synonyms.none())) {
            assertEquals(0, reader.documentCount());
            writer.add(hongqi());
            assertEquals(0, reader.documentCount(), "not before a refresh");
            assertEquals(List.of("hongqi"), reader.refresh().documentIds());
            assertThrows(IllegalStateException.class, () -> reader.add(yuelu()));
            assertThrows(IllegalStateException.class, () -> reader.addAll(List.of()));
        }
    }

    @Test
    void aSecondWriterOnOneDirectoryIsRefusedByName(@TempDir Path dir) {
        try (MeasureIndex writer = MeasureIndex.create(dir, Synonyms.none())) {
            writer.add(hongqi());
            ZhibiaoException e = assertThrows(ZhibiaoException.class, () -> MeasureIndex.open(dir, Synonyms.none()));
            assertEquals(dir.toString(), e.input(), e.getMessage());
        }
        try (MeasureIndex again = MeasureIndex.open(dir, Synonyms.none())) {
            assertEquals(List.of("hongqi"), again.documentIds(), "once the first is closed the index opens");
        }
    }

    @Test
    void openingADirectoryWithoutAnIndexSaysSo(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> MeasureIndex.open(dir, Synonyms.none()));
        assertTrue(e.getMessage().contains("holds no measure index"), e.getMessage());
    }

    @Test
    void searchesFromManyThreadsSeeTheSameResults() throws Exception {
        try (MeasureIndex index = index()) {
            List<String> expected = index.search("溺水").run().measures().stream().map(Measure::id).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> futures = new java.util.ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    futures.add(pool.submit(() -> index.search("溺水").run().measures().stream().map(Measure::id).toList()));
                }
                for (Future<List<String>> f : futures) assertEquals(expected, f.get());
            } finally {
                pool.shutdown();
            }
        }
    }
}
