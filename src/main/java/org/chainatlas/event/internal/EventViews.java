package org.chainatlas.event.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.event.Views;
import org.springframework.stereotype.Component;

/** Builds the views of events, sessions, registrations, requests and meetings from the entities. */
@Component
class EventViews {

    private final Sessions sessions;
    private final Slots slots;
    private final Tables tables;
    private final Participants participants;

    EventViews(Sessions sessions, Slots slots, Tables tables,
            Participants participants) {
        this.sessions = sessions;
        this.slots = slots;
        this.tables = tables;
        this.participants = participants;
    }

    Views.EventView event(MatchEvent e) {
        List<Views.SessionView> list = new ArrayList<>();
        // every session's slots, tables and booth holders in three queries, not three per session
        List<EventSession> eventSessions = sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(e.id());
        List<Long> ids = eventSessions.stream().map(EventSession::id).toList();
        Map<Long, List<TimeSlot>> slotsOf = new java.util.HashMap<>();
        Map<Long, List<MeetingTable>> tablesOf = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            slots.findBySessionIdInOrderByPositionAsc(ids)
                    .forEach(t -> slotsOf.computeIfAbsent(t.sessionId(), k -> new ArrayList<>()).add(t));
            tables.findBySessionIdInOrderByAreaZhAscNumberAsc(ids)
                    .forEach(t -> tablesOf.computeIfAbsent(t.sessionId(), k -> new ArrayList<>()).add(t));
        }
        Map<Long, String> boothHolders = boothHolders(tablesOf.values().stream().flatMap(List::stream).toList());
        for (EventSession s : eventSessions) {
            list.add(session(s, slotsOf.getOrDefault(s.id(), List.of()), tablesOf.getOrDefault(s.id(), List.of()), boothHolders));
        }
        return new Views.EventView(e.id(), e.nameZh(), e.nameEn(), e.hostRegionCode(), e.venueZh(), e.startsOn(), e.endsOn(),
                e.themeZh(), e.status(), e.requestExpiryHours(), e.requestQuota(), e.demo(), list, e.version(),
                lines(e.hostsZh()), lines(e.coHostsZh()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    Views.SessionView session(EventSession s) {
        List<MeetingTable> sessionTables = tables.findBySessionIdOrderByAreaZhAscNumberAsc(s.id());
        return session(s, slots.findBySessionIdOrderByPositionAsc(s.id()), sessionTables, boothHolders(sessionTables));
    }

    /** The names of the participants holding booths among these tables, read at once. */
    private Map<Long, String> boothHolders(List<MeetingTable> tables) {
        List<Long> holders = tables.stream().map(MeetingTable::boothParticipantId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        if (!holders.isEmpty()) {
            participants.findAllById(holders).forEach(p -> names.put(p.id(), p.nameZh()));
        }
        return names;
    }

    private Views.SessionView session(EventSession s, List<TimeSlot> sessionSlots, List<MeetingTable> sessionTables,
            Map<Long, String> boothHolders) {
        List<Views.SlotView> slotViews = sessionSlots.stream()
                .map(t -> new Views.SlotView(t.id(), t.position(), t.startsAt(), t.endsAt())).toList();
        List<Views.BoothView> booths = new ArrayList<>();
        for (MeetingTable t : sessionTables) {
            if (t.boothParticipantId() != null) {
                booths.add(new Views.BoothView(t.id(), t.number(), t.label(), t.boothParticipantId(),
                        boothHolders.getOrDefault(t.boothParticipantId(), "")));
            }
        }
        return new Views.SessionView(s.id(), s.eventId(), s.chainCode(), s.titleZh(), s.titleEn(), s.day(), s.startsAt(),
                s.endsAt(), s.slotMinutes(), s.areaZh(), slotViews, sessionTables.size(), s.kind(), booths,
                sessionTables.stream().mapToInt(MeetingTable::capacity).max().orElse(0));
    }

    static Views.ParticipantView participant(Participant p) {
        return new Views.ParticipantView(p.id(), p.eventId(), p.kind(), p.enterpriseId(), p.parkId(), p.nameZh(),
                p.regionCode(), p.status(), p.offersZh(), p.requestsZh(), p.delegates(), p.invited(),
                List.copyOf(p.sessionIds()), List.copyOf(p.unavailableSlotIds()), p.createdAt(), p.attendeesZh());
    }

    Views.RequestView request(MeetingRequest r, Map<Long, String> names) {
        return new Views.RequestView(r.id(), r.eventId(), r.sessionId(), r.requesterId(), names.get(r.requesterId()),
                r.partnerId(), names.get(r.partnerId()), r.reasonZh(), r.status(), r.priority(), r.createdAt(), r.expiresAt(),
                r.decidedAt());
    }

    Views.MeetingView meeting(Meeting m, Map<Long, String> names) {
        TimeSlot slot = m.slotId() == null ? null : slots.findById(m.slotId()).orElse(null);
        MeetingTable table = m.tableId() == null ? null : tables.findById(m.tableId()).orElse(null);
        EventSession session = sessions.findById(m.sessionId()).orElse(null);
        return new Views.MeetingView(m.id(), m.eventId(), m.sessionId(), session == null ? "" : session.titleZh(),
                session == null ? null : session.titleEn(), m.participantA(), names.get(m.participantA()), m.participantB(), names.get(m.participantB()),
                m.slotId(), slot == null ? null : slot.startsAt(), slot == null ? null : slot.endsAt(), m.tableId(),
                table == null ? null : table.label(), m.published(), m.checkinToken(), m.checkedInA(), m.checkedInB(),
                m.outcomeA(), m.outcomeB(), m.noteA(), m.noteB(), m.signedAmountCny(), m.weight());
    }

    Map<Long, String> names(long eventId) {
        Map<Long, String> names = new HashMap<>();
        participants.findByEventIdOrderByIdAsc(eventId).forEach(p -> names.put(p.id(), p.nameZh()));
        return names;
    }
}
