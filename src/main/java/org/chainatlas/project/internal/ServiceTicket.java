package org.chainatlas.project.internal;

import java.time.Instant;

import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A problem an enterprise raised on its project, at a level with a deadline. */
@Entity
@Table(name = "service_ticket")
class ServiceTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketCategory category;
    @Column(name = "title_zh", nullable = false)
    private String titleZh;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;
    @Column(name = "ticket_level", nullable = false)
    private int level;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "raised_by", nullable = false)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected ServiceTicket() {
    }

    ServiceTicket(long projectId, TicketCategory category, String titleZh, String description, Instant dueAt, String raisedBy,
            Instant now) {
        this.projectId = projectId;
        this.category = category;
        this.titleZh = titleZh;
        this.description = description;
        this.status = TicketStatus.OPEN;
        this.level = 1;
        this.dueAt = dueAt;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
    }

    boolean overdue(Instant now) {
        return (status == TicketStatus.OPEN || status == TicketStatus.IN_PROGRESS) && dueAt.isBefore(now);
    }

    void escalate(Instant newDue) {
        level++;
        dueAt = newDue;
    }

    void status(TicketStatus next, Instant now) {
        status = next;
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else if (next == TicketStatus.CLOSED) {
            closedAt = now;
        } else {
            resolvedAt = null;
        }
    }

    void due(Instant dueAt) {
        this.dueAt = dueAt;
    }

    Long id() { return id; }
    long projectId() { return projectId; }
    TicketCategory category() { return category; }
    String titleZh() { return titleZh; }
    String description() { return description; }
    TicketStatus status() { return status; }
    int level() { return level; }
    Instant dueAt() { return dueAt; }
    String raisedBy() { return raisedBy; }
    Instant raisedAt() { return raisedAt; }
    Instant resolvedAt() { return resolvedAt; }
    Instant closedAt() { return closedAt; }
}
