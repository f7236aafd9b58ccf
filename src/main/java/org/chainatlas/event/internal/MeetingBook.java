package org.chainatlas.event.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.account.Actor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.RequestStatus;
import org.chainatlas.event.Views;
import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.GapKind;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.PartnerMatch;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.web.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1 meeting requests: a participant asks another (same session) with a reason; the other accepts or declines
 * before the request expires; each participant has a quota of open requests and a rate limit. Accepting may
 * book a slot at once (the first free table), guarded by unique keys so that no participant and no table is
 * ever double-booked, even when two accepts race; otherwise the optimiser seats the meeting later.
 */
@Service
public class MeetingBook {

    /** Internal events for notifications after commit. */
    record RequestMade(long requestId) {
    }

    record RequestAccepted(long requestId, long meetingId) {
    }

    private final Events events;
    private final Participants participants;
    private final Requests requests;
    private final Meetings meetings;
    private final Slots slots;
    private final Tables tables;
    private final Sessions sessions;
    private final EventRights rights;
    private final EventViews views;
    private final Seating seating;
    private final Matching matching;
    private final EnterpriseCatalog enterprises;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final RateLimits.Rule requestRule;
    private final java.time.Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    MeetingBook(Events events, Participants participants, Requests requests,
            Meetings meetings, Slots slots, Tables tables,
            Sessions sessions, EventRights rights,
            EventViews views, Seating seating, Matching matching, EnterpriseCatalog enterprises, RateLimits limits,
            AuditTrail audit, ApplicationEventPublisher publisher,
            @Value("${chainatlas.rate-limit.meeting-requests-per-hour:60}") long requestsPerHour, java.time.Clock clock,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.slots = slots;
        this.tables = tables;
        this.sessions = sessions;
        this.rights = rights;
        this.views = views;
        this.seating = seating;
        this.matching = matching;
        this.enterprises = enterprises;
        this.limits = limits;
        this.audit = audit;
        this.publisher = publisher;
        this.requestRule = new RateLimits.Rule("meeting-request", requestsPerHour, Duration.ofHours(1));
    }

    private Participant participant(long id, String field) {
        return participants.findById(id).orElseThrow(() -> InvalidInput.coded(field, "error.notRegistered", "unknown participant " + id, id));
    }

    public Views.RequestView request(long fromId, long toId, Long sessionId, String reason) {
        // The hourly limit is shared by every node through the database and checked before the transaction begins.
        Actor actor = rights.require("request", "a meeting");
        limits.require(requestRule, "user:" + actor.userId());
        return transactions.execute(status -> store(fromId, toId, sessionId, reason));
    }

    private Views.RequestView store(long fromId, long toId, Long sessionId, String reason) {
        // Both sides' rows are held (lower id first, so two opposite requests cannot deadlock) until the request is
        // stored: identical requests sent at once store one, and a quota is never exceeded.
        participants.lockById(Math.min(fromId, toId));
        participants.lockById(Math.max(fromId, toId));
        Participant from = participant(fromId, "from");
        rights.requireActsFor(from, "request meetings for");
        MatchEvent event = events.findById(from.eventId()).orElseThrow();
        Validation v = new Validation();
        Participant to = participants.findById(toId).orElse(null);
        if (to == null || to.eventId() != from.eventId()) {
            v.reject("to", "error.notRegistered", "participant " + toId + " is not registered for this event", toId);
        } else if (to.id().equals(from.id())) {
            v.reject("to", "error.requestSelf", "a participant cannot request a meeting with itself");
        } else if (to.status() != RegistrationStatus.APPROVED) {
            v.reject("to", "error.notValidated", to.nameZh() + " is not a validated participant", to.nameZh());
        }
        if (from.status() != RegistrationStatus.APPROVED) {
            v.reject("from", "error.notValidated", from.nameZh() + " is not validated yet (" + from.status() + ")", from.nameZh());
        }
        EventSession session = sessionId == null ? null : sessions.findById(sessionId).orElse(null);
        boolean matchmaking = session == null || session.kind().hasTables();
        if (sessionId == null) {
            v.reject("sessionId", "error.chooseSharedSession", "choose a session you both take part in");
        } else if (!matchmaking) {
            v.reject("sessionId", "error.sessionWithoutTables", "session " + sessionId
                    + " has no negotiation tables: meetings are requested in a 专题对接 session");
        } else if (!from.sessionIds().contains(sessionId)) {
            v.reject("sessionId", "error.notInSession", "session " + sessionId + " is not one " + from.nameZh() + " takes part in",
                    from.nameZh());
        } else if (to != null && !to.sessionIds().contains(sessionId)) {
            v.reject("sessionId", "error.notInSession", to.nameZh() + " does not take part in session " + sessionId, to.nameZh());
        }
        v.text("reason", reason, 1000, true);
        v.throwIfInvalid();
        if (event.status() != EventStatus.OPEN) {
            throw new Conflict("event", "meeting requests for this event are closed", "error.requestsClosed");
        }
        if (requests.between(sessionId, fromId, toId, List.of(RequestStatus.PENDING, RequestStatus.ACCEPTED)) > 0) {
            throw new Conflict("to", "there already is an open or accepted request between " + from.nameZh() + " and "
                    + to.nameZh() + " in this session", "error.requestExists", from.nameZh(), to.nameZh());
        }
        if (requests.activeFrom(fromId) >= event.requestQuota()) {
            throw new Conflict("from", from.nameZh() + " has reached its quota of " + event.requestQuota()
                    + " open and accepted requests", "error.requestQuota", from.nameZh(), event.requestQuota());
        }
        // a request expires after the event's hours, and at the latest when its session ends: after it nobody can meet
        Instant now = clock.instant();
        Instant sessionEnds = session.day().atTime(session.endsAt()).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        if (!sessionEnds.isAfter(now)) {
            throw new Conflict("sessionId", "the session is over: a meeting can no longer be requested in it", "error.sessionOver");
        }
        Instant expires = now.plus(Duration.ofHours(event.requestExpiryHours()));
        MeetingRequest request = requests.saveAndFlush(new MeetingRequest(event.id(), sessionId, fromId, toId, reason.strip(),
                priority(from, to, sessionId), expires.isBefore(sessionEnds) ? expires : sessionEnds));
        audit.record("meeting-request", request.id(), AuditAction.CREATE, null, Map.of("from", from.nameZh(), "to",
                to.nameZh(), "reason", request.reasonZh()));
        publisher.publishEvent(new RequestMade(request.id()));
        return views.request(request, views.names(event.id()));
    }

    /**
     * Weight for the optimiser: 1, plus 1 when the meeting could fill a gap (a host meets an enterprise working
     * in a segment missing or weak in the host's region), plus 1 for a high-value partner (chain leader, Fortune
     * Global 500, central SOE).
     */
    int priority(Participant from, Participant to, long sessionId) {
        int weight = 1;
        Participant enterprise = from.kind() == ParticipantKind.ENTERPRISE ? from : to.kind() == ParticipantKind.ENTERPRISE ? to : null;
        Participant host = from.kind() != ParticipantKind.ENTERPRISE ? from : to.kind() != ParticipantKind.ENTERPRISE ? to : null;
        EnterpriseView view = enterprise == null || enterprise.enterpriseId() == null ? null
                : enterprises.find(enterprise.enterpriseId()).orElse(null);
        if (view != null && host != null && host.regionCode() != null) {
            Set<String> chains = new HashSet<>();
            view.segments().forEach(s -> chains.add(s.chainCode()));
            outer:
            for (String chain : chains) {
                GapAnalysis gaps = matching.gaps(host.regionCode(), chain, 1);
                for (var segment : gaps.segments()) {
                    if (segment.gap() != GapKind.NONE && view.segments().stream().anyMatch(s -> s.nodeId() == segment.nodeId())) {
                        weight++;
                        break outer;
                    }
                }
            }
        }
        if (view != null && (view.has(EnterpriseTag.CHAIN_LEADER) || view.has(EnterpriseTag.FORTUNE_GLOBAL_500)
                || view.has(EnterpriseTag.CENTRAL_SOE))) {
            weight++;
        }
        return weight;
    }

    /** Accepts a pending request; with {@code slotId} the meeting is booked at once at the first free table. */
    @Transactional
    public Views.MeetingView accept(long requestId, Long slotId) {
        MeetingRequest request = requests.findById(requestId).orElseThrow(() -> new NotFound("meeting request", requestId));
        Participant partner = participants.findById(request.partnerId()).orElseThrow();
        rights.requireActsFor(partner, "accept requests for");
        Instant now = clock.instant();
        try {
            if (slotId != null) {
                seating.lockParticipants(request.requesterId(), request.partnerId()); // before the meeting's insert (see there)
            }
            request.accept(now);
            requests.flush();
            Meeting meeting = meetings.saveAndFlush(new Meeting(request, request.priority(), Tokens.random()));
            if (slotId != null) {
                seating.book(meeting, slotId, now);
                meeting.bookedByParticipants(); // the participants chose this time: the optimiser keeps it
            }
            audit.record("meeting-request", requestId, AuditAction.UPDATE, Map.of("status", "PENDING"),
                    Map.of("status", "ACCEPTED", "meeting", meeting.id()));
            publisher.publishEvent(new RequestAccepted(requestId, meeting.id()));
            return views.meeting(meeting, views.names(request.eventId()));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Conflict("request", "the request was decided by someone else at the same time", "error.decidedMeanwhile");
        }
    }

    @Transactional
    public Views.RequestView decline(long requestId) {
        MeetingRequest request = requests.findById(requestId).orElseThrow(() -> new NotFound("meeting request", requestId));
        rights.requireActsFor(participants.findById(request.partnerId()).orElseThrow(), "decline requests for");
        request.decline(clock.instant());
        return decided(request);
    }

    @Transactional
    public Views.RequestView cancel(long requestId) {
        MeetingRequest request = requests.findById(requestId).orElseThrow(() -> new NotFound("meeting request", requestId));
        rights.requireActsFor(participants.findById(request.requesterId()).orElseThrow(), "cancel requests of");
        request.cancel(clock.instant());
        return decided(request);
    }

    private Views.RequestView decided(MeetingRequest request) {
        audit.record("meeting-request", request.id(), AuditAction.UPDATE, Map.of("status", "PENDING"),
                Map.of("status", request.status().name()));
        return views.request(request, views.names(request.eventId()));
    }

    /**
     * The expiry sweep, every minute on one node of the cluster: a node skips it while another ran it less than 20
     * seconds ago (or is still running it).
     */
    @Scheduled(fixedDelayString = "${chainatlas.events.expiry-sweep-ms:60000}", initialDelayString = "${chainatlas.events.expiry-sweep-delay-ms:30000}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "meeting-request-expiry", lockAtMostFor = "PT5M",
            lockAtLeastFor = "PT20S")
    @Transactional
    public void expirySweep() {
        expire();
    }

    /** Marks pending requests past their expiry as expired (by the sweep, and before listings). */
    @Transactional
    public int expire() {
        Instant now = clock.instant();
        List<MeetingRequest> overdue = requests.overdue(now, org.springframework.data.domain.PageRequest.of(0, 5_000));
        overdue.forEach(request -> request.expire(now));
        return overdue.size();
    }

    @Transactional(readOnly = true)
    public List<Views.RequestView> involving(List<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = views.names(participants.findById(participantIds.getFirst()).orElseThrow().eventId());
        Instant now = clock.instant(); // the clock the requests expire by (a pinned test clock said "expired" here)
        List<Views.RequestView> result = new ArrayList<>();
        for (MeetingRequest r : requests.involving(participantIds)) {
            Views.RequestView view = views.request(r, names);
            if (r.expired(now)) {
                view = new Views.RequestView(view.id(), view.eventId(), view.sessionId(), view.requesterId(), view.requesterName(),
                        view.partnerId(), view.partnerName(), view.reasonZh(), RequestStatus.EXPIRED, view.priority(),
                        view.createdAt(), view.expiresAt(), view.decidedAt());
            }
            result.add(view);
        }
        return result;
    }

    /** Validated participants of the event the matching engine suggests for an enterprise participant. */
    @Transactional(readOnly = true)
    public List<Views.ParticipantView> suggestions(long participantId, int limit) {
        Participant p = participants.findById(participantId).orElseThrow(() -> new NotFound("participant", participantId));
        rights.requireActsFor(p, "see suggestions for");
        if (p.enterpriseId() == null) {
            return List.of();
        }
        Map<Long, Participant> byEnterprise = new java.util.HashMap<>();
        participants.findByEventIdOrderByIdAsc(p.eventId()).stream()
                .filter(o -> o.enterpriseId() != null && o.status() == RegistrationStatus.APPROVED && !o.id().equals(p.id()))
                .forEach(o -> byEnterprise.put(o.enterpriseId(), o));
        List<Views.ParticipantView> result = new ArrayList<>();
        for (PartnerMatch match : matching.suggestedPartners(p.enterpriseId(), 500)) {
            Participant other = byEnterprise.get(match.enterpriseId());
            if (other != null) {
                result.add(EventViews.participant(other));
            }
            if (result.size() >= limit) {
                break;
            }
        }
        return result;
    }

    /**
     * Where the signed-in user can ask an enterprise for a meeting: every session of an open event in which one
     * of the user's validated participants and the enterprise's validated participant both take part.
     */
    @Transactional(readOnly = true)
    public List<Views.RequestOption> optionsWith(long partnerEnterpriseId) {
        Actor actor = rights.require("request", "a meeting");
        java.util.Map<Long, Participant> mine = new java.util.LinkedHashMap<>();
        if (actor.enterpriseId() != null) {
            participants.findByEnterpriseId(actor.enterpriseId()).forEach(p -> mine.put(p.id(), p));
        }
        participants.findByUserId(actor.userId()).forEach(p -> mine.put(p.id(), p));
        if (actor.parkId() != null) {
            participants.findByParkId(actor.parkId()).forEach(p -> mine.put(p.id(), p));
        }
        List<Views.RequestOption> options = new ArrayList<>();
        for (Participant from : mine.values()) {
            if (from.status() != RegistrationStatus.APPROVED || !EventRights.actsFor(actor, from)) {
                continue;
            }
            MatchEvent event = events.findById(from.eventId()).orElseThrow();
            if (event.status() != EventStatus.OPEN) {
                continue;
            }
            Participant to = participants.findByEventIdAndEnterpriseId(event.id(), partnerEnterpriseId).orElse(null);
            if (to == null || to.status() != RegistrationStatus.APPROVED || to.id().equals(from.id())) {
                continue;
            }
            for (EventSession s : sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(event.id())) {
                if (s.kind().hasTables() && from.sessionIds().contains(s.id()) && to.sessionIds().contains(s.id())) {
                    options.add(new Views.RequestOption(event.id(), event.nameZh(), from.id(), from.nameZh(), to.id(), to.nameZh(),
                            s.id(), s.titleZh()));
                }
            }
        }
        return options;
    }
}
