package org.chainatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chainatlas.enterprise.EnterpriseBrief;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.RegionEnterprises;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a region page states about a place, read on the real data: the enterprises seated there and those seated
 * elsewhere that produce there (largest first), and the parks per city — each checked against the tables directly.
 */
@AtlasTest
@Tag("db")
class RegionFactsTests {

    @Autowired
    EnterpriseCatalog enterprises;
    @Autowired
    ParkCatalog parks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitysEnterprisesAreThoseSeatedThereAndThoseWithABaseThereLargestFirst() {
        RegionEnterprises yibin = enterprises.inRegion("511500", 5);
        assertThat(yibin.seated()).isEqualTo(jdbc.queryForObject(
                "select count(*) from enterprise where deleted_at is null and hq_region_code like '5115%'", Long.class));
        assertThat(yibin.largestSeated()).hasSizeLessThanOrEqualTo(5).isNotEmpty()
                .allSatisfy(e -> assertThat(e.hqRegionCode()).startsWith("5115"));
        assertThat(yibin.largestSeated().getFirst().nameZh()).isEqualTo("宜宾五粮液股份有限公司");
        assertRevenueFalls(yibin.largestSeated());

        assertThat(yibin.producingFromElsewhere()).isEqualTo(jdbc.queryForObject("select count(*) from enterprise e where "
                + "e.deleted_at is null and e.hq_region_code not like '5115%' and exists (select 1 from enterprise_facility f "
                + "where f.enterprise_id = e.id and f.region_code like '5115%')", Long.class));
        assertThat(yibin.largestProducingFromElsewhere()).extracting(EnterpriseBrief::nameZh).contains("宁德时代新能源科技股份有限公司");
        assertThat(yibin.largestProducingFromElsewhere()).noneSatisfy(e -> assertThat(e.hqRegionCode()).startsWith("5115"));
        assertRevenueFalls(yibin.largestProducingFromElsewhere());

        RegionEnterprises sichuan = enterprises.inRegion("510000", 5);
        assertThat(sichuan.seated()).isGreaterThan(yibin.seated());
        assertThat(sichuan.largestProducingFromElsewhere()).noneSatisfy(e -> assertThat(e.hqRegionCode()).startsWith("51"));
    }

    private static void assertRevenueFalls(List<EnterpriseBrief> list) {
        for (int i = 1; i < list.size(); i++) {
            Double before = list.get(i - 1).revenueCny();
            Double now = list.get(i).revenueCny();
            assertThat(now == null || (before != null && before >= now)).as("largest first at %s", list.get(i).nameZh()).isTrue();
        }
    }

    @Test
    void parksPerCityAddUpToTheProvincesParks() {
        Map<String, Long> sichuan = parks.countsByRegion("510000");
        assertThat(sichuan.keySet()).allSatisfy(code -> assertThat(code).startsWith("51"));
        assertThat(sichuan.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(parks.parksIn("510000").size());
        assertThat(sichuan.get("511500")).isEqualTo(parks.parksIn("511500").size()).isGreaterThanOrEqualTo(10);
        assertThat(parks.countsByRegion(null).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(parks.parksIn(null).size());
    }
}
