package org.chainatlas.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.chainatlas.platform.TooManyRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Token-bucket rate limits (Bucket4j) by key, e.g. {@code login:<ip>} or {@code meeting-request:<user>}.
 * <p>
 * On PostgreSQL (by default, {@code chainatlas.rate-limit.store=auto}, or {@code database}) the buckets live in table
 * {@code rate_limit_bucket}, shared by every node: Bucket4j's proxy manager locks the key's row ({@code select … for update}) on a connection
 * of its own, so N nodes together allow what one node allows. Because that connection is a second one, a limit is
 * never checked inside a transaction (it would hold one pooled connection while waiting for another): callers
 * check before they begin. {@code memory} keeps buckets in this JVM only: the choice of {@code auto} on the
 * embedded H2 database, which only one node can open anyway.
 */
@Component
public class RateLimits {

    /** A limit: {@code capacity} actions per {@code period}, refilled gradually. */
    public record Rule(String name, long capacity, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build();
        }
    }

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_KEY_LENGTH = 255;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ProxyManager<String> shared;
    private final JdbcTemplate jdbc;

    /** Buckets in this JVM only. */
    public RateLimits() {
        this.shared = null;
        this.jdbc = null;
    }

    @Autowired
    RateLimits(DataSource dataSource, @Value("${chainatlas.rate-limit.store:auto}") String store) {
        if ("auto".equals(store)) {
            store = postgres(dataSource) ? "database" : "memory";
        }
        if ("memory".equals(store)) {
            this.shared = null;
            this.jdbc = null;
        } else if ("database".equals(store)) {
            this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build();
            this.jdbc = new JdbcTemplate(dataSource);
        } else {
            throw new IllegalStateException("chainatlas.rate-limit.store must be 'auto', 'database' or 'memory', not '" + store + "'");
        }
    }

    /** Whether the buckets are shared through the database by every node. */
    public boolean shared() {
        return shared != null;
    }

    public boolean tryConsume(Rule rule, String key) {
        String id = id(rule, key);
        if (shared == null) {
            if (buckets.size() > MAX_KEYS) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(id, k -> Bucket.builder().addLimit(rule.configuration().getBandwidths()[0]).build())
                    .tryConsume(1);
        }
        requireNoTransaction();
        return shared.builder().build(id, rule::configuration).tryConsume(1);
    }

    /** Whether the key has used up its allowance for now (without consuming anything). */
    public boolean exhausted(Rule rule, String key) {
        String id = id(rule, key);
        if (shared == null) {
            Bucket bucket = buckets.get(id);
            return bucket != null && bucket.getAvailableTokens() <= 0;
        }
        requireNoTransaction();
        // A key without a row has its whole allowance: look before asking the bucket, which would create the row.
        Long stored = jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ? and state is not null",
                Long.class, id);
        return stored != null && stored > 0 && shared.builder().build(id, rule::configuration).getAvailableTokens() <= 0;
    }

    /** Consumes one action or throws {@link TooManyRequests}. */
    public void require(Rule rule, String key) {
        if (!tryConsume(rule, key)) {
            throw new TooManyRequests(rule.name(), rule.capacity(), rule.period());
        }
    }

    /** Deletes the buckets that are full again (as good as absent), on one node at a time. */
    @Scheduled(fixedDelayString = "${chainatlas.rate-limit.sweep-ms:600000}", initialDelayString = "${chainatlas.rate-limit.sweep-ms:600000}")
    @SchedulerLock(name = "rate-limit-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    public void scheduledSweep() {
        sweep();
    }

    /** Deletes the buckets that are full again; answers how many. */
    public int sweep() {
        return jdbc == null ? 0 : jdbc.update("delete from rate_limit_bucket where expires_at < ?", System.currentTimeMillis());
    }

    private static boolean postgres(DataSource dataSource) {
        try {
            String product = org.springframework.jdbc.support.JdbcUtils.extractDatabaseMetaData(dataSource,
                    java.sql.DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (org.springframework.jdbc.support.MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the rate limits", e);
        }
    }

    private static String id(Rule rule, String key) {
        String id = rule.name() + ":" + key;
        if (id.length() <= MAX_KEY_LENGTH) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return rule.name() + ":sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a shared rate limit is checked before a transaction begins, not inside one");
        }
    }
}
