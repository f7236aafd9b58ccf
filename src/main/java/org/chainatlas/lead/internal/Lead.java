package org.chainatlas.lead.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.lead.LeadOrigin;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.InvalidTransition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A lead and its lifecycle, guarded here whoever calls: one stage at a time along 目标企业 → 已接触 → 在谈 → 签约
 * (a contacted lead may sign straight away), contact only once a visit or call is logged, signing only together
 * with the project it becomes, dropping only with a reason and never after signing, and a dropped lead may be
 * taken up again as a target.
 */
@Entity
@Table(name = "investment_lead")
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;
    @Column(name = "chain_code", nullable = false)
    private String chainCode;
    @Column(name = "node_id")
    private Long nodeId;
    @Column(name = "park_id")
    private Long parkId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadOrigin origin;
    @Column(name = "reason_zh")
    private String reasonZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStage stage;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "officer_id")
    private Long officerId;
    @Column(name = "next_step_zh")
    private String nextStepZh;
    @Column(name = "next_step_on")
    private LocalDate nextStepOn;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "project_id")
    private Long projectId;
    @Column(name = "drop_reason")
    private String dropReason;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Lead() {
    }

    Lead(String regionCode, long enterpriseId, String chainCode, Long nodeId, Long parkId, LeadOrigin origin, String reasonZh,
            long ownerId, String createdBy, Instant at) {
        this.regionCode = regionCode;
        this.enterpriseId = enterpriseId;
        this.chainCode = chainCode;
        this.nodeId = nodeId;
        this.parkId = parkId;
        this.origin = origin;
        this.reasonZh = reasonZh;
        this.stage = LeadStage.TARGET;
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    private void require(LeadStage to, String step) {
        if (!stage.next().contains(to)) {
            throw new InvalidTransition("lead " + id, stage, step);
        }
    }

    /**
     * A visit or call was logged: a target becomes contacted (the log is the evidence of contact). Nothing is
     * logged on a signed or dropped lead.
     */
    void visited(Instant at) {
        if (stage == LeadStage.SIGNED || stage == LeadStage.DROPPED) {
            throw new InvalidTransition("lead " + id, stage, "take a visit (take it up again first)");
        }
        if (stage == LeadStage.TARGET) {
            stage = LeadStage.CONTACTED;
        }
        updatedAt = at;
    }

    /** Moves forward to contacted (needs a logged visit) or negotiating. Signing and dropping have their own steps. */
    void advance(LeadStage to, int visits, Instant at) {
        if (to == LeadStage.SIGNED || to == LeadStage.DROPPED || to == LeadStage.TARGET) {
            throw new InvalidTransition("lead " + id, stage, "move to " + to + " this way", "lead.stage.");
        }
        require(to, "move to " + to);
        if (to == LeadStage.CONTACTED && visits == 0) {
            throw InvalidInput.coded("stage", "error.visitFirst", "log the visit or call first: 已接触 means a contact is on record");
        }
        stage = to;
        updatedAt = at;
    }

    /** Refuses, with the lead's state, when it cannot be signed now (before the project is made). */
    void requireCanSign() {
        require(LeadStage.SIGNED, "be signed");
    }

    /** Refuses, with the lead's state, when it is signed or dropped. */
    void requireOpen(String step) {
        if (stage == LeadStage.SIGNED || stage == LeadStage.DROPPED) {
            throw new InvalidTransition("lead " + id, stage, step);
        }
    }

    /** Signed: from now on it is the given project. */
    void signed(long project, Instant at) {
        require(LeadStage.SIGNED, "be signed");
        stage = LeadStage.SIGNED;
        projectId = project;
        nextStepZh = null;
        nextStepOn = null;
        updatedAt = at;
    }

    void drop(String reason, Instant at) {
        require(LeadStage.DROPPED, "be dropped");
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.coded("reason", "error.dropReason", "say why the lead is dropped");
        }
        org.chainatlas.platform.Validation v = new org.chainatlas.platform.Validation();
        v.text("reason", reason.strip(), 500, true);
        v.throwIfInvalid();
        stage = LeadStage.DROPPED;
        dropReason = reason.strip();
        updatedAt = at;
    }

    /** A dropped lead taken up again starts over as a target. */
    void reopen(Instant at) {
        require(LeadStage.TARGET, "be taken up again");
        stage = LeadStage.TARGET;
        dropReason = null;
        updatedAt = at;
    }

    void nextStep(String what, LocalDate on, Instant at) {
        requireOpen("plan a next step");
        nextStepZh = what == null || what.isBlank() ? null : what.strip();
        nextStepOn = on;
        updatedAt = at;
    }

    void officer(Long userId, Instant at) {
        officerId = userId;
        updatedAt = at;
    }

    void owner(long userId, Instant at) {
        ownerId = userId;
        updatedAt = at;
    }

    void invited(long event, Instant at) {
        requireOpen("be invited to an event");
        eventId = event;
        updatedAt = at;
    }

    Long id() { return id; }
    String regionCode() { return regionCode; }
    long enterpriseId() { return enterpriseId; }
    String chainCode() { return chainCode; }
    Long nodeId() { return nodeId; }
    Long parkId() { return parkId; }
    LeadOrigin origin() { return origin; }
    String reasonZh() { return reasonZh; }
    LeadStage stage() { return stage; }
    long ownerId() { return ownerId; }
    Long officerId() { return officerId; }
    String nextStepZh() { return nextStepZh; }
    LocalDate nextStepOn() { return nextStepOn; }
    Long eventId() { return eventId; }
    Long projectId() { return projectId; }
    String dropReason() { return dropReason; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }
}
