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
    void demoEnterprisesHaveValidCodesAndSegments() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Long.class)).isGreaterThanOrEqualTo(1500);
        assertThat(jdbc.queryForList("select uscc from enterprise", String.class))
                .allMatch(org.chainatlas.enterprise.Uscc::isValid);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment", Long.class)).isGreaterThanOrEqualTo(1500);
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_zh like '宁德时代%'", Long.class)).isEqualTo(1);
    }

    @Test
    void nationalZonesBecameParksAndDemoParksPublishOpportunities() {
        assertThat(jdbc.queryForObject("select count(*) from park where dev_zone_name is not null", Long.class)).isEqualTo(410);
        assertThat(jdbc.queryForObject("select count(*) from park", Long.class)).isGreaterThanOrEqualTo(500);
        assertThat(jdbc.queryForObject("select count(*) from opportunity", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from enterprise_facility", Long.class)).isGreaterThanOrEqualTo(2500);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_need", Long.class)).isPositive();
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
