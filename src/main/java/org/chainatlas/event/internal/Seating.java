package org.chainatlas.event.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes seats. A seated meeting has its slot and table on the meeting row (unique per table and slot) and one
 * attendance row per participant (unique per participant and slot): the database itself refuses any double
 * booking, whichever path — self-booking, the optimiser, two accepts at once — tries to write one.
 */
@Component
class Seating {

    private final Meetings meetings;
    private final Slots slots;
    private final Tables tables;
    private final Participants participants;
    private final JdbcTemplate jdbc;

    Seating(Meetings meetings, Slots slots, Tables tables,
            Participants participants, JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.slots = slots;
        this.tables = tables;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    /**
     * Books a meeting into a slot of its session at the first free table large enough that the booths allow: the
     * booth of one of the two, or a table nobody keeps (caller's transaction, which took {@link #lockParticipants} before
     * it inserted the meeting).
     */
    void book(Meeting meeting, long slotId, java.time.Instant now) {
        TimeSlot slot = slots.findById(slotId).orElseThrow(() -> InvalidInput.coded("slotId", "error.unknownSlot", "unknown slot " + slotId, slotId));
        if (slot.sessionId() != meeting.sessionId()) {
            throw InvalidInput.coded("slotId", "error.slotNotChosen", "slot " + slotId + " is outside the meeting's session", slotId);
        }
        if (!slot.startsAt().isAfter(now)) {
            throw new Conflict("slotId", "the slot has begun: choose one still ahead, or accept without a slot", "error.slotBegun");
        }
        Participant a = participants.findById(meeting.participantA()).orElseThrow();
        Participant b = participants.findById(meeting.participantB()).orElseThrow();
        for (Participant p : List.of(a, b)) {
            if (p.unavailableSlotIds().contains(slotId)) {
                throw new Conflict("slotId", p.nameZh() + " cannot attend this slot", "error.cannotAttendSlot", p.nameZh());
            }
            // the database refuses two seats of one participant in one slot; sessions side by side have slots of their own
            List<String> elsewhere = jdbc.queryForList("select s.title_zh from meeting_attendance a join time_slot t on t.id = a.slot_id "
                    + "join event_session s on s.id = t.session_id where a.participant_id = ? and t.id <> ? and t.starts_at < ? "
                    + "and ? < t.ends_at", String.class, p.id(), slotId, java.sql.Timestamp.from(slot.endsAt()),
                    java.sql.Timestamp.from(slot.startsAt()));
            if (!elsewhere.isEmpty()) {
                throw new Conflict("slotId", p.nameZh() + " already meets someone at that time (" + elsewhere.getFirst() + ")",
                        "error.busyElsewhere", p.nameZh(), elsewhere.getFirst());
            }
        }
        Set<Long> used = new HashSet<>(jdbc.queryForList(
                "select table_id from meeting where slot_id = ? and table_id is not null", Long.class, slotId));
        int needed = a.delegates() + b.delegates();
        List<MeetingTable> all = tables.findBySessionIdOrderByAreaZhAscNumberAsc(meeting.sessionId());
        java.util.Map<Long, Long> booth = BoothRule.boothsOf(all);
        MeetingTable table = all.stream()
                .filter(t -> t.capacity() >= needed && !used.contains(t.id()) && BoothRule.allows(a.id(), booth.get(a.id()),
                        b.id(), booth.get(b.id()), t.id(), t.boothParticipantId()))
                .findFirst()
                .orElseThrow(() -> new Conflict("slotId", "no free table for " + needed + " people in this slot", "error.noFreeTable", needed));
        seat(meeting, slotId, table.id());
    }

    /**
     * Two bookings of one participant at the same time in sessions side by side, each in its own transaction, would each
     * miss the other's seat (the database's constraint holds one slot only): the two participants' rows are locked, lower
     * id first, until the caller's transaction ends, so the second waits and then sees the first. Take it before the
     * transaction inserts a meeting: on PostgreSQL the meeting's foreign keys share-lock the same rows, and two bookings
     * holding those and asking for this lock deadlock.
     */
    void lockParticipants(long a, long b) {
        for (long id : new long[] {Math.min(a, b), Math.max(a, b)}) {
            jdbc.queryForList("select id from participant where id = ? for update", Long.class, id);
        }
    }

    /** Seats a meeting (caller's transaction); a double booking of a participant or table is a conflict. */
    void seat(Meeting meeting, long slotId, long tableId) {
        try {
            meeting.seat(slotId, tableId);
            meetings.flush();
            jdbc.update("insert into meeting_attendance (meeting_id, participant_id, slot_id) values (?, ?, ?)",
                    meeting.id(), meeting.participantA(), slotId);
            jdbc.update("insert into meeting_attendance (meeting_id, participant_id, slot_id) values (?, ?, ?)",
                    meeting.id(), meeting.participantB(), slotId);
        } catch (DataAccessException e) {
            throw new Conflict("slotId", "slot already taken: one of the participants or the table is booked at that time",
                    "error.slotTaken");
        }
    }

    /** Unseats a meeting (caller's transaction). */
    void unseat(Meeting meeting) {
        jdbc.update("delete from meeting_attendance where meeting_id = ?", meeting.id());
        meeting.seat(null, null);
    }
}
