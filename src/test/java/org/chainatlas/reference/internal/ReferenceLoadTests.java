package org.chainatlas.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AtlasTest
@Tag("db")
class ReferenceLoadTests {

    @Autowired
    ReferenceCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private static CsvTable csv(String name, String text) {
        return CsvTable.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String ZONES_HEADER = "name_zh,kind,province_zh,city_zh,leading_industries_zh,source_url,region_code\n";
    private static final String CLUSTERS = "name_zh,batch_year,provinces_zh,cities_zh,industry_zh,source_url,region_codes\n"
            + "测试集群,2022,四川省,成都市,测试,,510100\n";
    private static final String SYSTEMS = "region_zh,system_name_zh,chain_name_zh,level,source_url,region_code\n"
            + "四川省,测试体系,测试链,chain,,510000\n";

    @Test
    void unknownRegionCodeNamesRowAndColumnAndStoresNothing() {
        long zones = jdbc.queryForObject("select count(*) from dev_zone", Long.class);
        CsvTable badZones = csv("national_dev_zones.csv", ZONES_HEADER
                + "新测试经济技术开发区,ETDZ,四川省,成都市,,,510100\n"
                + "坏测试高新区,HTZ,四川省,成都市,,,519999\n");
        assertThatThrownBy(() -> catalogue.load(badZones, csv("c.csv", CLUSTERS), csv("s.csv", SYSTEMS)))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("national_dev_zones.csv")
                .hasMessageContaining("row 3")
                .hasMessageContaining("column 'region_code'")
                .hasMessageContaining("unknown region code '519999'");
        assertThat(jdbc.queryForObject("select count(*) from dev_zone", Long.class)).isEqualTo(zones);
        assertThat(jdbc.queryForObject("select count(*) from manufacturing_cluster where name_zh = '测试集群'", Long.class)).isZero();
    }

    @Test
    void unknownZoneKindIsRefused() {
        CsvTable badZones = csv("national_dev_zones.csv", ZONES_HEADER + "某开发区,SEZ,四川省,成都市,,,510100\n");
        assertThatThrownBy(() -> catalogue.load(badZones, csv("c.csv", CLUSTERS), csv("s.csv", SYSTEMS)))
                .hasMessageContaining("row 2").hasMessageContaining("column 'kind'");
    }
}
