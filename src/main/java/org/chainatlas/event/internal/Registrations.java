package org.chainatlas.event.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationForm;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.RequestStatus;
import org.chainatlas.event.Views;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkView;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.mail.Mailer;
import org.chainatlas.region.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations: enterprises (by their own users), parks (by their officers), departments and associations;
 * organisers validate them, and invite whole tag lists (e.g. every chain leader of a chain). An invited
 * enterprise that registers is taken as validated.
 */
@Service
public class Registrations {

    static final int MAX_INVITATIONS = 500;

    private final Events events;
    private final Participants participants;
    private final Sessions sessions;
    private final Slots slots;
    private final EventRights rights;
    private final EnterpriseCatalog enterprises;
    private final EnterpriseSearch search;
    private final ParkCatalog parks;
    private final Regions regions;
    private final Accounts accounts;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final String baseUrl;

    private final java.time.Clock clock;
    private final Meetings meetings;
    private final Requests requests;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Registrations(Events events, Participants participants, Sessions sessions,
            Slots slots, EventRights rights, EnterpriseCatalog enterprises, EnterpriseSearch search,
            ParkCatalog parks, Regions regions, Accounts accounts, Mailer mailer, AuditTrail audit,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl, java.time.Clock clock, Meetings meetings,
            Requests requests, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.clock = clock;
        this.meetings = meetings;
        this.requests = requests;
        this.jdbc = jdbc;
        this.events = events;
        this.participants = participants;
        this.sessions = sessions;
        this.slots = slots;
        this.rights = rights;
        this.enterprises = enterprises;
        this.search = search;
        this.parks = parks;
        this.regions = regions;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    private MatchEvent event(long id) {
        return events.findById(id).orElseThrow(() -> new NotFound("event", id));
    }

    @Transactional
    public Views.ParticipantView register(long eventId, RegistrationForm form) {
        return register(eventId, form, List.of());
    }

    /**
     * Registers as {@link #register(long, RegistrationForm)}, with the fields a form could not read ({@code unread}:
     * a number that is none, a kind that does not exist) refused together with every error the rules find in the
     * fields that were read — a user sees them all at once. A field unread is not also called "required".
     */
    @Transactional
    public Views.ParticipantView register(long eventId, RegistrationForm form, List<InvalidInput.FieldError> unread) {
        MatchEvent event = event(eventId);
        Actor actor = rights.require("register for", "event " + eventId);
        if (event.status() != EventStatus.OPEN && !rights.organises(event)) {
            throw new Conflict("event", "registration for this event is closed", "error.registrationClosed");
        }
        Validation v = new Validation();
        unread.forEach(v::reject);
        Set<String> unreadFields = new HashSet<>();
        unread.forEach(e -> unreadFields.add(e.field()));
        if (!unreadFields.contains("kind")) {
            v.required("kind", form.kind());
        }
        v.text("offersZh", form.offersZh(), 2000, false);
        v.text("requestsZh", form.requestsZh(), 2000, false);
        v.text("attendeesZh", form.attendeesZh(), 1000, false);
        v.range("delegates", form.delegates(), 1, 10, "people");
        Set<Long> eventSessions = new HashSet<>();
        sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId).forEach(s -> eventSessions.add(s.id()));
        List<Long> chosen = form.sessionIdsOrEmpty();
        if (chosen.isEmpty()) {
            v.reject("sessionIds", "error.chooseSession", "choose at least one session");
        }
        for (int i = 0; i < chosen.size(); i++) {
            if (!eventSessions.contains(chosen.get(i))) {
                v.reject("sessionIds[" + i + "]", "error.sessionNotInEvent", "session " + chosen.get(i) + " is not part of this event", chosen.get(i));
            }
        }
        Set<Long> slotIds = new HashSet<>();
        slots.findBySessionIdIn(chosen.stream().filter(eventSessions::contains).toList()).forEach(s -> slotIds.add(s.id()));
        List<Long> unavailable = form.unavailableSlotIdsOrEmpty();
        for (int i = 0; i < unavailable.size(); i++) {
            if (!slotIds.contains(unavailable.get(i))) {
                v.reject("unavailableSlotIds[" + i + "]", "error.slotNotChosen", "slot " + unavailable.get(i) + " is not in the chosen sessions",
                        unavailable.get(i));
            }
        }
        String name;
        String region;
        Participant existing = null;
        boolean organiser = rights.organises(event);
        if (form.kind() == null) {
            // no kind: which unit registers is unknown, so are its fields; what was found so far is said
            v.throwIfInvalid();
        }
        if (form.kind() == ParticipantKind.ENTERPRISE) {
            EnterpriseView enterprise = form.enterpriseId() == null ? null : enterprises.find(form.enterpriseId()).orElse(null);
            if (enterprise == null) {
                if (form.enterpriseId() == null && !unreadFields.contains("enterpriseId")) {
                    v.required("enterpriseId", null);
                } else if (form.enterpriseId() != null) {
                    v.reject("enterpriseId", "error.unknownEnterprise", "unknown enterprise " + form.enterpriseId(),
                            String.valueOf(form.enterpriseId()));
                }
                v.throwIfInvalid();
            }
            if (!actor.actsFor(enterprise.id()) && !organiser) {
                throw new Forbidden("register", "enterprise " + enterprise.id());
            }
            name = enterprise.nameZh();
            region = enterprise.hqRegionCode();
            existing = participants.findByEventIdAndEnterpriseId(eventId, enterprise.id()).orElse(null);
        } else if (form.kind() == ParticipantKind.PARK) {
            ParkView park = form.parkId() == null ? null : parks.find(form.parkId()).orElse(null);
            if (park == null) {
                if (form.parkId() == null && !unreadFields.contains("parkId")) {
                    v.required("parkId", null);
                } else if (form.parkId() != null) {
                    v.reject("parkId", "error.unknownPark", "unknown park " + form.parkId(), String.valueOf(form.parkId()));
                }
                v.throwIfInvalid();
            }
            boolean officer = actor.is(Role.LOCALITY) && actor.governs(park.regionCode())
                    && (actor.parkId() == null || actor.parkId() == park.id());
            if (!officer && !organiser) {
                throw new Forbidden("register", "park " + park.id());
            }
            name = park.nameZh();
            region = park.regionCode();
            existing = participants.findByEventIdAndParkId(eventId, park.id()).orElse(null);
        } else {
            v.line("nameZh", form.nameZh(), 200, true);
            if (form.regionCode() == null || regions.find(form.regionCode()).isEmpty()) {
                v.reject("regionCode", "error.unknownRegion", "unknown region code '" + form.regionCode() + "'", String.valueOf(form.regionCode()));
            }
            if (!organiser && !actor.is(Role.LOCALITY) && !actor.is(Role.ORGANISER)) {
                throw new Forbidden("register", "a " + form.kind() + " participant");
            }
            if (!organiser && form.regionCode() != null && regions.find(form.regionCode()).isPresent()
                    && !actor.governs(form.regionCode())) {
                // a bureau speaks for its own area: a signing with it is booked there
                v.reject("regionCode", "error.regionNotYours", "you register government bodies and associations of your own area"
                        + " only (" + actor.regionCode() + "); the event's organiser registers those of other places",
                        regions.find(actor.regionCode()).map(r -> r.nameZh()).orElse(String.valueOf(actor.regionCode())));
            }
            name = form.nameZh() == null ? "" : form.nameZh().strip();
            region = form.regionCode();
        }
        v.throwIfInvalid();
        Participant participant;
        if (existing != null) {
            if (existing.status() != RegistrationStatus.INVITED) {
                throw new Conflict(form.kind() == ParticipantKind.ENTERPRISE ? "enterpriseId" : "parkId",
                        name + " is already registered for this event", "error.alreadyRegistered", name);
            }
            participant = existing;
            participant.claim(actor.userId());
            participant.approve(actor.username(), clock.instant());
        } else {
            participant = new Participant(eventId, form.kind(), form.kind() == ParticipantKind.ENTERPRISE ? form.enterpriseId() : null,
                    form.kind() == ParticipantKind.PARK ? form.parkId() : null, name, region, actor.userId(),
                    organiser ? RegistrationStatus.APPROVED : RegistrationStatus.PENDING, false);
        }
        participant.attendees(blank(form.attendeesZh()));
        participant.details(blank(form.offersZh()), blank(form.requestsZh()), form.delegates() == null ? 1 : form.delegates(),
                new LinkedHashSet<>(chosen), new LinkedHashSet<>(unavailable));
        participant = participants.saveAndFlush(participant);
        audit.record("participant", participant.id(), existing == null ? AuditAction.CREATE : AuditAction.UPDATE, null,
                EventViews.participant(participant));
        return EventViews.participant(participant);
    }

    @Transactional
    public Views.ParticipantView decide(long participantId, boolean approve) {
        Participant participant = participants.findById(participantId).orElseThrow(() -> new NotFound("participant", participantId));
        MatchEvent event = event(participant.eventId());
        rights.requireOrganiser(event, "validate registrations of");
        RegistrationStatus before = participant.status();
        String by = rights.require("validate", "registrations").username();
        if (approve) {
            participant.approve(by, clock.instant());
        } else {
            participant.reject(by, clock.instant());
            withdrawMeetings(participant);
        }
        audit.record("participant", participantId, AuditAction.UPDATE, java.util.Map.of("status", before.name()),
                java.util.Map.of("status", participant.status().name()));
        return EventViews.participant(participant);
    }

    /**
     * A participant turned down after it was approved takes no further part: its meetings not yet held are removed
     * (their seats freed, their requests cancelled) and its pending requests cancelled. One it already held (a side
     * checked in or recorded an outcome) cannot be undone: the rejection is refused, saying with whom it met.
     */
    private void withdrawMeetings(Participant participant) {
        List<Meeting> theirs = meetings.involving(List.of(participant.id()));
        for (Meeting m : theirs) {
            if (m.checkedInA() != null || m.checkedInB() != null || m.outcomeA() != null || m.outcomeB() != null) {
                long other = m.participantA() == participant.id() ? m.participantB() : m.participantA();
                String name = participants.findById(other).map(Participant::nameZh).orElse(String.valueOf(other));
                throw new Conflict("approve", participant.nameZh() + " already met " + name + " at this event: a participant "
                        + "who took part cannot be turned down", "error.participantMet", participant.nameZh(), name);
            }
        }
        Instant now = clock.instant();
        for (Meeting m : theirs) {
            jdbc.update("delete from meeting_attendance where meeting_id = ?", m.id());
            requests.findById(m.requestId()).ifPresent(r -> r.withdraw(now));
            meetings.delete(m);
        }
        requests.involving(List.of(participant.id())).stream().filter(r -> r.status() == RequestStatus.PENDING)
                .forEach(r -> r.withdraw(now));
        meetings.flush();
        if (!theirs.isEmpty()) {
            audit.record("participant", participant.id(), AuditAction.UPDATE, null, java.util.Map.of("meetingsRemoved", theirs.size()));
        }
    }

    /**
     * Invites one enterprise to every session of an event (a 招商 lead brought to a matchmaking event). The event's
     * organisers may, and so may a locality officer of a place inside the event's host region: cities bring their
     * target enterprises to their province's events. Inviting an enterprise already taking part changes nothing.
     * Answers the participant.
     */
    @Transactional
    public long inviteOne(long eventId, long enterpriseId) {
        MatchEvent event = event(eventId);
        org.chainatlas.account.Actor actor = rights.require("invite to", "event " + eventId);
        String hostPrefix = org.chainatlas.account.Actor.prefixOf(event.hostRegionCode());
        boolean hostLocality = actor.is(org.chainatlas.account.Role.LOCALITY) && actor.regionCode() != null
                && hostPrefix != null && actor.regionCode().startsWith(hostPrefix);
        if (!actor.organises(event.hostRegionCode()) && !hostLocality) {
            throw new Forbidden("invite to", "event " + eventId);
        }
        if (event.status() == EventStatus.FINISHED) {
            throw new Conflict("eventId", "event " + eventId + " is finished: nobody can be invited any more", "error.eventFinished");
        }
        var existing = participants.findByEventIdAndEnterpriseId(eventId, enterpriseId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var enterprise = enterprises.find(enterpriseId).orElseThrow(() -> new NotFound("enterprise", enterpriseId));
        Set<Long> all = new LinkedHashSet<>();
        sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId).forEach(s -> all.add(s.id()));
        Participant p = new Participant(eventId, ParticipantKind.ENTERPRISE, enterpriseId, null, enterprise.nameZh(),
                enterprise.hqRegionCode(), null, RegistrationStatus.INVITED, true);
        p.details(null, null, 1, all, Set.of());
        participants.save(p);
        accounts.usersOfEnterprise(enterpriseId).forEach(u -> mailer.send(u.email(), "邀请参加 " + event.nameZh(),
                "您好！诚邀 " + enterprise.nameZh() + " 参加 " + event.nameZh() + "。请登录后报名并预约洽谈：" + baseUrl
                        + "/events/" + eventId + "\nYou are invited to " + event.nameZh() + "."));
        audit.record("event", eventId, AuditAction.UPDATE, null, java.util.Map.of("invited", enterprise.nameZh(), "by",
                actor.username()));
        return p.id();
    }

    /**
     * What a registration form starts with for this user, from the account's own records: the enterprise's name,
     * seat and what it does, or the park's name, place and leading industries; the user's region otherwise.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> prefill(Actor actor) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        if (actor.enterpriseId() != null) {
            enterprises.find(actor.enterpriseId()).ifPresent(e -> {
                values.put("kind", ParticipantKind.ENTERPRISE.name());
                values.put("nameZh", e.nameZh());
                values.put("regionCode", e.hqRegionCode());
                if (e.descriptionZh() != null) {
                    values.put("offersZh", e.descriptionZh().length() > 2000 ? e.descriptionZh().substring(0, 2000) : e.descriptionZh());
                }
            });
        } else if (actor.parkId() != null) {
            parks.find(actor.parkId()).ifPresent(k -> {
                values.put("kind", ParticipantKind.PARK.name());
                values.put("nameZh", k.nameZh());
                values.put("regionCode", k.regionCode());
                if (k.catalogue() != null && k.catalogue().leadingIndustriesZh() != null) {
                    values.put("offersZh", "主导产业：" + k.catalogue().leadingIndustriesZh());
                }
            });
        } else if (actor.regionCode() != null) {
            values.put("regionCode", actor.regionCode());
        }
        if (!values.isEmpty()) {
            values.put("delegates", "1");
        }
        return values;
    }

    /** Invites every enterprise of a chain carrying a tag (e.g. all chain leaders of NEV and batteries). */
    @Transactional
    public int invite(long eventId, String chainCode, EnterpriseTag tag, List<Long> sessionIds) {
        MatchEvent event = event(eventId);
        rights.requireOrganiser(event, "invite to");
        if (tag == null) {
            throw InvalidInput.coded("tag", "error.chooseTag", "choose a tag (e.g. CHAIN_LEADER)");
        }
        if (sessionIds == null || sessionIds.isEmpty()) {
            throw InvalidInput.coded("sessionIds", "error.chooseSession", "choose the sessions to invite to");
        }
        Set<Long> eventSessions = new HashSet<>();
        sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId).forEach(s -> eventSessions.add(s.id()));
        for (int i = 0; i < sessionIds.size(); i++) {
            if (!eventSessions.contains(sessionIds.get(i))) {
                throw InvalidInput.coded("sessionIds[" + i + "]", "error.sessionNotInEvent", "session " + sessionIds.get(i) + " is not part of this event", sessionIds.get(i));
            }
        }
        int invited = 0;
        for (int page = 0; invited < MAX_INVITATIONS; page++) {
            var hits = search.search(new EnterpriseQuery(null, null, chainCode, tag, page, 100));
            if (hits.content().isEmpty()) {
                break;
            }
            for (EnterpriseHit hit : hits.content()) {
                if (participants.findByEventIdAndEnterpriseId(eventId, hit.id()).isPresent()) {
                    continue;
                }
                Participant p = new Participant(eventId, ParticipantKind.ENTERPRISE, hit.id(), null, hit.nameZh(),
                        hit.hqRegionCode(), null, RegistrationStatus.INVITED, true);
                p.details(null, null, 1, new LinkedHashSet<>(sessionIds), Set.of());
                participants.save(p);
                invited++;
                accounts.usersOfEnterprise(hit.id()).forEach(u -> mailer.send(u.email(), "邀请参加 " + event.nameZh(),
                        "您好！诚邀 " + hit.nameZh() + " 参加 " + event.nameZh() + "。请登录后报名并预约洽谈：" + baseUrl
                                + "/events/" + eventId + "\nYou are invited to " + event.nameZh() + "."));
                if (invited >= MAX_INVITATIONS) {
                    break;
                }
            }
            if (hits.page() + 1 >= hits.totalPages()) {
                break;
            }
        }
        audit.record("event", eventId, AuditAction.UPDATE, null, java.util.Map.of("invited", invited, "chain",
                String.valueOf(chainCode), "tag", tag.name()));
        return invited;
    }

    @Transactional(readOnly = true)
    public List<Views.ParticipantView> of(long eventId, boolean approvedOnly) {
        MatchEvent event = event(eventId);
        if (!approvedOnly) {
            rights.requireOrganiser(event, "see every registration of");
        }
        boolean organiser = rights.organises(event);
        return participants.findByEventIdOrderByIdAsc(eventId).stream()
                .filter(p -> !approvedOnly || p.status() == RegistrationStatus.APPROVED)
                .map(p -> organiser || rights.actsFor(p) ? EventViews.participant(p) : EventViews.participant(p).forOthers()).toList();
    }

    /** The participants of an event the current user acts for. */
    @Transactional(readOnly = true)
    public List<Views.ParticipantView> mine(long eventId) {
        return participants.findByEventIdOrderByIdAsc(eventId).stream().filter(rights::actsFor).map(EventViews::participant)
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
