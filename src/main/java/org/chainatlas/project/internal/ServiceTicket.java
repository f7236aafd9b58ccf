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
    @Column(name = "department_zh")
    private String departmentZh;
    @Column(name = "satisfaction")
    private Integer satisfaction;
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

    /** The highest escalation level (the leadership of the host). */
    static final int TOP_LEVEL = 3;

    /** Overdue and still active: one level up (at most {@link #TOP_LEVEL}), with a new deadline. */
    void escalate(Instant newDue) {
        requireActive("be escalated");
        if (level >= TOP_LEVEL) {
            throw org.chainatlas.platform.InvalidTransition.coded("ticket " + id + " is at level " + level + ", the top level: it "
                    + "cannot be escalated further", "error.ticketTopLevel", level);
        }
        level++;
        dueAt = newDue;
    }

    boolean escalable() {
        return active() && level < TOP_LEVEL;
    }

    /** A handler works on it (its first comment): an open ticket is in progress from then on. */
    void takeUp() {
        requireActive("be taken up");
        status = TicketStatus.IN_PROGRESS;
    }

    /** Comments are welcome until it is closed. */
    void requireOpenForComments() {
        if (status == TicketStatus.CLOSED) {
            throw new org.chainatlas.platform.InvalidTransition("ticket " + id, status, "take comments");
        }
    }

    /** The handler says the problem is solved; the enterprise still has to confirm. */
    void resolve(Instant now) {
        requireActive("be resolved");
        status = TicketStatus.RESOLVED;
        resolvedAt = now;
    }

    /** The enterprise confirms the resolution and says how satisfied it is (1 to 5). */
    void close(Instant now, Integer rating) {
        requireResolved("be closed");
        if (rating == null || rating < 1 || rating > 5) {
            throw org.chainatlas.platform.InvalidInput.coded("satisfaction", "error.satisfaction",
                    "rate the service from 1 (not satisfied) to 5 (very satisfied)");
        }
        status = TicketStatus.CLOSED;
        closedAt = now;
        satisfaction = rating;
    }

    /** Handed off to a department (转办) while it is being worked on; it stays at its level and deadline. */
    void handOff(String department) {
        requireActive("be handed off");
        if (department == null || department.isBlank()) {
            throw org.chainatlas.platform.InvalidInput.coded("department", "error.handOffDepartment", "name the department it is handed to");
        }
        departmentZh = department.strip();
        if (status == TicketStatus.OPEN) {
            status = TicketStatus.IN_PROGRESS;
        }
    }

    /** Days past the deadline while still active (0 when not overdue). */
    long overdueDays(Instant now) {
        return overdue(now) ? java.time.Duration.between(dueAt, now).toDays() + 1 : 0;
    }

    /** The enterprise says it is not solved: back in progress with a new deadline. */
    void reopen(Instant newDue) {
        requireResolved("be reopened");
        status = TicketStatus.IN_PROGRESS;
        resolvedAt = null;
        dueAt = newDue;
    }

    boolean active() {
        return status == TicketStatus.OPEN || status == TicketStatus.IN_PROGRESS;
    }

    private void requireActive(String step) {
        if (!active()) {
            throw new org.chainatlas.platform.InvalidTransition("ticket " + id, status, step);
        }
    }

    private void requireResolved(String step) {
        if (status != TicketStatus.RESOLVED) {
            throw new org.chainatlas.platform.InvalidTransition("ticket " + id, status, step);
        }
    }

    String departmentZh() { return departmentZh; }
    Integer satisfaction() { return satisfaction; }
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
