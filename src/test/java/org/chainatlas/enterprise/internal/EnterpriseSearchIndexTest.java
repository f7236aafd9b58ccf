package org.chainatlas.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hits are read from the index's stored fields: an index built by this version stores them (an index written before
 * is rebuilt at start, see {@link EnterpriseSearchIndex#lacksStoredValues()}), and what a hit shows is what the
 * database holds.
 */
@AtlasTest
class EnterpriseSearchIndexTest {

    @Autowired
    EnterpriseSearchIndex index;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theIndexStoresWhatAHitShowsAndItMatchesTheDatabase() {
        assertThat(index.lacksStoredValues()).isFalse();
        Map<String, Object> smic = jdbc.queryForMap(
                "select id, name_zh, hq_region_code, chain_codes from enterprise where stock_code = '688981.SH'");
        EnterpriseHit hit = index.search(new EnterpriseQuery("中芯国际", null, null, null, 0, 5)).content().getFirst();
        assertThat(hit.id()).isEqualTo(((Number) smic.get("id")).longValue());
        assertThat(hit.nameZh()).isEqualTo(smic.get("name_zh"));
        assertThat(hit.hqRegionCode()).isEqualTo(smic.get("hq_region_code"));
        assertThat(String.join(";", hit.chainCodes())).isEqualTo(smic.get("chain_codes"));
    }

    /** A stock code, with or without its exchange, finds the enterprise it names, and only it (fact check 128). */
    @Test
    void aStockCodeFindsTheEnterpriseItNames() {
        long id = jdbc.queryForObject("select id from enterprise where stock_code = '300750.SZ'", Long.class);
        for (String code : new String[] {"300750.SZ", "300750", "300750.sz", " 300750 "}) {
            java.util.List<Long> found = index.search(new EnterpriseQuery(code, null, null, null, 0, 10)).content().stream()
                    .map(EnterpriseHit::id).toList();
            assertThat(found).as(code).containsExactly(id);
        }
        assertThat(index.search(new EnterpriseQuery("300750.SH", null, null, null, 0, 10)).content()).as("another exchange")
                .isEmpty();
        assertThat(org.chainatlas.enterprise.StockCodes.candidates("宁德时代")).isEmpty();
        assertThat(org.chainatlas.enterprise.StockCodes.candidates("3007501")).isEmpty();
    }

    @Test
    void aPlaceFindsTheEnterprisesProducingThereAndSaysByWhichPlant() {
        Map<String, Object> catl = jdbc.queryForMap("select id, hq_region_code, plant_regions from enterprise where stock_code = '300750.SZ'");
        long id = ((Number) catl.get("id")).longValue();
        assertThat((String) catl.get("plant_regions")).as("宁德时代's plants as stored").contains("511500");
        assertThat(catl.get("hq_region_code")).isEqualTo("350900");

        // the region filter: a city and its province find it by its 宜宾 plant, and say so; its seat's city by the seat
        for (String region : new String[] {"511500", "510000"}) {
            EnterpriseHit hit = find(index.search(new EnterpriseQuery(null, region, "nev-battery", null, 0, 100)).content(), id);
            assertThat(hit).as("filtered by %s", region).isNotNull();
            assertThat(hit.plantRegionCode()).isEqualTo("511500");
        }
        EnterpriseHit atSeat = find(index.search(new EnterpriseQuery(null, "350900", null, null, 0, 100)).content(), id);
        assertThat(atSeat).isNotNull();
        assertThat(atSeat.plantRegionCode()).isNull();
        assertThat(find(index.search(new EnterpriseQuery(null, "440300", "nev-battery", null, 0, 100)).content(), id))
                .as("no plant of its in 深圳").isNull();

        // a place named in the text, alone or with other words, as a city or its province, in Chinese or English
        for (String text : new String[] {"宜宾 电池", "宜宾 宁德时代", "电池 四川", "Yibin 动力电池"}) {
            EnterpriseHit hit = find(index.search(new EnterpriseQuery(text, null, null, null, 0, 100)).content(), id);
            assertThat(hit).as(text).isNotNull();
            assertThat(hit.plantRegionCode()).as(text).startsWith("51");
        }
        assertThat(index.search(new EnterpriseQuery("宜宾", null, null, null, 0, 10)).totalElements())
                .as("the place word finds more than the word in quotes (search syntax: the text alone)")
                .isGreaterThan(index.search(new EnterpriseQuery("\"宜宾\"", null, null, null, 0, 10)).totalElements());
        // a word that only contains a place name is a word: 宁德时代 is found by name, not as all of 宁德
        EnterpriseHit byName = index.search(new EnterpriseQuery("宁德时代", null, null, null, 0, 5)).content().getFirst();
        assertThat(byName.id()).isEqualTo(id);
        assertThat(byName.plantRegionCode()).isNull();
        assertThat(find(index.search(new EnterpriseQuery("宜宾 光刻胶", null, null, null, 0, 100)).content(), id))
                .as("every other word must still match").isNull();
    }

    /**
     * Searching a city's name alone, the enterprises with a seat or plant there come first, and among those found only
     * by a plant (their texts not naming the city) the largest first: 宁德时代, the largest by revenue with a 宜宾 plant, leads
     * them (it came after smaller companies in index order).
     */
    @Test
    void aPlaceAloneListsTheLargestOfThoseProducingThereFirst() {
        long catl = jdbc.queryForObject("select id from enterprise where stock_code = '300750.SZ'", Long.class);
        java.util.List<EnterpriseHit> hits = index.search(new EnterpriseQuery("宜宾", null, null, null, 0, 100)).content();
        java.util.List<Long> byPlant = hits.stream().filter(h -> "511500".equals(h.plantRegionCode())).map(EnterpriseHit::id).toList();
        assertThat(byPlant).as("hits found by a 宜宾 plant").hasSizeGreaterThan(2);
        java.util.List<Long> sizes = byPlant.stream().map(id -> jdbc.queryForObject(
                "select coalesce(revenue_cny, 0) from enterprise where id = ?", java.math.BigDecimal.class, id).longValue()).toList();
        int catlAt = byPlant.indexOf(catl);
        assertThat(catlAt).as("宁德时代 among them").isGreaterThanOrEqualTo(0);
        for (int i = 0; i < catlAt; i++) {
            assertThat(sizes.get(i)).as("hit %d before 宁德时代 is larger", i).isGreaterThanOrEqualTo(sizes.get(catlAt));
        }
        for (EnterpriseHit hit : hits) {
            if (hit.plantRegionCode() == null && hit.hqRegionCode() != null && !hit.hqRegionCode().startsWith("5115")) {
                assertThat(hits.indexOf(hit)).as("%s, neither seated nor producing in 宜宾, comes after the plants", hit.nameZh())
                        .isGreaterThan(hits.stream().map(h -> h.id()).toList().indexOf(byPlant.getLast()));
            }
        }
    }

    /**
     * An English reader searching "battery" finds the enterprises working in the segments named so in English (their texts
     * are Chinese: one hit before), singular or plural, alone or with a place.
     */
    @Test
    void anEnglishWordFindsTheSegmentsItNames() {
        long catl = jdbc.queryForObject("select id from enterprise where stock_code = '300750.SZ'", Long.class);
        assertThat(index.segmentsNamedInEnglish("battery")).contains("动力电池电芯", "电池结构件").noneMatch(name -> name.contains("光伏"));
        assertThat(index.segmentsNamedInEnglish("batteries")).isEqualTo(index.segmentsNamedInEnglish("battery"));
        long battery = index.search(new EnterpriseQuery("battery", null, null, null, 0, 100)).totalElements();
        assertThat(battery).as("enterprises working in battery segments").isGreaterThan(50);
        assertThat(find(index.search(new EnterpriseQuery("battery", null, null, null, 0, 100)).content(), catl)).isNotNull();
        assertThat(find(index.search(new EnterpriseQuery("Yibin battery", null, null, null, 0, 100)).content(), catl)).isNotNull();
        assertThat(index.segmentsNamedInEnglish("电池")).as("Chinese words search as they did").isEmpty();
        assertThat(index.segmentsNamedInEnglish("xyzzy")).isEmpty();
    }

    private static EnterpriseHit find(java.util.List<EnterpriseHit> hits, long id) {
        return hits.stream().filter(h -> h.id() == id).findFirst().orElse(null);
    }
}
