package org.chainatlas.event.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One meeting slot of a session. */
@Entity
@Table(name = "time_slot")
class TimeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(nullable = false)
    private int position;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected TimeSlot() {
    }

    TimeSlot(long sessionId, int position, Instant startsAt, Instant endsAt) {
        this.sessionId = sessionId;
        this.position = position;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    Long id() { return id; }
    long sessionId() { return sessionId; }
    int position() { return position; }
    Instant startsAt() { return startsAt; }
    Instant endsAt() { return endsAt; }

    boolean overlaps(TimeSlot other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
