package org.chainatlas.project.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Funds arrived (资金到位) on a date, in CNY, possibly with a payment proof. */
@Entity
@Table(name = "project_funding")
class Funding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;
    @Column(name = "amount_cny", nullable = false)
    private long amountCny;
    @Column(name = "evidence_id")
    private Long evidenceId;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Funding() {
    }

    Funding(long projectId, LocalDate onDate, long amountCny, Long evidenceId, String note, String by) {
        this.projectId = projectId;
        this.onDate = onDate;
        this.amountCny = amountCny;
        this.evidenceId = evidenceId;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    LocalDate onDate() { return onDate; }
    long amountCny() { return amountCny; }
    String note() { return note; }
    String recordedBy() { return recordedBy; }
}
