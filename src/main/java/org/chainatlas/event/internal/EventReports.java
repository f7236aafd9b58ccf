package org.chainatlas.event.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.event.Outcome;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.RequestStatus;
import org.chainatlas.event.Views;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event dashboard: registrations, requests and acceptance rate, meetings scheduled and held (check-ins),
 * outcomes, for the whole event and per session. A meeting's outcome is the more cautious of its two sides' (one
 * side's SIGNED and the other's INTENT count as INTENT); a signing counts only when both sides say SIGNED.
 */
@Service
public class EventReports {

    private final EventManagement management;
    private final EventRights rights;
    private final Sessions sessions;
    private final Participants participants;
    private final Requests requests;
    private final Meetings meetings;
    private final EventViews views;

    EventReports(EventManagement management, EventRights rights, Sessions sessions,
            Participants participants, Requests requests, Meetings meetings,
            EventViews views) {
        this.views = views;
        this.management = management;
        this.rights = rights;
        this.sessions = sessions;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    public Views.Dashboard dashboard(long eventId) {
        MatchEvent event = management.load(eventId);
        rights.requireOrganiser(event, "see the dashboard of");
        List<Participant> registered = participants.findByEventIdOrderByIdAsc(eventId);
        List<MeetingRequest> allRequests = requests.findByEventIdOrderByIdAsc(eventId);
        List<Meeting> allMeetings = meetings.findByEventIdOrderByIdAsc(eventId);
        Map<Long, List<MeetingRequest>> requestsBySession = new HashMap<>();
        allRequests.forEach(r -> requestsBySession.computeIfAbsent(r.sessionId(), k -> new ArrayList<>()).add(r));
        Map<Long, List<Meeting>> meetingsBySession = new HashMap<>();
        allMeetings.forEach(m -> meetingsBySession.computeIfAbsent(m.sessionId(), k -> new ArrayList<>()).add(m));
        List<Views.SessionFigures> perSession = new ArrayList<>();
        for (EventSession s : sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId)) {
            if (!s.kind().hasTables()) {
                continue; // a plenary or ceremony has no requests or meetings to count
            }
            List<MeetingRequest> rs = requestsBySession.getOrDefault(s.id(), List.of());
            List<Meeting> ms = meetingsBySession.getOrDefault(s.id(), List.of());
            Map<Outcome, Long> outcomes = outcomes(ms);
            long people = registered.stream().filter(p -> p.status() == RegistrationStatus.APPROVED && p.sessionIds().contains(s.id()))
                    .count();
            perSession.add(new Views.SessionFigures(s.id(), s.titleZh(), s.titleEn(), people, rs.size(), count(rs, RequestStatus.ACCEPTED),
                    count(rs, RequestStatus.DECLINED), count(rs, RequestStatus.EXPIRED), ms.size(),
                    ms.stream().filter(m -> m.slotId() != null).count(), held(ms), outcomes.getOrDefault(Outcome.FOLLOW_UP, 0L),
                    outcomes.getOrDefault(Outcome.INTENT, 0L), outcomes.getOrDefault(Outcome.SIGNED, 0L)));
        }
        long approved = registered.stream().filter(p -> p.status() == RegistrationStatus.APPROVED).count();
        long pending = registered.stream().filter(p -> p.status() == RegistrationStatus.PENDING).count();
        long accepted = count(allRequests, RequestStatus.ACCEPTED);
        long decided = accepted + count(allRequests, RequestStatus.DECLINED) + count(allRequests, RequestStatus.EXPIRED);
        long scheduled = allMeetings.stream().filter(m -> m.slotId() != null).count();
        long held = held(allMeetings);
        Map<Outcome, Long> outcomes = outcomes(allMeetings);
        return new Views.Dashboard(eventId, registered.size(), approved, pending, allRequests.size(), accepted,
                share(accepted, decided), allMeetings.size(), scheduled, share(scheduled, allMeetings.size()), held,
                share(held, scheduled), outcomes.getOrDefault(Outcome.NO_INTEREST, 0L), outcomes.getOrDefault(Outcome.FOLLOW_UP, 0L),
                outcomes.getOrDefault(Outcome.INTENT, 0L), outcomes.getOrDefault(Outcome.SIGNED, 0L), perSession,
                signedAmount(allMeetings), partnerships(allMeetings, registered).size(),
                signedAmount(partnerships(allMeetings, registered)));
    }

    /** Signings between two enterprises: partnerships, not investments landing in a host place (they make no project). */
    static List<Meeting> partnerships(List<Meeting> list, List<Participant> registered) {
        java.util.Set<Long> enterprises = new java.util.HashSet<>();
        registered.stream().filter(p -> p.enterpriseId() != null).forEach(p -> enterprises.add(p.id()));
        return list.stream().filter(m -> m.outcomeA() == Outcome.SIGNED && m.outcomeB() == Outcome.SIGNED
                && enterprises.contains(m.participantA()) && enterprises.contains(m.participantB())).toList();
    }

    /** The amount of the meetings both sides recorded as signed (the amount given with the signing). */
    static long signedAmount(List<Meeting> list) {
        return list.stream().filter(m -> m.outcomeA() == Outcome.SIGNED && m.outcomeB() == Outcome.SIGNED)
                .mapToLong(m -> m.signedAmountCny() == null ? 0 : m.signedAmountCny()).sum();
    }

    private static long count(List<MeetingRequest> list, RequestStatus status) {
        return list.stream().filter(r -> r.status() == status).count();
    }

    private static long held(List<Meeting> list) {
        return list.stream().filter(m -> m.checkedInA() != null || m.checkedInB() != null).count();
    }

    /** Share in [0, 1]; 0 when there is nothing to divide by. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Each meeting's outcome: the more cautious side's; SIGNED only when both sides signed. */
    static Map<Outcome, Long> outcomes(List<Meeting> list) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Meeting m : list) {
            Outcome a = m.outcomeA();
            Outcome b = m.outcomeB();
            Outcome result = a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
            if (result == Outcome.SIGNED && (a == null || b == null)) {
                result = Outcome.INTENT;
            }
            if (result != null) {
                counts.merge(result, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Every meeting of the event with its seat, for the organisers' schedule grid. */
    @Transactional(readOnly = true)
    public List<Views.MeetingView> meetings(long eventId) {
        MatchEvent event = management.load(eventId);
        rights.requireOrganiser(event, "see the schedule of");
        Map<Long, String> names = views.names(eventId);
        return meetings.findByEventIdOrderByIdAsc(eventId).stream().map(m -> views.meeting(m, names)).toList();
    }
}
