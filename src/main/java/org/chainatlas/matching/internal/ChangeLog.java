package org.chainatlas.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chainatlas.enterprise.EnterpriseChanged;
import org.chainatlas.enterprise.EnterprisesRegistered;
import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.park.ParkChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every change the matching index follows into {@code matching_change}, inside the transaction that made it
 * (so the row exists exactly when the change does), tagged with this node. Other nodes read it ({@link IndexFollower});
 * this node has already applied its own changes after the commit ({@link IndexKeeper}). An enterprise change carries
 * the places (segment, role, point) it was and is at, so a follower can clear the old points from its index before
 * it adds the enterprise's current places from the database.
 */
@Component
class ChangeLog {

    /** This node among the nodes: new at every start (per application context, not per class: tests run two in one JVM). */
    private final String node = UUID.randomUUID().toString();
    /** Longest list of places kept with a change; beyond it a follower rebuilds its index instead. */
    static final int MAX_PLACES = 99_000;

    /** A place as logged: segment, role and point. */
    record Place(long nodeId, SegmentRole role, double longitude, double latitude) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChangeLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EnterpriseChanged event) {
        String kind = event.kind() == EnterpriseChanged.Kind.BULK_LOADED ? "BULK"
                : event.kind() == EnterpriseChanged.Kind.NEEDS_CHANGED ? "NEEDS" : "ENTERPRISE";
        String places = kind.equals("ENTERPRISE") ? places(event.before(), event.after()) : null;
        insert(kind, event.enterpriseId(), null, places != null && places.length() > MAX_PLACES ? "*" : places);
    }

    /** A batch of new enterprises: one row listing their ids (a follower reads their places from the database). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EnterprisesRegistered event) {
        String ids = event.enterpriseIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        insert("CREATED", null, null, ids.length() > MAX_PLACES ? "*" : ids);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ParkChanged event) {
        insert("PARKS", null, event.parkId(), null);
    }

    private void insert(String kind, Long enterpriseId, Long parkId, String places) {
        jdbc.update("insert into matching_change (node, kind, enterprise_id, park_id, places, created_at) values (?, ?, ?, ?, ?, ?)",
                node, kind, enterpriseId, parkId, places, Timestamp.from(clock.instant()));
    }

    String node() {
        return node;
    }

    /** The highest sequence number written so far (0 when none). */
    long lastSeq() {
        Long max = jdbc.queryForObject("select max(seq) from matching_change", Long.class);
        return max == null ? 0 : max;
    }

    static String places(List<LocatedSegment> before, List<LocatedSegment> after) {
        Set<String> distinct = new LinkedHashSet<>();
        for (List<LocatedSegment> list : List.of(before, after)) {
            for (LocatedSegment s : list) {
                distinct.add(s.nodeId() + ":" + (s.role() == SegmentRole.PRODUCES ? "P" : "B") + ":" + s.longitude() + ":"
                        + s.latitude());
            }
        }
        return String.join(";", distinct);
    }

    static List<Place> parse(String places) {
        List<Place> list = new ArrayList<>();
        if (places == null || places.isEmpty()) {
            return list;
        }
        for (String item : places.split(";")) {
            String[] p = item.split(":");
            list.add(new Place(Long.parseLong(p[0]), p[1].equals("P") ? SegmentRole.PRODUCES : SegmentRole.BUYS,
                    Double.parseDouble(p[2]), Double.parseDouble(p[3])));
        }
        return list;
    }
}
