package org.chainatlas.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as shown, with its history, evidence, funding and the earlier project it may duplicate. A {@code contractedAmountCny}
 * of 0 means the amount is not known (not disclosed): pages say 未披露 and sums count such projects apart.
 */
public record ProjectView(long id, String nameZh, long enterpriseId, String enterpriseName, String enterpriseUscc,
        String hostRegionCode, Long parkId, String parkName, String chainCode, Long nodeId, String productZh, Long eventId,
        Long meetingId, long contractedAmountCny, ProjectStage stage, LocalDate signedOn, LocalDate landSecuredOn,
        LocalDate constructionStartedOn, LocalDate producingOn, LocalDate fullCapacityOn, LocalDate cancelledOn,
        String cancelReason, long fundsInPlaceCny, Long annualOutputCny, Long annualTaxCny, Integer jobs,
        Long serviceOfficerId, String serviceOfficerName, Long duplicateOf, DuplicateStatus duplicateStatus,
        boolean counted, boolean demo, Instant createdAt, List<StageChange> history, List<Evidence> evidence,
        List<Funding> funding) {

    public record StageChange(ProjectStage from, ProjectStage to, LocalDate onDate, Long evidenceId, String note,
            String changedBy, Instant changedAt) {
    }

    /** A file of the project: stage evidence, or ({@code ticketId} set) a file attached to one of its service tickets. */
    public record Evidence(long id, EvidenceKind kind, String fileName, String contentType, int sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt, Long ticketId) {
    }

    public record Funding(LocalDate onDate, long amountCny, String note, String recordedBy) {
    }
}
