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
}
