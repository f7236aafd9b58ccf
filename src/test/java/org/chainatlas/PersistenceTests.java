package org.chainatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import javax.sql.DataSource;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations and stored data on the configured test database. The {@code postgres} Maven execution runs
 * this class (tag {@code db}) on a real embedded PostgreSQL.
 */
@AtlasTest
@Tag("db")
class PersistenceTests {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.chainatlas.platform.data.DataQuality dataQuality;

    @Test
    void runsOnTheDatabaseThisExecutionIsFor() throws Exception {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.onPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void everyMigrationIsApplied() {
        var all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(m -> m.getState())).allMatch(s -> s == MigrationState.SUCCESS);
    }

    @Test
    void referenceDataIsStoredLinkedToRegions() {
        assertThat(jdbc.queryForObject("select count(*) from region where level <> 'PROVINCE'", Long.class)).isGreaterThanOrEqualTo(340);
        assertThat(jdbc.queryForObject("select count(*) from dev_zone", Long.class)).isEqualTo(410);
        assertThat(jdbc.queryForObject("select count(*) from dev_zone z left join region r on r.code = z.region_code where r.code is null",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from manufacturing_cluster", Long.class)).isEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from chain_system_entry", Long.class)).isEqualTo(101);
    }

    @Test
    void chainsAreStoredWithSegmentsEdgesAndGovernance() {
        assertThat(jdbc.queryForObject("select count(*) from chain where origin = 'BUILT_IN'", Long.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("""
                select min(cnt) from (select count(*) cnt from chain_node n join chain c on c.id = n.chain_id
                where c.origin = 'BUILT_IN' group by n.chain_id) t""", Long.class)).isGreaterThanOrEqualTo(15);
        assertThat(jdbc.queryForObject("select count(distinct chain_id) from chain_governance", Long.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from chain_governance_locality where role = 'PRIMARY_HOST'", Long.class)).isPositive();
    }

    @Test
    void theEnterprisesAreRealListedCompaniesWithNoInventedCodes() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise where stock_code is not null", Long.class)).isGreaterThan(6000);
        assertThat(jdbc.queryForObject("select count(*) from enterprise where demo = true", Long.class)).as("nothing generated").isZero();
        assertThat(jdbc.queryForList("select uscc from enterprise where uscc is not null", String.class))
                .allMatch(org.chainatlas.enterprise.Uscc::isValid);
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc is null", Long.class))
                .as("the public files give no USCC, and none is composed").isGreaterThan(6000);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment", Long.class)).isGreaterThanOrEqualTo(3000);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment where confidence < 1 and evidence is null", Long.class))
                .as("every classified segment says why").isZero();
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_zh like '宁德时代%'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_facility where source = 'EXTRACTED'", Long.class))
                .isGreaterThan(500);
        assertThat(jdbc.queryForObject("""
                select count(*) from enterprise_facility f join enterprise e on e.id = f.enterprise_id
                where e.name_zh like '宁德时代%' and f.region_code = '511500' and f.source = 'SEED'""", Long.class))
                .as("the CATL plant in Yibin of the seed article").isEqualTo(1);
        String chongqing = jdbc.queryForObject("""
                select f.evidence from enterprise_facility f join enterprise e on e.id = f.enterprise_id
                where e.name_zh like '宁德时代%' and f.region_code = '500000' and f.source = 'SEED'""", String.class);
        assertThat(chongqing).as("the Chongqing plant says what its own article says, not the Yibin article's words")
                .contains("赛力斯").doesNotContain("宜宾", "四川经济网");
    }

    @Test
    void companiesRegisteredOutsideTheMainlandAreLoadedAtTheirDomesticHeadOfficeAndSaySo() {
        var smic = jdbc.queryForMap("select id, hq_region_code, source_zh from enterprise where stock_code = '688981.SH'");
        assertThat(smic.get("hq_region_code")).as("SMIC: 总部位于中国上海").isEqualTo("310000");
        assertThat((String) smic.get("source_zh")).contains("注册地：开曼群岛", "境内总部：上海", "依据：");
        assertThat(jdbc.queryForList("select region_code from enterprise_facility where enterprise_id = ? and source = 'EXTRACTED'",
                String.class, smic.get("id"))).as("its fabs in 北京、天津、深圳").contains("110000", "120000", "440300");
        assertThat(jdbc.queryForObject("select hq_region_code from enterprise where stock_code = '688396.SH'", String.class))
                .as("CR Micro: 无锡").isEqualTo("320200");
        assertThat(jdbc.queryForObject("select hq_region_code from enterprise where stock_code = '688347.SH'", String.class))
                .as("Hua Hong: registered in Hong Kong, its fabs and office in 上海").isEqualTo("310000");
        assertThat(jdbc.queryForObject("select hq_region_code from enterprise where stock_code = '600941.SH'", String.class))
                .as("China Mobile (fact check 101): registered in Hong Kong, loaded in 北京 as the stock list and its group say").isEqualTo("110000");
        assertThat(jdbc.queryForObject("select count(*) from enterprise where stock_code = '688235.SH'", Long.class)).isEqualTo(1);
        var flags = dataQuality.report("companies").orElseThrow().flags();
        assertThat(flags).filteredOn(f -> f.key().startsWith("688981.SH"))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("COMPANY_SEAT_ABROAD");
                    assertThat(f.detailZh()).contains("按境内总部上海", "domestic_seats.csv");
                });
    }

    /** The listed companies' report counts listed companies only; the seed articles' enterprises have their own line. */
    @Test
    void theCompaniesReportNeverUsesMoreRowsThanItRead() {
        var listed = dataQuality.report("companies").orElseThrow();
        assertThat(listed.rowsUsed()).isLessThanOrEqualTo(listed.rowsRead()).isEqualTo(jdbc.queryForObject(
                "select count(*) from enterprise where stock_code is not null and demo = false", Integer.class));
        assertThat(dataQuality.report("companies-seed").orElseThrow().rowsRead()).isPositive();
        // every flag names the row it is about (companies without revenue were flagged at row 0 of the financials)
        assertThat(listed.flags()).isNotEmpty().allSatisfy(f -> assertThat(f.row()).as(f.key() + " " + f.kind()).isPositive());
        assertThat(listed.flags()).filteredOn(f -> f.kind().equals("COMPANY_NO_REVENUE")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.file()).endsWith("listed_company_profiles.csv"));
    }

    /** A cooperation reported in an article is no plant: 四维图新 works with 宜宾's car makers, it produces nothing there. */
    @Test
    void aReportedCooperationMakesNoPlant() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id"
                + " where e.name_zh = '北京四维图新科技股份有限公司' and s.region_code like '5115%'", Long.class)).isZero();
    }

    @Test
    void companiesSeatedInTheCityOfJilinAreLoadedThere() {
        // the profiles write 吉林 吉林市: the province's name is also the city's, and the city was once not read
        assertThat(jdbc.queryForList("select hq_region_code from enterprise where stock_code in ('000420.SZ', '600360.SH', '920077.BJ')",
                String.class)).as("吉林化纤, 华微电子, 吉林碳谷").containsExactly("220200", "220200", "220200");
        assertThat(jdbc.queryForObject("select region_code from park where catalogue_code = 'G221072'", String.class))
                .as("吉林经济技术开发区").isEqualTo("220200");
    }

    @Test
    void theCatalogueZonesAreTheParksAndDemoOpportunitiesAreLabelled() {
        assertThat(jdbc.queryForObject("select count(*) from park where catalogue_code is not null", Long.class)).isEqualTo(2543);
        assertThat(jdbc.queryForObject("select count(*) from park where demo = true", Long.class)).as("nothing generated").isZero();
        // a figure a signed-in user entered through the registry is no invention (other tests of the run enter some; the
        // order in which the run takes the test classes is not fixed): only the parks no user created or edited count
        assertThat(jdbc.queryForObject("""
                select count(*) from park p where (p.land_price_cny_per_mu is not null or p.wage_cny_per_month is not null)
                and not exists (select 1 from audit_entry a where a.entity_type = 'park' and a.entity_id = p.id
                and a.action in ('CREATE', 'UPDATE') and a.actor <> 'system')""", Long.class)).as("no invented land prices or wages")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from park where location_precision = 'EXACT'", Long.class)).isGreaterThan(800);
        assertThat(jdbc.queryForObject("select count(*) from park_industry", Long.class)).isGreaterThan(2000);
        assertThat(jdbc.queryForObject("select count(*) from opportunity", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from opportunity o where (o.demo = false or o.title_zh not like '%（演示）')
                and not exists (select 1 from audit_entry a where a.entity_type = 'opportunity' and a.entity_id = o.id
                and a.action = 'CREATE' and a.actor <> 'system')""", Long.class))
                .as("every opportunity the demo loads is labelled a demo (those users publish in other tests aside)").isZero();
        assertThat(jdbc.queryForObject("select count(*) from project where demo = false and created_by = 'seed'", Long.class))
                .as("the projects the seed articles state").isGreaterThanOrEqualTo(10);
    }

    @Test
    void runnersAreIdempotent() throws Exception {
        long regions = jdbc.queryForObject("select count(*) from region", Long.class);
        long zones = jdbc.queryForObject("select count(*) from dev_zone", Long.class);
        long chains = jdbc.queryForObject("select count(*) from chain", Long.class);
        long enterprises = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        long parks = jdbc.queryForObject("select count(*) from park", Long.class);
        for (var runner : context.getBeansOfType(org.springframework.boot.ApplicationRunner.class).values()) {
            runner.run(new org.springframework.boot.DefaultApplicationArguments());
        }
        assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(regions);
        assertThat(jdbc.queryForObject("select count(*) from dev_zone", Long.class)).isEqualTo(zones);
        assertThat(jdbc.queryForObject("select count(*) from chain", Long.class)).isEqualTo(chains);
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Long.class)).isEqualTo(enterprises);
        assertThat(jdbc.queryForObject("select count(*) from park", Long.class)).isEqualTo(parks);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
