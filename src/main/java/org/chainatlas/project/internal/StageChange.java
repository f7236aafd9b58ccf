package org.chainatlas.project.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.project.ProjectStage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of a project's stage: from, to, on which date, with which evidence, by whom. */
@Entity
@Table(name = "project_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private ProjectStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private ProjectStage toStage;
    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;
    @Column(name = "evidence_id")
    private Long evidenceId;
    private String note;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StageChange() {
    }

    StageChange(long projectId, ProjectStage from, ProjectStage to, LocalDate onDate, Long evidenceId, String note, String by) {
        this.projectId = projectId;
        this.fromStage = from;
        this.toStage = to;
        this.onDate = onDate;
        this.evidenceId = evidenceId;
        this.note = note;
        this.changedBy = by;
        this.changedAt = Instant.now();
    }

    long projectId() { return projectId; }
    ProjectStage fromStage() { return fromStage; }
    ProjectStage toStage() { return toStage; }
    LocalDate onDate() { return onDate; }
    Long evidenceId() { return evidenceId; }
    String note() { return note; }
    String changedBy() { return changedBy; }
    Instant changedAt() { return changedAt; }
}
