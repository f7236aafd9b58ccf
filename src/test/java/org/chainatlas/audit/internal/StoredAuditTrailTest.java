package org.chainatlas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chainatlas.audit.AuditAction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The fast text of a creation is exactly the diff of an empty snapshot against the new one, as stored before. */
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
    void aCreationIsWrittenAsTheDiffFromNothing() {
        Snapshot full = new Snapshot("宜宾\"示例\"<script>alert(1)</script>", "  前后空格\n换行 ", 850, 42L, 12.5, true, Band.LARGE,
                List.of("规上企业", "专精特新"), List.of(new Segment(7, "PRODUCES", 0.8), new Segment(9, "BUYS", null)),
                Map.of("b", 1, "a", List.of()), Instant.parse("2026-12-02T10:15:30Z"), LocalDate.of(2024, 3, 5),
                new BigDecimal("1234567.890"), null, null);
        Snapshot sparse = new Snapshot("名称", null, null, null, 0, false, null, List.of(), List.of(), Map.of(), null, null, null,
                null, null);
        for (Snapshot snapshot : List.of(full, sparse)) {
            String expected = JSON.writeValueAsString(StoredAuditTrail.diff(Map.of(), StoredAuditTrail.flatten(snapshot)));
            assertThat(StoredAuditTrail.created(snapshot)).isEqualTo(expected);
            assertThat(StoredAuditTrail.changes(AuditAction.CREATE, null, snapshot)).isEqualTo(expected);
        }
        assertThat(StoredAuditTrail.created(full)).contains("\"field\":\"nameZh\"").contains("\\\"示例\\\"")
                .doesNotContain("\"field\":\"missing\"");
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
