package org.chainatlas.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A lead as shown, with its visit log (newest first) when asked for in full. */
public record LeadView(long id, String regionCode, long enterpriseId, String enterpriseName, String chainCode, Long nodeId,
        Long parkId, String parkName, LeadOrigin origin, String reasonZh, LeadStage stage, long ownerId, String ownerName,
        Long officerId, String officerName, String nextStepZh, LocalDate nextStepOn, boolean nextStepLate, Long eventId,
        String eventName, Long projectId, String dropReason, String createdBy, Instant createdAt, long version,
        List<Visit> visits) {

    public record Visit(LocalDate visitedOn, VisitKind kind, String noteZh, String byUser) {
    }
}
