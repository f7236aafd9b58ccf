package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits kept in PostgreSQL (table rate_limit_bucket), as every node of a cluster sees them; on the embedded H2
 * database (one node) they stay in memory.
 */
@AtlasTest
class SharedRateLimitsTests {

    @Autowired
    RateLimits limits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void onPostgresqlTheLimitsAreSharedOnH2TheyAreNot() {
        assertThat(limits.shared()).isEqualTo(TestDatabase.onPostgres());
    }

    @Test
    void theAllowanceIsKeptInTheDatabasePerKey() {
        assumeThat(limits.shared()).as("PostgreSQL").isTrue();
        RateLimits.Rule rule = new RateLimits.Rule("shared-test", 2, Duration.ofMinutes(1));
        String key = "k" + System.nanoTime();
        assertThat(limits.exhausted(rule, key)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Long.class, "shared-test:" + key))
                .as("looking does not create a bucket").isZero();
        assertThat(limits.tryConsume(rule, key)).isTrue();
        assertThat(limits.tryConsume(rule, key)).isTrue();
        assertThat(limits.tryConsume(rule, key)).isFalse();
        assertThat(limits.exhausted(rule, key)).isTrue();
        assertThat(limits.tryConsume(rule, key + "-other")).as("another key has its own bucket").isTrue();
        Long expiresAt = jdbc.queryForObject("select expires_at from rate_limit_bucket where id = ?", Long.class,
                "shared-test:" + key);
        assertThat(expiresAt).as("the row says when the bucket is full again (about a minute)")
                .isBetween(System.currentTimeMillis() + 30_000, System.currentTimeMillis() + 61_000);

        // a bucket full again is deleted by the sweep; one still in use stays
        jdbc.update("update rate_limit_bucket set expires_at = 1 where id = ?", "shared-test:" + key + "-other");
        assertThat(limits.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select id from rate_limit_bucket where id like 'shared-test:%'", String.class))
                .containsExactly("shared-test:" + key);
        assertThat(limits.tryConsume(rule, key)).as("the sweep leaves a used-up bucket alone").isFalse();
    }

    @Test
    void aVeryLongKeyIsStoredByItsDigest() {
        RateLimits.Rule rule = new RateLimits.Rule("shared-long", 1, Duration.ofMinutes(1));
        String key = "x".repeat(400);
        assertThat(limits.tryConsume(rule, key)).isTrue();
        assertThat(limits.tryConsume(rule, key)).isFalse();
        assertThat(limits.tryConsume(rule, key + "y")).as("a different long key is a different bucket").isTrue();
    }

    @Test
    void aSharedLimitIsNotCheckedInsideATransaction() {
        assumeThat(limits.shared()).as("PostgreSQL").isTrue();
        RateLimits.Rule rule = new RateLimits.Rule("shared-tx", 5, Duration.ofMinutes(1));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> limits.tryConsume(rule, "k")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before a transaction");
    }
}
