package org.chainatlas.event.internal;

import java.time.Instant;

import org.chainatlas.event.Outcome;

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
 * An accepted request: a 1:1 meeting between participant A (who asked) and B, its seat (slot and table) once
 * scheduled, whether its seat is published (then it is pinned when re-scheduling), check-ins by QR token and
 * each side's outcome.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false, unique = true)
    private long requestId;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "participant_a", nullable = false)
    private long participantA;
    @Column(name = "participant_b", nullable = false)
    private long participantB;
    @Column(nullable = false)
    private int weight;
    @Column(name = "slot_id")
    private Long slotId;
    @Column(name = "table_id")
    private Long tableId;
    private boolean published;
    /** Booked into its slot by its participants (accepted with a time): kept by the optimiser like a published seat. */
    private boolean booked;
    @Column(name = "checkin_token", nullable = false, unique = true)
    private String checkinToken;
    @Column(name = "checked_in_a_at")
    private Instant checkedInA;
    @Column(name = "checked_in_b_at")
    private Instant checkedInB;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_a")
    private Outcome outcomeA;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_b")
    private Outcome outcomeB;
    @Column(name = "note_a")
    private String noteA;
    @Column(name = "note_b")
    private String noteB;
    @Column(name = "signed_amount_cny")
    private Long signedAmountCny;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(MeetingRequest request, int weight, String checkinToken) {
        this.requestId = request.id();
        this.eventId = request.eventId();
        this.sessionId = request.sessionId();
        this.participantA = request.requesterId();
        this.participantB = request.partnerId();
        this.weight = weight;
        this.checkinToken = checkinToken;
        this.createdAt = Instant.now();
    }

    void seat(Long slotId, Long tableId) {
        this.slotId = slotId;
        this.tableId = tableId;
    }

    /** Seated where its participants chose, when the request was accepted: the optimiser does not move it. */
    void bookedByParticipants() {
        if (slotId == null) {
            throw new IllegalStateException("meeting " + id + " has no seat to keep");
        }
        booked = true;
    }

    void publish() {
        if (slotId != null) {
            published = true;
        }
    }

    boolean involves(long participant) {
        return participantA == participant || participantB == participant;
    }

    /**
     * Checks a side in; answers false when it already was. Only at a published seat: an unpublished one may still move,
     * and a meeting checked in stays where it is.
     */
    boolean checkIn(long participant, Instant at) {
        if (!published) {
            throw new org.chainatlas.platform.Conflict("meeting", "the schedule of this meeting is not published yet: check-in "
                    + "opens once the organiser publishes it", "error.notPublishedYet");
        }
        if (participant == participantA && checkedInA == null) {
            checkedInA = at;
            return true;
        }
        if (participant == participantB && checkedInB == null) {
            checkedInB = at;
            return true;
        }
        return false;
    }

    /**
     * Whether the meeting took place, so that an outcome may be recorded: a side checked in at its table and its slot has
     * begun ({@code startsAt}), or its published slot ended ({@code endsAt}; the check-in was skipped). An unpublished seat whose time passed was never announced.
     */
    boolean held(Instant startsAt, Instant endsAt, Instant now) {
        return (checkedInA != null || checkedInB != null) && begun(startsAt, now)
                || published && endsAt != null && endsAt.isBefore(now);
    }

    /** Whether the slot has begun (a side checks in on the day, maybe hours before its meeting: that is no meeting yet). */
    private static boolean begun(Instant startsAt, Instant now) {
        return startsAt == null || !startsAt.isAfter(now);
    }

    /** Records one side's outcome of a held meeting; answers whether the meeting is now signed by both. */
    boolean outcome(long participant, Outcome outcome, String note, Long amountCny, Instant startsAt, Instant endsAt, Instant now) {
        if ((checkedInA != null || checkedInB != null) && !begun(startsAt, now)) {
            throw new org.chainatlas.platform.Conflict("meeting", "the meeting has not begun yet: record its outcome once it has",
                    "error.notBegunYet");
        }
        if (!held(startsAt, endsAt, now)) {
            throw new org.chainatlas.platform.Conflict("meeting", "the meeting has not been held yet: record the outcome after "
                    + "checking in at the table", "error.notHeldYet");
        }
        if (outcomeA == Outcome.SIGNED && outcomeB == Outcome.SIGNED && outcome != Outcome.SIGNED) {
            // both signed: the signing is a project of the pipeline now, where it is cancelled if it falls through
            throw new org.chainatlas.platform.Conflict("outcome", "both sides signed: the outcome no longer changes; if the signing "
                    + "falls through and made a project, cancel it in the pipeline", "error.signingRecorded");
        }
        Outcome other = participant == participantA ? outcomeB : participant == participantB ? outcomeA : null;
        if (outcome == Outcome.SIGNED && amountCny != null && other == Outcome.SIGNED && signedAmountCny != null
                && !signedAmountCny.equals(amountCny)) {
            // one signing, one amount: the larger of two disagreeing figures was kept silently (1,000 万 against 2,000,000 万)
            throw new org.chainatlas.platform.Conflict("amountCny", "the other side recorded this signing at " + signedAmountCny
                    + " CNY: record the same amount, or none (the organiser settles a disagreement)", "error.amountDisagrees",
                    String.format("%,.0f", signedAmountCny / 10_000.0));
        }
        if (participant == participantA) {
            outcomeA = outcome;
            noteA = note;
        } else if (participant == participantB) {
            outcomeB = outcome;
            noteB = note;
        } else {
            throw new IllegalArgumentException("participant " + participant + " is not in meeting " + id);
        }
        if (outcome == Outcome.SIGNED && amountCny != null) {
            signedAmountCny = amountCny;
        }
        return outcomeA == Outcome.SIGNED && outcomeB == Outcome.SIGNED;
    }

    /**
     * Whether the meeting keeps its seat whatever the optimiser or a booth change would say: published, booked by its
     * participants (the optimiser moved a 14:00 they chose to 17:30), or already held (a side checked in or recorded an
     * outcome — moving it would rewrite where it took place).
     */
    boolean staysInPlace() {
        return published || booked || checkedInA != null || checkedInB != null || outcomeA != null || outcomeB != null;
    }

    Long id() { return id; }
    long requestId() { return requestId; }
    long eventId() { return eventId; }
    long sessionId() { return sessionId; }
    long participantA() { return participantA; }
    long participantB() { return participantB; }
    int weight() { return weight; }
    Long slotId() { return slotId; }
    Long tableId() { return tableId; }
    boolean published() { return published; }
    String checkinToken() { return checkinToken; }
    Instant checkedInA() { return checkedInA; }
    Instant checkedInB() { return checkedInB; }
    Outcome outcomeA() { return outcomeA; }
    Outcome outcomeB() { return outcomeB; }
    String noteA() { return noteA; }
    String noteB() { return noteB; }
    Long signedAmountCny() { return signedAmountCny; }
}
