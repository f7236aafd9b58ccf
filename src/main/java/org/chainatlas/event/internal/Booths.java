package org.chainatlas.event.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.Views;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed booths (固定展位): in a 专题对接 session, a host bureau or a park keeps one table for the whole session and
 * receives every visitor there; the optimiser seats each of its meetings at that table and nobody else's. Given by
 * the organiser one by one or to every approved host bureau and park of the session at once. A booth never moves
 * a published or held meeting: a change that would is refused; unpublished meetings it contradicts are unseated for the
 * next schedule run.
 */
@Service
public class Booths {

    /** Who may keep a booth: host bureaus (government) and parks. */
    private static final List<ParticipantKind> KINDS = List.of(ParticipantKind.GOVERNMENT, ParticipantKind.PARK);

    private final EventManagement management;
    private final EventRights rights;
    private final Sessions sessions;
    private final Tables tables;
    private final Participants participants;
    private final Meetings meetings;
    private final Seating seating;
    private final AuditTrail audit;

    Booths(EventManagement management, EventRights rights, Sessions sessions, Tables tables, Participants participants,
            Meetings meetings, Seating seating, AuditTrail audit) {
        this.management = management;
        this.rights = rights;
        this.sessions = sessions;
        this.tables = tables;
        this.participants = participants;
        this.meetings = meetings;
        this.seating = seating;
        this.audit = audit;
    }

    /** The participants of a session that may keep a booth, approved, in registration order. */
    @Transactional(readOnly = true)
    public List<Views.ParticipantView> candidates(long eventId, long sessionId) {
        EventSession session = session(eventId, sessionId);
        boolean organiser = rights.organises(management.load(eventId));
        return eligible(session).stream().map(p -> organiser ? EventViews.participant(p) : EventViews.participant(p).forOthers()).toList();
    }

    /** Gives table {@code tableNumber} of the session to a participant for the whole session (moving its old booth). */
    @Transactional
    public Views.BoothView assign(long eventId, long sessionId, long participantId, int tableNumber) {
        EventSession session = session(eventId, sessionId);
        rights.requireOrganiser(management.load(eventId), "assign booths of");
        Participant participant = participants.findById(participantId)
                .filter(p -> p.eventId() == eventId)
                .orElseThrow(() -> InvalidInput.coded("participantId", "error.notRegistered", "participant " + participantId + " is not registered for this event", participantId));
        if (!eligible(session).contains(participant)) {
            throw InvalidInput.coded("participantId", "error.boothNotEligible", participant.nameZh() + " cannot keep a booth here: only "
                    + "approved host bureaus and parks registered for this session can", participant.nameZh());
        }
        List<MeetingTable> all = tables.findBySessionIdOrderByAreaZhAscNumberAsc(sessionId);
        MeetingTable table = all.stream().filter(t -> t.number() == tableNumber).findFirst()
                .orElseThrow(() -> InvalidInput.coded("tableNumber", "error.noSuchTable", "the session has no table " + tableNumber
                        + " (tables 1–" + all.size() + ")", tableNumber, all.size()));
        if (table.boothParticipantId() != null && table.boothParticipantId() != participantId) {
            String owner = participants.findById(table.boothParticipantId()).map(Participant::nameZh).orElse("?");
            throw new Conflict("tableNumber", table.label() + " is already the booth of " + owner, "error.boothTaken", table.label(), owner);
        }
        for (Meeting m : meetings.findBySessionIdOrderByIdAsc(sessionId)) {
            if (!m.staysInPlace() || m.tableId() == null) {
                continue;
            }
            boolean involves = m.participantA() == participantId || m.participantB() == participantId;
            if (involves && !Objects.equals(m.tableId(), table.id()) && !otherBooth(m, participantId, m.tableId(), all)) {
                throw new Conflict("tableNumber", participant.nameZh() + " has a published or held meeting at another table",
                        "error.boothOwnMeetingElsewhere", participant.nameZh());
            }
            if (!involves && Objects.equals(m.tableId(), table.id())) {
                throw new Conflict("tableNumber", table.label() + " has a published or held meeting of other participants",
                        "error.boothTableInUse", table.label());
            }
        }
        for (MeetingTable t : all) {
            if (Objects.equals(t.boothParticipantId(), participantId) && t != table) {
                t.reserveFor(null);
            }
        }
        tables.flush();
        table.reserveFor(participantId);
        tables.flush();
        unseatContradicted(sessionId, all);
        audit.record("event", eventId, AuditAction.UPDATE, null,
                Map.of("session", session.titleZh(), "booth", table.label(), "participant", participant.nameZh()));
        return new Views.BoothView(table.id(), table.number(), table.label(), participantId, participant.nameZh());
    }

    /** Gives every approved host bureau and park of the session without a booth the next free table; answers how many. */
    @Transactional
    public int assignAll(long eventId, long sessionId) {
        EventSession session = session(eventId, sessionId);
        rights.requireOrganiser(management.load(eventId), "assign booths of");
        List<MeetingTable> all = tables.findBySessionIdOrderByAreaZhAscNumberAsc(sessionId);
        List<Long> kept = all.stream().map(MeetingTable::boothParticipantId).filter(Objects::nonNull).toList();
        List<Participant> waiting = new ArrayList<>(eligible(session).stream().filter(p -> !kept.contains(p.id())).toList());
        List<Meeting> published = meetings.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(m -> m.staysInPlace() && m.tableId() != null).toList();
        int given = 0;
        for (Participant p : waiting) {
            MeetingTable free = all.stream().filter(t -> t.boothParticipantId() == null && !hasOthersPublished(published, t, p.id()))
                    .findFirst().orElse(null);
            if (free == null) {
                throw new Conflict("tableNumber", "not enough free tables: " + (waiting.size() - given)
                        + " host bureaus and parks still without a booth", "error.notEnoughTables", waiting.size() - given);
            }
            if (hasOwnPublishedElsewhere(published, p.id(), free.id())) {
                continue;
            }
            free.reserveFor(p.id());
            given++;
        }
        tables.flush();
        unseatContradicted(sessionId, all);
        audit.record("event", eventId, AuditAction.UPDATE, null, Map.of("session", session.titleZh(), "booths", given));
        return given;
    }

    /** Frees a booth: the table is an ordinary table again. */
    @Transactional
    public void release(long eventId, long sessionId, int tableNumber) {
        EventSession session = session(eventId, sessionId);
        rights.requireOrganiser(management.load(eventId), "assign booths of");
        MeetingTable table = tables.findBySessionIdOrderByAreaZhAscNumberAsc(sessionId).stream()
                .filter(t -> t.number() == tableNumber).findFirst()
                .orElseThrow(() -> InvalidInput.coded("tableNumber", "error.noTable", "the session has no table " + tableNumber, tableNumber));
        if (table.boothParticipantId() != null) {
            table.reserveFor(null);
            audit.record("event", eventId, AuditAction.UPDATE, null,
                    Map.of("session", session.titleZh(), "boothReleased", table.label()));
        }
    }

    private EventSession session(long eventId, long sessionId) {
        EventSession session = sessions.findById(sessionId).filter(s -> s.eventId() == eventId)
                .orElseThrow(() -> new NotFound("session", sessionId));
        if (!session.kind().hasTables()) {
            throw InvalidInput.coded("sessionId", "error.sessionWithoutTables", "only a 专题对接 session has tables and booths");
        }
        return session;
    }

    private List<Participant> eligible(EventSession session) {
        return participants.findByEventIdOrderByIdAsc(session.eventId()).stream()
                .filter(p -> p.status() == RegistrationStatus.APPROVED && KINDS.contains(p.kind())
                        && p.sessionIds().contains(session.id()))
                .toList();
    }

    /** Whether a published meeting of the participant sits at the booth of its partner (which it may). */
    private static boolean otherBooth(Meeting m, long participantId, long tableId, List<MeetingTable> all) {
        long partner = m.participantA() == participantId ? m.participantB() : m.participantA();
        return all.stream().anyMatch(t -> t.id() == tableId && Objects.equals(t.boothParticipantId(), partner));
    }

    /** Whether a published meeting of others sits at the table (loaded once per assignment, not per table). */
    private static boolean hasOthersPublished(List<Meeting> published, MeetingTable table, long participantId) {
        return published.stream().anyMatch(m -> Objects.equals(m.tableId(), table.id()) && m.participantA() != participantId
                && m.participantB() != participantId);
    }

    private static boolean hasOwnPublishedElsewhere(List<Meeting> published, long participantId, long tableId) {
        return published.stream().anyMatch(m -> m.tableId() != tableId
                && (m.participantA() == participantId || m.participantB() == participantId));
    }

    private static Long ownerOf(List<MeetingTable> all, long tableId) {
        return all.stream().filter(t -> t.id() == tableId).map(MeetingTable::boothParticipantId).findFirst().orElse(null);
    }

    /** Unseats the unpublished meetings that sit where the booths now say they may not. */
    private void unseatContradicted(long sessionId, List<MeetingTable> all) {
        Map<Long, Long> boothOfParticipant = BoothRule.boothsOf(all);
        for (Meeting m : meetings.findBySessionIdOrderByIdAsc(sessionId)) {
            if (m.staysInPlace() || m.tableId() == null) {
                continue;
            }
            if (!BoothRule.allows(m.participantA(), boothOfParticipant.get(m.participantA()), m.participantB(),
                    boothOfParticipant.get(m.participantB()), m.tableId(), ownerOf(all, m.tableId()))) {
                seating.unseat(m);
            }
        }
    }
}
