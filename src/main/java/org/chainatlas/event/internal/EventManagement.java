package org.chainatlas.event.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.chainatlas.account.Actor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.Chains;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.event.EventForm;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.SessionForm;
import org.chainatlas.event.Views;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.web.Formats;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and running events: the event, its thematic sessions with their generated time slots and numbered
 * tables, and its status. Only organisers of the host region (and administrators) may.
 */
@Service
public class EventManagement implements EventCatalog {

    static final int MAX_SLOTS = 48;

    private final Events events;
    private final Sessions sessions;
    private final Slots slots;
    private final Tables tables;
    private final Meetings meetings;
    private final EventRights rights;
    private final EventViews views;
    private final Regions regions;
    private final Chains chains;
    private final AuditTrail audit;

    private final MeetingDesk desk;
    private final Registrations registrations;
    private final Participants participants;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final java.time.Clock clock;

    EventManagement(Events events, Sessions sessions, Slots slots,
            Tables tables, Meetings meetings, EventRights rights, EventViews views, Regions regions,
            Chains chains, AuditTrail audit, MeetingDesk desk, Registrations registrations, Participants participants,
            org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.participants = participants;
        this.desk = desk;
        this.registrations = registrations;
        this.events = events;
        this.sessions = sessions;
        this.slots = slots;
        this.tables = tables;
        this.meetings = meetings;
        this.rights = rights;
        this.views = views;
        this.regions = regions;
        this.chains = chains;
        this.audit = audit;
    }

    MatchEvent load(long id) {
        return events.findById(id).orElseThrow(() -> new NotFound("event", id));
    }

    @Transactional
    public Views.EventView create(EventForm form) {
        Actor actor = rights.require("create", "an event");
        check(form).throwIfInvalid();
        if (!actor.organises(form.hostRegionCode())) {
            throw new Forbidden("create", "an event in region " + form.hostRegionCode());
        }
        MatchEvent event = new MatchEvent(actor.username(), false);
        event.apply(form);
        event = events.saveAndFlush(event);
        Views.EventView view = views.event(event);
        audit.record("event", event.id(), AuditAction.CREATE, null, form);
        return view;
    }

    @Transactional
    public Views.EventView update(long id, EventForm form) {
        return update(id, form, null);
    }

    /** {@link #update(long, EventForm)} of a form opened on {@code expectedVersion} (null: no check). */
    @Transactional
    public Views.EventView update(long id, EventForm form, Long expectedVersion) {
        MatchEvent event = load(id);
        org.chainatlas.platform.Versions.require("event " + event.nameZh(), expectedVersion, event.version());
        rights.requireOrganiser(event, "edit");
        check(form).throwIfInvalid();
        Actor actor = rights.require("edit", "event " + id);
        if (!actor.organises(form.hostRegionCode())) {
            throw new Forbidden("move", "event " + id + " to region " + form.hostRegionCode());
        }
        if (form.startsOn() != null && form.endsOn() != null) {
            // the sessions (and the meetings in them) stay on their days: dates that leave one outside are refused
            for (EventSession s : sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(id)) {
                if (s.day().isBefore(form.startsOn()) || s.day().isAfter(form.endsOn())) {
                    throw InvalidInput.coded(s.day().isBefore(form.startsOn()) ? "startsOn" : "endsOn", "error.sessionOutsideEvent",
                            "session " + s.titleZh() + " is on " + s.day() + ", outside the new dates: move or remove it first",
                            s.titleZh(), String.valueOf(s.day()));
                }
            }
        }
        EventForm before = new EventForm(event.nameZh(), event.nameEn(), event.hostRegionCode(), event.venueZh(),
                event.startsOn(), event.endsOn(), event.themeZh(), event.requestExpiryHours(), event.requestQuota(),
                event.hostsZh(), event.coHostsZh());
        event.apply(form);
        audit.record("event", id, AuditAction.UPDATE, before, form);
        return views.event(event);
    }

    @Transactional
    public Views.EventView status(long id, EventStatus status) {
        MatchEvent event = load(id);
        rights.requireOrganiser(event, "change the status of");
        EventStatus before = event.status();
        event.moveTo(status, java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))));
        audit.record("event", id, AuditAction.UPDATE, java.util.Map.of("status", before.name()),
                java.util.Map.of("status", status.name()));
        return views.event(event);
    }

    /** What the rules find wrong in an event form, without storing anything (a form says them with what did not parse). */
    public List<InvalidInput.FieldError> problems(EventForm form) {
        return check(form).errors();
    }

    private Validation check(EventForm form) {
        Validation v = new Validation();
        v.line("nameZh", form.nameZh(), 200, true);
        v.line("nameEn", form.nameEn(), 200, false);
        v.line("venueZh", form.venueZh(), 200, false);
        v.text("themeZh", form.themeZh(), 500, false);
        v.text("hostsZh", form.hostsZh(), 1000, false);
        v.text("coHostsZh", form.coHostsZh(), 1000, false);
        if (form.hostRegionCode() == null || form.hostRegionCode().isBlank()) {
            v.required("hostRegionCode", null);
        } else if (regions.find(form.hostRegionCode()).isEmpty()) {
            v.reject("hostRegionCode", "error.unknownRegion", "unknown region code '" + form.hostRegionCode() + "'",
                    String.valueOf(form.hostRegionCode()));
        }
        v.required("startsOn", form.startsOn());
        v.required("endsOn", form.endsOn());
        for (var day : java.util.Map.of("startsOn", java.util.Optional.ofNullable(form.startsOn()), "endsOn",
                java.util.Optional.ofNullable(form.endsOn())).entrySet()) {
            // an event dated 1900 or 9999 opened for registration at once and was offered in every invitation list
            day.getValue().filter(d -> d.getYear() < 2000 || d.getYear() > 2099).ifPresent(d -> v.reject(day.getKey(),
                    "error.dateOutside", d + " is not between 2000-01-01 and 2099-12-31", String.valueOf(d), "2000-01-01", "2099-12-31"));
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            v.reject("endsOn", "error.endsBeforeStart", "the event ends (" + form.endsOn() + ") before it starts (" + form.startsOn() + ")",
                    String.valueOf(form.endsOn()), String.valueOf(form.startsOn()));
        }
        v.range("requestExpiryHours", form.requestExpiryHours(), 1, 720, "hours");
        v.range("requestQuota", form.requestQuota(), 1, 500, "requests");
        return v;
    }

    /**
     * Removes a session added by mistake or no longer held (a typo, a wrong table count the day before): its slots,
     * tables and booths go, and it leaves the participants' lists. Refused once a meeting was requested in it (the
     * requests and meetings are the participants') and for a finished event.
     */
    @Transactional
    public void removeSession(long eventId, long sessionId) {
        MatchEvent event = load(eventId);
        rights.requireOrganiser(event, "remove a session of");
        EventSession session = sessions.findById(sessionId).filter(x -> x.eventId() == eventId)
                .orElseThrow(() -> new NotFound("session", sessionId));
        if (event.status() == EventStatus.FINISHED) {
            throw new Conflict("session", "event " + eventId + " is finished: its sessions stay as they were held", "error.eventFinished");
        }
        Long requested = jdbc.queryForObject("select count(*) from meeting_request where session_id = ?", Long.class, sessionId);
        if (requested != null && requested > 0) {
            throw new Conflict("session", session.titleZh() + " has " + requested + " meeting requests: a session with requests "
                    + "cannot be removed", "error.sessionHasRequests", session.titleZh(), requested);
        }
        jdbc.update("delete from participant_unavailable where slot_id in (select id from time_slot where session_id = ?)", sessionId);
        jdbc.update("delete from participant_session where session_id = ?", sessionId);
        jdbc.update("delete from meeting_table where session_id = ?", sessionId);
        jdbc.update("delete from time_slot where session_id = ?", sessionId);
        sessions.delete(session);
        sessions.flush();
        audit.record("event", eventId, AuditAction.UPDATE, java.util.Map.of("session", session.titleZh()),
                java.util.Map.of("sessionRemoved", session.titleZh()));
    }

    @Transactional
    public Views.SessionView addSession(long eventId, SessionForm form) {
        MatchEvent event = load(eventId);
        rights.requireOrganiser(event, "add a session to");
        Validation v = new Validation();
        int slotCount = checkSession(event, form, v);
        v.throwIfInvalid();
        EventSession session = persistSession(eventId, form, slotCount);
        audit.record("event", eventId, AuditAction.UPDATE, null, java.util.Map.of("session", form.titleZh(),
                "kind", form.kindOrDefault().name(), "slots", slotCount, "tables", slotCount == 0 ? 0 : form.tables()));
        return views.session(session);
    }

    /**
     * What {@link #addSession} would refuse about a form, storing nothing: a page whose form had a field it could not read
     * says the other fields' problems at the same time, not one round after another.
     */
    @Transactional(readOnly = true)
    public List<InvalidInput.FieldError> sessionProblems(long eventId, SessionForm form) {
        MatchEvent event = load(eventId);
        rights.requireOrganiser(event, "add a session to");
        Validation v = new Validation();
        checkSession(event, form, v);
        return v.errors();
    }

    /** The rules of a new session, recorded in {@code v}; answers how many slots it gets. */
    private int checkSession(MatchEvent event, SessionForm form, Validation v) {
        long eventId = event.id();
        v.line("titleZh", form.titleZh(), 200, true);
        v.line("titleEn", form.titleEn(), 200, false);
        v.line("areaZh", form.areaZh(), 64, false);
        if (form.chainCode() != null && !form.chainCode().isBlank() && chains.find(form.chainCode()).isEmpty()) {
            v.reject("chainCode", "error.unknownChain", "unknown chain '" + form.chainCode() + "'", form.chainCode());
        }
        v.required("day", form.day());
        if (form.day() != null && (form.day().isBefore(event.startsOn()) || form.day().isAfter(event.endsOn()))) {
            v.reject("day", "error.dateOutside", form.day() + " is outside the event (" + event.startsOn() + " – " + event.endsOn() + ")",
                    String.valueOf(form.day()), String.valueOf(event.startsOn()), String.valueOf(event.endsOn()));
        }
        v.required("startsAt", form.startsAt());
        v.required("endsAt", form.endsAt());
        if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            v.reject("endsAt", "error.sessionEndsBeforeStart", "the session ends before it starts");
        }
        String area = areaOf(form);
        if (form.day() != null && form.startsAt() != null && form.endsAt() != null && area != null) {
            // one place holds one session at a time: two plenaries in 主会场 at 9:00 cannot both happen, nor two sessions
            // of tables left without an area (both 洽谈区: their 1号桌 is one table)
            sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId).stream()
                    .filter(o -> area.equals(o.areaZh() == null ? null : o.areaZh().strip()) && o.day().equals(form.day())
                            && o.startsAt().isBefore(form.endsAt()) && form.startsAt().isBefore(o.endsAt()))
                    .findFirst().ifPresent(o -> v.reject("areaZh", "error.areaBusy", area + " already holds " + o.titleZh() + " ("
                            + o.startsAt() + "–" + o.endsAt() + ") at that time", area, o.titleZh(), String.valueOf(o.startsAt()),
                            String.valueOf(o.endsAt())));
        }
        return form.kindOrDefault().hasTables() ? checkTables(v, form) : 0;
    }

    /** Where a session takes place: the area as entered, or 洽谈区 for a session of tables entered without one. */
    static String areaOf(SessionForm form) {
        if (form.areaZh() != null && !form.areaZh().isBlank()) {
            return form.areaZh().strip();
        }
        return form.kindOrDefault().hasTables() ? DEFAULT_AREA : null;
    }

    static final String DEFAULT_AREA = "洽谈区";

    /** Checks the slots and tables of a 专题对接 session; answers how many slots it gets. */
    private static int checkTables(Validation v, SessionForm form) {
        v.required("slotMinutes", form.slotMinutes());
        v.range("slotMinutes", form.slotMinutes(), 5, 180, "minutes");
        int slotCount = 0;
        if (form.startsAt() != null && form.endsAt() != null && form.slotMinutes() != null && form.slotMinutes() >= 5) {
            if (form.endsAt().isAfter(form.startsAt())) {
                slotCount = (int) (Duration.between(form.startsAt(), form.endsAt()).toMinutes() / form.slotMinutes());
                if (slotCount < 1) {
                    v.reject("slotMinutes", "error.slotDoesNotFit", "no slot of " + form.slotMinutes() + " minutes fits between "
                            + form.startsAt() + " and " + form.endsAt(), form.slotMinutes(), String.valueOf(form.startsAt()),
                            String.valueOf(form.endsAt()));
                } else if (slotCount > MAX_SLOTS) {
                    v.reject("slotMinutes", "error.tooManySlots", slotCount + " slots: at most " + MAX_SLOTS + " per session", slotCount, MAX_SLOTS);
                }
            }
        }
        v.required("tables", form.tables());
        v.range("tables", form.tables(), 1, 2000, "tables");
        v.required("tableCapacity", form.tableCapacity());
        if (form.tableCapacity() != null && form.tableCapacity() < 2) {
            v.reject("tableCapacity", "error.tableCapacity", "a table needs at least 2 seats for a 1:1 meeting (got " + form.tableCapacity() + ")",
                    form.tableCapacity());
        } else {
            v.range("tableCapacity", form.tableCapacity(), 2, 50, "seats");
        }
        return slotCount;
    }

    /** Stores a valid session with its slots and tables (also used by the demo data). */
    EventSession persistSession(long eventId, SessionForm form, int slotCount) {
        EventSession session = sessions.saveAndFlush(new EventSession(eventId,
                form.chainCode() == null || form.chainCode().isBlank() ? null : form.chainCode(), form.titleZh().strip(),
                form.titleEn(), form.day(), form.startsAt(), form.endsAt(), slotCount == 0 ? 0 : form.slotMinutes(),
                slotCount == 0 && (form.areaZh() == null || form.areaZh().isBlank()) ? null : areaOf(form), form.kindOrDefault()));
        if (slotCount == 0) {
            return session;
        }
        for (int i = 0; i < slotCount; i++) {
            LocalDateTime start = LocalDateTime.of(form.day(), form.startsAt()).plusMinutes((long) i * form.slotMinutes());
            slots.save(new TimeSlot(session.id(), i, start.atZone(Formats.CHINA).toInstant(),
                    start.plusMinutes(form.slotMinutes()).atZone(Formats.CHINA).toInstant()));
        }
        for (int t = 1; t <= form.tables(); t++) {
            tables.save(new MeetingTable(session.id(), session.areaZh(), t, form.tableCapacity()));
        }
        return session;
    }

    @Transactional(readOnly = true)
    public List<Views.EventView> list() {
        return events.findAllByOrderByStartsOnDesc().stream().map(views::event).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Views.EventView> event(long id) {
        return events.findById(id).map(views::event);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameZh(long id) {
        return events.findById(id).map(MatchEvent::nameZh);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(long id) {
        return events.findById(id).map(e -> org.chainatlas.platform.web.Localized.pick(e.nameZh(), e.nameEn()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Taking> takingPart(long enterpriseId) {
        List<Taking> taking = new java.util.ArrayList<>();
        for (Participant p : participants.findByEnterpriseId(enterpriseId)) {
            events.findById(p.eventId()).ifPresent(e -> taking.add(new Taking(e.id(), e.nameZh(), e.nameEn(), e.startsOn(), p.status(), p.invited())));
        }
        taking.sort(java.util.Comparator.comparing(Taking::startsOn).reversed().thenComparing(Taking::eventId,
                java.util.Comparator.reverseOrder()));
        return taking;
    }

    @Transactional(readOnly = true)
    public Views.EventView require(long id) {
        return views.event(load(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Views.MeetingView> meeting(long id) {
        return meetings.findById(id).map(m -> views.meeting(m, views.names(m.eventId())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Views.EventView> all() {
        return list();
    }

    @Override
    public List<org.chainatlas.event.MeetingSigned> signings() {
        return desk.signings();
    }

    @Transactional(readOnly = true)
    public boolean mayOrganise(long eventId) {
        return events.findById(eventId).map(rights::organises).orElse(false);
    }

    public boolean mayCreateEvents() {
        return rights.actor().map(a -> a.isAdmin() || (a.is(org.chainatlas.account.Role.ORGANISER) && a.regionCode() != null))
                .orElse(false);
    }

    @Override
    public long invite(long eventId, long enterpriseId) {
        return registrations.inviteOne(eventId, enterpriseId);
    }
}
