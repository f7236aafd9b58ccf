package org.chainatlas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditEntryView.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A creation, stored as its snapshot, reads back exactly as the diff of an empty snapshot against it (as stored before). */
class StoredAuditTrailTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Band { SMALL, LARGE }

    record Segment(long nodeId, String role, Double confidence) {
    }

    record Snapshot(String nameZh, String descriptionZh, Integer employees, Long id, double share, boolean listed, Band band,
            List<String> tags, List<Segment> segments, Map<String, Object> extra, Instant at, LocalDate since, BigDecimal revenue,
            String missing, List<String> none) {
    }

    @Test
    void aCreationIsStoredAsItsSnapshotAndReadAsTheDiffFromNothing() {
        Snapshot full = new Snapshot("宜宾\"示例\"<script>alert(1)</script>", "  前后空格\n换行 ", 850, 42L, 12.5, true, Band.LARGE,
                List.of("规上企业", "专精特新"), List.of(new Segment(7, "PRODUCES", 0.8), new Segment(9, "BUYS", null)),
                Map.of("b", 1, "a", List.of()), Instant.parse("2026-12-02T10:15:30Z"), LocalDate.of(2024, 3, 5),
                new BigDecimal("1234567.89"), null, null);
        Snapshot sparse = new Snapshot("名称", null, null, null, 0, false, null, List.of(), List.of(), Map.of(), null, null, null,
                null, null);
        // doubles Java writes with an exponent (a revenue in yuan), at the top and nested, read back as written before
        Snapshot large = new Snapshot("大额", null, null, 9_007_199_254_740_993L, 1.5E9, false, null, List.of(),
                List.of(new Segment(1, "PRODUCES", 1.0E-4)), Map.of("revenueCny", 2.35E10, "share", 1.0E-4), null, null, null, null, null);
        for (Snapshot snapshot : List.of(full, sparse, large)) {
            List<Change> expected = StoredAuditTrail.diff(Map.of(), StoredAuditTrail.flatten(snapshot));
            String stored = StoredAuditTrail.changes(AuditAction.CREATE, null, snapshot);
            assertThat(stored).isEqualTo(StoredAuditTrail.created(snapshot)).startsWith("{");
            assertThat(StoredAuditTrail.read(stored)).isEqualTo(expected);
            // entries written before creations were stored as snapshots hold the list itself: read as they are
            assertThat(StoredAuditTrail.read(JSON.writeValueAsString(expected))).isEqualTo(expected);
        }
        List<Change> read = StoredAuditTrail.read(StoredAuditTrail.created(full));
        assertThat(read).extracting(Change::field).contains("nameZh", "segments", "since").doesNotContain("missing", "none")
                .isSorted();
        assertThat(read).allSatisfy(c -> assertThat(c.oldValue()).isNull());
        assertThat(read).filteredOn(c -> c.field().equals("nameZh")).singleElement()
                .satisfies(c -> assertThat(c.newValue()).isEqualTo("宜宾\"示例\"<script>alert(1)</script>"));
        assertThat(read).filteredOn(c -> c.field().equals("segments")).singleElement()
                .satisfies(c -> assertThat(c.newValue()).startsWith("[{").contains("\"PRODUCES\""));
        assertThat(StoredAuditTrail.read(null)).isEmpty();
    }

    @Test
    void anUpdateStillListsOnlyWhatChanged() {
        Snapshot before = new Snapshot("名称", null, 10, 1L, 0, false, Band.SMALL, List.of(), List.of(), Map.of(), null, null, null,
                null, null);
        Snapshot after = new Snapshot("名称", null, 12, 1L, 0, false, Band.SMALL, List.of(), List.of(), Map.of(), null, null, null,
                null, null);
        assertThat(StoredAuditTrail.changes(AuditAction.UPDATE, before, after)).isEqualTo(JSON.writeValueAsString(
                List.of(new org.chainatlas.audit.AuditEntryView.Change("employees", "10", "12"))));
        assertThat(StoredAuditTrail.changes(AuditAction.UPDATE, before, before)).isNull();
    }
}
