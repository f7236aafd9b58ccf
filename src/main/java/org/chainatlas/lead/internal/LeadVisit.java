package org.chainatlas.lead.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.lead.VisitKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a lead's visit log (拜访记录). */
@Entity
@Table(name = "lead_visit")
class LeadVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lead_id", nullable = false)
    private long leadId;
    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitKind kind;
    @Column(name = "note_zh", nullable = false)
    private String noteZh;
    @Column(name = "by_user", nullable = false)
    private String byUser;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LeadVisit() {
    }

    LeadVisit(long leadId, LocalDate visitedOn, VisitKind kind, String noteZh, String byUser, Instant createdAt) {
        this.leadId = leadId;
        this.visitedOn = visitedOn;
        this.kind = kind;
        this.noteZh = noteZh;
        this.byUser = byUser;
        this.createdAt = createdAt;
    }

    LocalDate visitedOn() { return visitedOn; }
    VisitKind kind() { return kind; }
    String noteZh() { return noteZh; }
    String byUser() { return byUser; }
}
