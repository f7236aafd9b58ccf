package org.chainatlas.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's matching index current with changes made on the other nodes: every {@code follow-ms} (default one
 * second) it reads the change log after the last row it applied and applies the other nodes' rows — an enterprise
 * brought to its current state (a batch of new ones read in one query), parks reloaded once per batch, a bulk load rebuilt. Rows are read again a little
 * behind the last one applied (a transaction that took its sequence number before a later one committed is not
 * missed); each is applied once. Its state is on the health endpoint ({@code matchingIndex}): the sequence followed to
 * and how far behind the newest row this node is.
 */
@Component("matchingIndex")
class IndexFollower implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    /** How many sequence numbers behind the last applied row are read again. */
    private static final int LOOKBACK = 200;
    private static final int BATCH = 5_000;

    private final IndexKeeper keeper;
    private final ChangeLog changeLog;
    private final JdbcTemplate jdbc;
    private final long followMs;
    private volatile long appliedTo = -1;
    private final Set<Long> recent = new HashSet<>();
    private volatile Instant lastRun;

    IndexFollower(IndexKeeper keeper, ChangeLog changeLog, JdbcTemplate jdbc,
            @Value("${chainatlas.matching.follow-ms:1000}") long followMs) {
        this.keeper = keeper;
        this.changeLog = changeLog;
        this.jdbc = jdbc;
        this.followMs = followMs;
    }

    private record Row(long seq, String node, String kind, Long enterpriseId, Long parkId, String places) {
    }

    @Scheduled(fixedDelayString = "${chainatlas.matching.follow-ms:1000}", initialDelay = 1_000)
    synchronized void follow() {
        if (!keeper.built()) {
            return;
        }
        if (appliedTo < 0) {
            appliedTo = keeper.builtFrom();
        }
        List<Row> rows = jdbc.query("""
                select seq, node, kind, enterprise_id, park_id, places from matching_change where seq > ? order by seq
                fetch first %d rows only""".formatted(BATCH), (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                (Long) rs.getObject(4, Long.class), (Long) rs.getObject(5, Long.class), rs.getString(6)), Math.max(0, appliedTo - LOOKBACK));
        boolean parks = false;
        Set<Long> parkIds = new java.util.LinkedHashSet<>();
        boolean rebuild = false;
        Map<Long, StringBuilder> enterprises = new LinkedHashMap<>();
        Set<Long> needs = new HashSet<>();
        Set<Long> created = new java.util.LinkedHashSet<>();
        long highest = appliedTo;
        for (Row row : rows) {
            highest = Math.max(highest, row.seq());
            if (!recent.add(row.seq())) {
                continue; // applied before
            }
            if (row.seq() <= keeper.builtFrom() || row.node().equals(changeLog.node())) {
                continue; // in the index since it was built, or made here and applied at once
            }
            switch (row.kind()) {
                case "PARKS" -> {
                    if (row.parkId() == null || row.parkId() == 0) {
                        parks = true;
                    } else {
                        parkIds.add(row.parkId());
                    }
                }
                case "BULK" -> rebuild = true;
                case "CREATED" -> {
                    if ("*".equals(row.places())) {
                        rebuild = true;
                    } else if (row.places() != null && !row.places().isEmpty()) {
                        for (String id : row.places().split(",")) {
                            created.add(Long.parseLong(id));
                        }
                    }
                }
                case "NEEDS" -> needs.add(row.enterpriseId());
                default -> {
                    if ("*".equals(row.places())) {
                        rebuild = true;
                    } else {
                        StringBuilder places = enterprises.computeIfAbsent(row.enterpriseId(), k -> new StringBuilder());
                        if (row.places() != null && !row.places().isEmpty()) {
                            places.append(places.isEmpty() ? "" : ";").append(row.places());
                        }
                    }
                }
            }
        }
        if (rebuild) {
            keeper.rebuild();
            parks = false;
            parkIds.clear();
            enterprises.clear();
            needs.clear();
            created.clear();
        }
        created.removeAll(enterprises.keySet()); // changed again since: brought to its current state below
        keeper.refreshEnterprises(created);
        enterprises.forEach((id, places) -> keeper.refreshEnterprise(id, ChangeLog.parse(places.toString())));
        needs.removeAll(enterprises.keySet());
        needs.forEach(keeper::refreshNeeds);
        if (parks) {
            keeper.reloadParks();
        } else {
            keeper.reloadParks(parkIds);
        }
        appliedTo = highest;
        long forgetBelow = highest - LOOKBACK;
        recent.removeIf(seq -> seq <= forgetBelow);
        lastRun = Instant.now();
        if (!rows.isEmpty() && log.isDebugEnabled()) {
            log.debug("Matching index followed the change log to {} ({} rows read)", highest, rows.size());
        }
    }

    @Override
    public Health health() {
        if (!keeper.built()) {
            return Health.outOfService().withDetail("index", "building").build();
        }
        Long newest = jdbc.queryForObject("select max(seq) from matching_change", Long.class);
        java.sql.Timestamp oldestPending = jdbc.queryForObject(
                "select min(created_at) from matching_change where seq > ? and node <> ?", java.sql.Timestamp.class,
                Math.max(appliedTo, keeper.builtFrom()), changeLog.node());
        long behindMs = oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending.toInstant(), Instant.now()).toMillis());
        Health.Builder health = behindMs > 60_000 + 10 * followMs ? Health.down() : Health.up();
        return health.withDetail("node", changeLog.node())
                .withDetail("followedTo", Math.max(appliedTo, keeper.builtFrom()))
                .withDetail("newest", newest == null ? 0 : newest)
                .withDetail("behindMs", behindMs)
                .withDetail("followEveryMs", followMs)
                .withDetail("lastFollowed", lastRun == null ? "never" : lastRun.toString())
                .build();
    }
}
