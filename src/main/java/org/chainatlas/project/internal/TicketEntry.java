package org.chainatlas.project.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a ticket's history: raised, comment, escalated, resolved, reopened, closed. */
@Entity
@Table(name = "ticket_entry")
class TicketEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id", nullable = false)
    private long ticketId;
    @Column(nullable = false)
    private String action;
    @Column(name = "ticket_level", nullable = false)
    private int level;
    private String note;
    @Column(name = "by_user", nullable = false)
    private String byUser;
    @Column(name = "entry_at", nullable = false)
    private Instant at;

    protected TicketEntry() {
    }

    TicketEntry(long ticketId, String action, int level, String note, String byUser, Instant at) {
        this.ticketId = ticketId;
        this.action = action;
        this.level = level;
        this.note = note;
        this.byUser = byUser;
        this.at = at;
    }

    long ticketId() { return ticketId; }
    String action() { return action; }
    int level() { return level; }
    String note() { return note; }
    String byUser() { return byUser; }
    Instant at() { return at; }
}
