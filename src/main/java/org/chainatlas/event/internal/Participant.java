package org.chainatlas.event.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationStatus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A registration for an event: who, what it offers and seeks, which sessions, which slots it cannot attend. */
@Entity
@Table(name = "participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantKind kind;
    @Column(name = "enterprise_id")
    private Long enterpriseId;
    @Column(name = "park_id")
    private Long parkId;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(name = "offers_zh")
    private String offersZh;
    @Column(name = "requests_zh")
    private String requestsZh;
    @Column(nullable = false)
    private int delegates;
    @jakarta.persistence.Column(name = "attendees_zh")
    private String attendeesZh;
    private boolean invited;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_session", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "session_id")
    private Set<Long> sessionIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_unavailable", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "slot_id")
    private Set<Long> unavailableSlotIds = new LinkedHashSet<>();

    protected Participant() {
    }

    Participant(long eventId, ParticipantKind kind, Long enterpriseId, Long parkId, String nameZh, String regionCode,
            Long userId, RegistrationStatus status, boolean invited) {
        this.eventId = eventId;
        this.kind = kind;
        this.enterpriseId = enterpriseId;
        this.parkId = parkId;
        this.nameZh = nameZh;
        this.regionCode = regionCode;
        this.userId = userId;
        this.status = status;
        this.invited = invited;
        this.delegates = 1;
        this.createdAt = Instant.now();
    }

    void attendees(String names) {
        this.attendeesZh = names;
    }

    String attendeesZh() {
        return attendeesZh;
    }

    void details(String offers, String requests, int delegates, Set<Long> sessions, Set<Long> unavailable) {
        this.offersZh = offers;
        this.requestsZh = requests;
        this.delegates = delegates;
        this.sessionIds.clear();
        this.sessionIds.addAll(sessions);
        this.unavailableSlotIds.clear();
        this.unavailableSlotIds.addAll(unavailable);
    }

    void claim(Long userId) {
        if (this.userId == null) {
            this.userId = userId;
        }
    }

    /**
     * Validated by an organiser (or an invitation accepted): from invited, pending, or rejected (the organiser
     * reconsidered). An approved registration cannot be approved again.
     */
    void approve(String by, Instant now) {
        if (status == RegistrationStatus.APPROVED) {
            throw new org.chainatlas.platform.InvalidTransition("the registration of " + nameZh, status, "be approved again");
        }
        decided(RegistrationStatus.APPROVED, by, now);
    }

    /** Turned down by an organiser: from invited, pending or approved (withdrawn); a rejected one stays rejected. */
    void reject(String by, Instant now) {
        if (status == RegistrationStatus.REJECTED) {
            throw new org.chainatlas.platform.InvalidTransition("the registration of " + nameZh, status, "be rejected again");
        }
        decided(RegistrationStatus.REJECTED, by, now);
    }

    /** Demo data only: a registration that still waits for validation. */
    void awaitValidation() {
        status = RegistrationStatus.PENDING;
        decidedBy = null;
        decidedAt = null;
    }

    private void decided(RegistrationStatus next, String by, Instant now) {
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    Long id() { return id; }
    long eventId() { return eventId; }
    ParticipantKind kind() { return kind; }
    Long enterpriseId() { return enterpriseId; }
    Long parkId() { return parkId; }
    String nameZh() { return nameZh; }
    String regionCode() { return regionCode; }
    Long userId() { return userId; }
    RegistrationStatus status() { return status; }
    String offersZh() { return offersZh; }
    String requestsZh() { return requestsZh; }
    int delegates() { return delegates; }
    boolean invited() { return invited; }
    Instant createdAt() { return createdAt; }
    Set<Long> sessionIds() { return sessionIds; }
    Set<Long> unavailableSlotIds() { return unavailableSlotIds; }
}
