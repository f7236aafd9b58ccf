package org.chainatlas.event.internal;

import java.time.Instant;

import org.chainatlas.event.RequestStatus;

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
 * A participant's request to meet another in a session, with its reason. Only a pending request can be
 * accepted, declined or cancelled; one past its expiry becomes EXPIRED. The version makes concurrent decisions
 * on the same request fail instead of both succeeding.
 */
@Entity
@Table(name = "meeting_request")
class MeetingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "requester_id", nullable = false)
    private long requesterId;
    @Column(name = "partner_id", nullable = false)
    private long partnerId;
    @Column(name = "reason_zh", nullable = false)
    private String reasonZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    @Column(nullable = false)
    private int priority;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected MeetingRequest() {
    }

    MeetingRequest(long eventId, long sessionId, long requesterId, long partnerId, String reasonZh, int priority,
            Instant expiresAt) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.requesterId = requesterId;
        this.partnerId = partnerId;
        this.reasonZh = reasonZh;
        this.priority = priority;
        this.status = RequestStatus.PENDING;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean expired(Instant now) {
        return status == RequestStatus.PENDING && !expiresAt.isAfter(now);
    }

    /** The partner agrees to meet. */
    void accept(Instant now) {
        decide(RequestStatus.ACCEPTED, now, "be accepted");
    }

    /** The partner does not want to meet. */
    void decline(Instant now) {
        decide(RequestStatus.DECLINED, now, "be declined");
    }

    /** The requester withdraws it. */
    void cancel(Instant now) {
        decide(RequestStatus.CANCELLED, now, "be cancelled");
    }

    /**
     * Its requester or partner was turned down by the organiser: a pending or accepted request (whose meeting was not
     * held) is cancelled.
     */
    void withdraw(Instant now) {
        if (status != RequestStatus.PENDING && status != RequestStatus.ACCEPTED) {
            throw new org.chainatlas.platform.InvalidTransition("meeting request " + id, status, "be withdrawn");
        }
        status = RequestStatus.CANCELLED;
        decidedAt = now;
    }

    /** Nobody answered before its expiry. */
    void expire(Instant now) {
        if (status != RequestStatus.PENDING) {
            throw new org.chainatlas.platform.InvalidTransition("meeting request " + id, status, "expire");
        }
        status = RequestStatus.EXPIRED;
        decidedAt = now;
    }

    /** Only a pending request moves on, and only before its expiry. */
    private void decide(RequestStatus next, Instant now, String step) {
        if (status != RequestStatus.PENDING) {
            throw new org.chainatlas.platform.InvalidTransition("meeting request " + id, status, step);
        }
        if (expired(now)) {
            throw new org.chainatlas.platform.InvalidTransition("meeting request " + id, "expired since " + expiresAt, step);
        }
        status = next;
        decidedAt = now;
    }

    Long id() { return id; }
    long eventId() { return eventId; }
    long sessionId() { return sessionId; }
    long requesterId() { return requesterId; }
    long partnerId() { return partnerId; }
    String reasonZh() { return reasonZh; }
    RequestStatus status() { return status; }
    int priority() { return priority; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    Instant decidedAt() { return decidedAt; }
}
