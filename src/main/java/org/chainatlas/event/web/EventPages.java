package org.chainatlas.event.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.event.AgendaItem;
import org.chainatlas.event.EventForm;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.Outcome;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationForm;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.SessionForm;
import org.chainatlas.event.Views;
import org.chainatlas.event.internal.EventManagement;
import org.chainatlas.event.internal.EventReports;
import org.chainatlas.event.internal.MeetingBook;
import org.chainatlas.event.internal.MeetingDesk;
import org.chainatlas.event.internal.Registrations;
import org.chainatlas.event.internal.Scheduling;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of matchmaking events, for organisers, participants and visitors. */
@Controller
class EventPages {

    private final EventManagement management;
    private final Registrations registrations;
    private final MeetingBook book;
    private final Scheduling scheduling;
    private final MeetingDesk desk;
    private final EventReports reports;
    private final Regions regions;
    private final Chains chains;
    private final CurrentActor currentActor;

    private final java.time.Clock clock;

    EventPages(EventManagement management, Registrations registrations, MeetingBook book, Scheduling scheduling,
            MeetingDesk desk, EventReports reports, Regions regions, Chains chains, CurrentActor currentActor,
            java.time.Clock clock) {
        this.clock = clock;
        this.management = management;
        this.registrations = registrations;
        this.book = book;
        this.scheduling = scheduling;
        this.desk = desk;
        this.reports = reports;
        this.regions = regions;
        this.chains = chains;
        this.currentActor = currentActor;
    }

    private void common(Model model) {
        model.addAttribute("regions", regions);
        model.addAttribute("chains", chains.all());
        model.addAttribute("chainNames", chains.names());
    }

    // ---------------------------------------------------------------- events

    @GetMapping("/events")
    String list(Model model) {
        model.addAttribute("events", management.list());
        model.addAttribute("mayCreate", management.mayCreateEvents());
        common(model);
        return "event/list";
    }

    @GetMapping("/events/{id}")
    String detail(@PathVariable long id, Model model) {
        Views.EventView event = management.require(id);
        model.addAttribute("event", event);
        model.addAttribute("mayOrganise", management.mayOrganise(id));
        model.addAttribute("signedIn", currentActor.get().isPresent());
        model.addAttribute("mine", currentActor.get().isPresent() ? registrations.mine(id) : List.of());
        common(model);
        return "event/detail";
    }

    @GetMapping("/events/new")
    String newEvent(Model model) {
        if (!management.mayCreateEvents()) {
            throw new Forbidden("create", "an event");
        }
        LocalDate day = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(30);
        return eventForm(model, new EventForm(null, null, currentActor.get().map(a -> a.regionCode()).orElse(null), null, day, day,
                null, 48, 20, null, null), null, Map.of());
    }

    @PostMapping("/events/new")
    String create(@RequestParam Map<String, String> params, Model model) {
        Parsed parsed = new Parsed();
        EventForm form = eventForm(params, parsed);
        if (parsed.invalid() != null) {
            // what parsed is kept on the form (it came back blank but for the defaults), and the rules' refusals of it said too
            return eventForm(model, form, null, FormErrors.of(parsed.withOthers(management.problems(form))));
        }
        try {
            return "redirect:/events/" + management.create(form).id();
        } catch (InvalidInput e) {
            return eventForm(model, form, null, FormErrors.of(e));
        } catch (Forbidden e) {
            // a host place outside the organiser's region: said on the form, which keeps what was typed
            return eventForm(model, form, null, Map.of("hostRegionCode", hostOutside(form)));
        }
    }

    @GetMapping("/events/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Views.EventView e = management.require(id);
        if (!management.mayOrganise(id)) {
            throw new Forbidden("edit", "event " + id);
        }
        model.addAttribute("formVersion", e.version());
        return eventForm(model, new EventForm(e.nameZh(), e.nameEn(), e.hostRegionCode(), e.venueZh(), e.startsOn(), e.endsOn(),
                e.themeZh(), e.requestExpiryHours(), e.requestQuota(), String.join("\n", e.hostsZh()),
                String.join("\n", e.coHostsZh())), e, Map.of());
    }

    @PostMapping("/events/{id}/edit")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Views.EventView existing = management.require(id);
        Long version = params.get("version") == null || !params.get("version").matches("\\d{1,18}") ? null
                : Long.valueOf(params.get("version"));
        model.addAttribute("formVersion", version);
        Parsed parsed = new Parsed();
        EventForm form = eventForm(params, parsed);
        if (parsed.invalid() != null) {
            return eventForm(model, form, existing, FormErrors.of(parsed.withOthers(management.problems(form))));
        }
        try {
            management.update(id, form, version);
            return "redirect:/events/" + id;
        } catch (InvalidInput e) {
            return eventForm(model, form, existing, FormErrors.of(e));
        } catch (Forbidden e) {
            if (!management.mayOrganise(id)) {
                throw e;
            }
            return eventForm(model, form, existing, Map.of("hostRegionCode", hostOutside(form)));
        } catch (org.chainatlas.platform.Conflict e) {
            response.setStatus(409);
            if ("error.versionConflict".equals(e.code())) {
                // the input stays, now on the current version: saving again puts it over the other change, knowingly
                model.addAttribute("formVersion", existing.version());
                return eventForm(model, form, existing, Map.of(e.field(), e.getMessage() + " " + org.chainatlas.platform.ErrorTexts.of(
                        "form.versionKept", "Your input is kept: check it and save again to put it over the other change.")));
            }
            return eventForm(model, form, existing, Map.of(e.field(), e.getMessage()));
        }
    }

    private String eventForm(Model model, EventForm form, Views.EventView event, Map<String, String> errors) {
        model.addAttribute("form", form == null ? new EventForm(null, null, null, null, null, null, null, 48, 20, null, null) : form);
        model.addAttribute("event", event);
        model.addAttribute("errors", errors);
        model.addAttribute("places", hostPlaces());
        common(model);
        return "event/form";
    }

    /** The places a participant can come from: every prefecture, and the municipalities. */
    private List<RegionView> places() {
        return regions.all().stream().filter(r -> r.level() != RegionLevel.PROVINCE || r.code().startsWith("11")
                || r.code().startsWith("12") || r.code().startsWith("31") || r.code().startsWith("50"))
                .sorted(java.util.Comparator.comparing(RegionView::code)).toList();
    }

    /**
     * The places an event can be hosted by for this organiser: those it organises (its province and the cities in it;
     * all for an administrator) — the whole country was offered, and choosing a place outside ended on a bare 403.
     */
    private List<RegionView> hostPlaces() {
        java.util.Optional<org.chainatlas.account.Actor> actor = currentActor.get();
        return regions.all().stream().filter(r -> r.level() != RegionLevel.PROVINCE || r.code().startsWith("11")
                || r.code().startsWith("12") || r.code().startsWith("31") || r.code().startsWith("50")
                || actor.map(a -> !a.isAdmin() && a.organises(r.code())).orElse(false))
                .filter(r -> actor.map(a -> a.isAdmin() || a.organises(r.code())).orElse(false))
                .sorted(java.util.Comparator.comparing(RegionView::code)).toList();
    }

    /** "You may not host an event in 广州市", in the reader's language. */
    private String hostOutside(EventForm form) {
        String place = form.hostRegionCode() == null ? "" : regions.find(form.hostRegionCode()).map(RegionView::name)
                .orElse(form.hostRegionCode());
        return org.chainatlas.platform.ErrorTexts.of("error.hostOutside", "you may not host an event in " + place, place);
    }

    /** The form as typed, with what did not parse left empty and said in {@code parsed}. */
    private static EventForm eventForm(Map<String, String> p, Parsed parsed) {
        return new EventForm(p.get("nameZh"), p.get("nameEn"), p.get("hostRegionCode"), p.get("venueZh"),
                parsed.date("startsOn", p), parsed.date("endsOn", p), p.get("themeZh"), parsed.integer("requestExpiryHours", p),
                parsed.integer("requestQuota", p), p.get("hostsZh"), p.get("coHostsZh"));
    }

    @PostMapping("/events/{id}/status")
    String status(@PathVariable long id, @RequestParam EventStatus status, RedirectAttributes redirect) {
        try {
            management.status(id, status);
        } catch (org.chainatlas.platform.InvalidTransition e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/events/" + id + "/manage";
    }

    // ---------------------------------------------------------------- sessions

    @GetMapping("/events/{id}/sessions/new")
    String newSession(@PathVariable long id, Model model) {
        Views.EventView event = management.require(id);
        if (!management.mayOrganise(id)) {
            throw new Forbidden("add a session to", "event " + id);
        }
        return sessionForm(model, event, Map.of("day", event.startsOn().toString(), "startsAt", "09:00", "endsAt", "12:00",
                "slotMinutes", "20", "tables", "30", "tableCapacity", "4", "areaZh", "洽谈区"), Map.of());
    }

    @PostMapping("/events/{id}/sessions/new")
    String addSession(@PathVariable long id, @RequestParam Map<String, String> p, Model model) {
        Views.EventView event = management.require(id);
        Parsed parsed = new Parsed();
        SessionForm form = new SessionForm(p.get("chainCode"), p.get("titleZh"), p.get("titleEn"), parsed.date("day", p),
                parsed.time("startsAt", p), parsed.time("endsAt", p), parsed.integer("slotMinutes", p), p.get("areaZh"),
                parsed.integer("tables", p), parsed.integer("tableCapacity", p), parsed.sessionKind("kind", p));
        try {
            if (parsed.invalid() != null) {
                // what did not parse, and at once what the rules say of the other fields
                throw new InvalidInput(parsed.withOthers(management.sessionProblems(id, form)));
            }
            management.addSession(id, form);
            return "redirect:/events/" + id;
        } catch (InvalidInput e) {
            return sessionForm(model, event, p, FormErrors.of(e));
        }
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
        try {
            management.removeSession(id, sessionId);
            redirect.addFlashAttribute("message", "event.session.removed");
        } catch (org.chainatlas.platform.Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/events/" + id + "#sessions";
    }

    private String sessionForm(Model model, Views.EventView event, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("kinds", org.chainatlas.event.SessionKind.values());
        model.addAttribute("event", event);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        common(model);
        return "event/session-form";
    }

    // ---------------------------------------------------------------- registration

    @GetMapping("/events/{id}/register")
    String registerForm(@PathVariable long id, Model model) {
        return registerPage(model, management.require(id), Map.of(), List.of(), List.of(), Map.of());
    }

    @PostMapping("/events/{id}/register")
    String register(@PathVariable long id, @RequestParam Map<String, String> p,
            @RequestParam(name = "sessionIds", required = false) List<Long> sessionIds,
            @RequestParam(name = "unavailableSlotIds", required = false) List<Long> unavailable, Model model,
            RedirectAttributes redirect) {
        Views.EventView event = management.require(id);
        Parsed parsed = new Parsed();
        var actor = currentActor.require("register for", "event " + id);
        ParticipantKind kind = parsed.kind("kind", p);
        Long enterpriseId = kind == ParticipantKind.ENTERPRISE ? Optional.ofNullable(parsed.longValue("enterpriseId", p))
                .orElse(actor.enterpriseId()) : null;
        Long parkId = kind == ParticipantKind.PARK ? Optional.ofNullable(parsed.longValue("parkId", p)).orElse(actor.parkId()) : null;
        RegistrationForm form = new RegistrationForm(kind, enterpriseId, parkId, p.get("nameZh"), p.get("regionCode"),
                p.get("offersZh"), p.get("requestsZh"), parsed.integer("delegates", p), sessionIds, unavailable,
                p.get("attendeesZh"));
        try {
            // what did not parse is refused with every error of the fields that did
            Views.ParticipantView registered = registrations.register(id, form, parsed.errors());
            redirect.addFlashAttribute("message", registered.status() == RegistrationStatus.APPROVED ? "event.registered.approved"
                    : "event.registered.pending");
            return "redirect:/events/" + id;
        } catch (InvalidInput e) {
            return registerPage(model, event, p, sessionIds == null ? List.of() : sessionIds,
                    unavailable == null ? List.of() : unavailable, FormErrors.of(e));
        } catch (Conflict e) {
            return registerPage(model, event, p, sessionIds == null ? List.of() : sessionIds,
                    unavailable == null ? List.of() : unavailable, Map.of(e.field(), e.getMessage()));
        } catch (org.chainatlas.platform.Forbidden e) {
            // a kind or a unit this user may not register (sent anyway): said at the form, which stays
            return registerPage(model, event, p, sessionIds == null ? List.of() : sessionIds,
                    unavailable == null ? List.of() : unavailable, Map.of("kind", org.chainatlas.platform.ErrorTexts.of(
                            "error.registerNotYours", "you may not register this participant: " + e.getMessage())));
        }
    }

    private String registerPage(Model model, Views.EventView event, Map<String, String> values, List<Long> sessionIds,
            List<Long> unavailable, Map<String, String> errors) {
        var actor = currentActor.require("register for", "event " + event.id());
        model.addAttribute("event", event);
        model.addAttribute("values", values.isEmpty() ? registrations.prefill(actor) : values);
        model.addAttribute("chosenSessions", sessionIds);
        model.addAttribute("unavailable", unavailable);
        model.addAttribute("errors", errors);
        model.addAttribute("actor", actor);
        ParticipantKind kind = actor.enterpriseId() != null ? ParticipantKind.ENTERPRISE
                : actor.parkId() != null ? ParticipantKind.PARK : ParticipantKind.GOVERNMENT;
        model.addAttribute("defaultKind", values.getOrDefault("kind", kind.name()));
        // an enterprise's own users register their enterprise only: the other kinds are not offered to be refused
        model.addAttribute("kinds", actor.enterpriseId() != null ? List.of(ParticipantKind.ENTERPRISE) : List.of(ParticipantKind.values()));
        model.addAttribute("places", places());
        common(model);
        return "event/register";
    }

    // ---------------------------------------------------------------- marketplace and requests

    @GetMapping("/events/{id}/participants")
    String marketplace(@PathVariable long id, @RequestParam(required = false) Long session,
            @RequestParam(required = false) ParticipantKind kind, @RequestParam(required = false) String q, Model model) {
        Views.EventView event = management.require(id);
        String text = q == null ? "" : q.strip();
        List<Views.ParticipantView> all = registrations.of(id, true).stream()
                .filter(p -> session == null || p.sessionIds().contains(session))
                .filter(p -> kind == null || p.kind() == kind)
                .filter(p -> text.isEmpty() || contains(p.nameZh(), text) || contains(p.offersZh(), text) || contains(p.requestsZh(), text))
                .toList();
        List<Views.ParticipantView> mine = currentActor.get().isPresent() ? registrations.mine(id) : List.of();
        Views.ParticipantView me = mine.stream().filter(p -> p.status() == RegistrationStatus.APPROVED).findFirst().orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("participants", all);
        model.addAttribute("me", me);
        model.addAttribute("suggestions", me == null ? List.of() : book.suggestions(me.id(), 8));
        model.addAttribute("chosenSession", session);
        model.addAttribute("kind", kind);
        model.addAttribute("q", text);
        model.addAttribute("kinds", ParticipantKind.values());
        common(model);
        return "event/marketplace";
    }

    private static boolean contains(String value, String text) {
        return value != null && value.contains(text);
    }

    @GetMapping("/events/{id}/requests/new")
    String newRequest(@PathVariable long id, @RequestParam long to, @RequestParam(required = false) Long session, Model model) {
        Views.EventView event = management.require(id);
        Views.ParticipantView partner = registrations.of(id, true).stream().filter(p -> p.id() == to).findFirst()
                .orElseThrow(() -> InvalidInput.coded("to", "error.notValidatedParticipant", "participant " + to + " is not a validated participant of this event", to));
        return requestForm(model, event, partner, session, null, Map.of());
    }

    private String requestForm(Model model, Views.EventView event, Views.ParticipantView partner, Long session, String reason,
            Map<String, String> errors) {
        List<Views.ParticipantView> mine = registrations.mine(event.id()).stream()
                .filter(p -> p.status() == RegistrationStatus.APPROVED).toList();
        if (mine.isEmpty()) {
            throw new Conflict("from", "register for this event (and wait for validation) before requesting meetings", "error.registerFirst");
        }
        Views.ParticipantView me = mine.getFirst();
        List<Views.SessionView> shared = event.sessions().stream()
                .filter(s -> s.hasTables() && me.sessionIds().contains(s.id()) && partner.sessionIds().contains(s.id())).toList();
        model.addAttribute("event", event);
        model.addAttribute("partner", partner);
        model.addAttribute("me", me);
        model.addAttribute("shared", shared);
        model.addAttribute("chosenSession", session);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        common(model);
        return "event/request-form";
    }

    @PostMapping("/events/{id}/requests")
    String request(@PathVariable long id, @RequestParam long from, @RequestParam long to,
            @RequestParam(required = false) Long sessionId, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        Views.EventView event = management.require(id);
        try {
            book.request(from, to, sessionId, reason); // a session not chosen is refused with the other errors
            redirect.addFlashAttribute("message", "event.request.sent");
            return "redirect:/events/" + id + "/requests";
        } catch (InvalidInput | Conflict e) {
            Views.ParticipantView partner = registrations.of(id, true).stream().filter(p -> p.id() == to).findFirst()
                    .orElseThrow(() -> InvalidInput.coded("to", "error.notValidatedParticipant", "participant " + to + " is not a validated participant of this event", to));
            Map<String, String> errors = e instanceof InvalidInput invalid ? FormErrors.of(invalid)
                    : Map.of(((Conflict) e).field(), e.getMessage());
            return requestForm(model, event, partner, sessionId, reason, errors);
        }
    }

    @GetMapping("/events/{id}/requests")
    String requests(@PathVariable long id, Model model) {
        Views.EventView event = management.require(id);
        List<Views.ParticipantView> mine = registrations.mine(id);
        List<Long> ids = mine.stream().map(Views.ParticipantView::id).toList();
        List<Views.RequestView> all = book.involving(ids);
        model.addAttribute("event", event);
        model.addAttribute("mine", mine);
        model.addAttribute("incoming", all.stream().filter(r -> ids.contains(r.partnerId())).toList());
        model.addAttribute("outgoing", all.stream().filter(r -> ids.contains(r.requesterId())).toList());
        Map<Long, Views.SessionView> sessions = new LinkedHashMap<>();
        event.sessions().forEach(s -> sessions.put(s.id(), s));
        model.addAttribute("sessions", sessions);
        model.addAttribute("now", clock.instant()); // slots that have begun are not offered for booking
        common(model);
        return "event/requests";
    }

    @PostMapping("/events/{id}/requests/{requestId}/accept")
    String accept(@PathVariable long id, @PathVariable long requestId, @RequestParam(required = false) Long slotId,
            RedirectAttributes redirect) {
        return act(id, redirect, "event.request.accepted", () -> book.accept(requestId, slotId));
    }

    @PostMapping("/events/{id}/requests/{requestId}/decline")
    String decline(@PathVariable long id, @PathVariable long requestId, RedirectAttributes redirect) {
        return act(id, redirect, "event.request.declined", () -> book.decline(requestId));
    }

    @PostMapping("/events/{id}/requests/{requestId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long requestId, RedirectAttributes redirect) {
        return act(id, redirect, "event.request.cancelled", () -> book.cancel(requestId));
    }

    private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", org.chainatlas.platform.ErrorTexts.summary(e));
        }
        return "redirect:/events/" + id + "/requests";
    }

    /** From a matching result: where the user can ask this enterprise for a meeting. */
    @GetMapping("/meetings/new")
    String meetingWith(@RequestParam long partner, @RequestParam(required = false) Long need, Model model) {
        List<Views.RequestOption> options = book.optionsWith(partner);
        if (options.size() == 1) {
            Views.RequestOption o = options.getFirst();
            return "redirect:/events/" + o.eventId() + "/requests/new?to=" + o.toId() + "&session=" + o.sessionId();
        }
        model.addAttribute("options", options);
        model.addAttribute("open", management.list().stream().filter(e -> e.status() == EventStatus.OPEN).toList());
        model.addAttribute("partner", partner);
        common(model);
        return "event/meeting-options";
    }

    // ---------------------------------------------------------------- organisers

    @GetMapping("/events/{id}/manage")
    String manage(@PathVariable long id, Model model) {
        Views.EventView event = management.require(id);
        if (!management.mayOrganise(id)) {
            throw new Forbidden("manage", "event " + id);
        }
        List<Views.ParticipantView> all = new ArrayList<>(registrations.of(id, false));
        all.sort(java.util.Comparator.comparing((Views.ParticipantView p) -> p.status() != RegistrationStatus.PENDING)
                .thenComparing(Views.ParticipantView::id));
        model.addAttribute("event", event);
        model.addAttribute("participants", all);
        model.addAttribute("regions", regions);
        model.addAttribute("runs", scheduling.runs(id));
        model.addAttribute("dashboard", reports.dashboard(id));
        model.addAttribute("tags", EnterpriseTag.values());
        // the status it has and those it may move to (筹备中 was offered to an open event and answered a bare 409)
        model.addAttribute("statuses", java.util.Arrays.stream(EventStatus.values())
                .filter(s -> s == event.status() || event.status().mayMoveTo(s)).toList());
        common(model);
        return "event/manage";
    }

    @PostMapping("/events/{id}/participants/{participantId}/decide")
    String decide(@PathVariable long id, @PathVariable long participantId, @RequestParam boolean approve) {
        registrations.decide(participantId, approve);
        return "redirect:/events/" + id + "/manage#registrations";
    }

    @PostMapping("/events/{id}/invite")
    String invite(@PathVariable long id, @RequestParam(required = false) String chainCode,
            @RequestParam(required = false) EnterpriseTag tag, @RequestParam(name = "sessionIds", required = false) List<Long> sessionIds,
            RedirectAttributes redirect) {
        try {
            int n = registrations.invite(id, chainCode == null || chainCode.isBlank() ? null : chainCode, tag, sessionIds);
            redirect.addFlashAttribute("invited", n);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", org.chainatlas.platform.ErrorTexts.summary(e));
        }
        return "redirect:/events/" + id + "/manage";
    }

    @PostMapping("/events/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds, RedirectAttributes redirect) {
        try {
            scheduling.start(id, seconds);
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/events/" + id + "/manage#schedule";
    }

    @PostMapping("/events/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("published", scheduling.publish(id));
        return "redirect:/events/" + id + "/schedule";
    }

    @GetMapping("/events/{id}/schedule")
    String scheduleGrid(@PathVariable long id, Model model) {
        Views.EventView event = management.require(id);
        List<Views.MeetingView> meetings = reports.meetings(id);
        Map<String, Views.MeetingView> cells = new HashMap<>();
        List<Views.MeetingView> unscheduled = new ArrayList<>();
        for (Views.MeetingView m : meetings) {
            if (m.slotId() == null) {
                unscheduled.add(m);
            } else {
                cells.put(m.slotId() + ":" + m.tableLabel(), m);
            }
        }
        Map<Long, List<String>> tableLabels = new LinkedHashMap<>();
        Map<String, String> boothOwners = new HashMap<>();
        for (Views.SessionView s : event.sessions()) {
            List<String> labels = new ArrayList<>();
            for (int t = 1; t <= s.tables(); t++) {
                labels.add(Views.tableLabel(s.areaZh(), t));
            }
            tableLabels.put(s.id(), labels);
            s.booths().forEach(b -> boothOwners.put(s.id() + ":" + b.tableLabel(), b.participantName()));
        }
        model.addAttribute("boothOwners", boothOwners);
        model.addAttribute("event", event);
        model.addAttribute("cells", cells);
        model.addAttribute("tableLabels", tableLabels);
        model.addAttribute("unscheduled", unscheduled);
        // why a meeting stays out: both sides' delegates do not fit at any table of its session (the solver's capacity
        // rule), or, short of that, the slots and tables it could take are used or one side is busy then
        Map<Long, Integer> delegates = new HashMap<>();
        registrations.of(id, false).forEach(p -> delegates.put(p.id(), p.delegates()));
        Map<Long, Integer> seats = new HashMap<>();
        event.sessions().forEach(s -> seats.put(s.id(), s.seatsPerTable()));
        Map<Long, String> why = new HashMap<>();
        for (Views.MeetingView m : unscheduled) {
            int people = delegates.getOrDefault(m.participantA(), 1) + delegates.getOrDefault(m.participantB(), 1);
            int most = seats.getOrDefault(m.sessionId(), 0);
            why.put(m.id(), people > most
                    ? org.chainatlas.platform.ErrorTexts.of("event.schedule.tooMany", people + " delegates, tables seat " + most, people, most)
                    : org.chainatlas.platform.ErrorTexts.of("event.schedule.noRoom", "no free slot and table when both sides are free"));
        }
        model.addAttribute("why", why);
        model.addAttribute("meetings", meetings);
        model.addAttribute("runs", scheduling.runs(id));
        common(model);
        return "event/schedule";
    }

    /** Progress of the schedule runs, polled by the manage page while one runs. */
    @GetMapping(value = "/events/{id}/runs.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Views.RunView> runsJson(@PathVariable long id) {
        return scheduling.runs(id);
    }

    @GetMapping("/events/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model) {
        model.addAttribute("event", management.require(id));
        model.addAttribute("d", reports.dashboard(id));
        model.addAttribute("asOf", java.time.Instant.now());
        common(model);
        return "event/dashboard";
    }

    // ---------------------------------------------------------------- participants' side

    @GetMapping("/agenda")
    String agenda(@RequestParam(required = false) Long event, Model model) {
        List<AgendaItem> items = desk.agenda(event);
        // what is still to come (as the workbench counts it: a published meeting not yet begun, or one waiting for its
        // seat or for publication) first, then the meetings held, whose outcomes are recorded here
        java.time.Instant now = clock.instant();
        Map<Boolean, List<AgendaItem>> begun = items.stream().collect(java.util.stream.Collectors.partitioningBy(i ->
                i.meeting().published() && i.meeting().startsAt() != null && i.meeting().startsAt().isBefore(now)));
        model.addAttribute("items", items);
        model.addAttribute("upcoming", begun.get(false));
        model.addAttribute("past", begun.get(true));
        model.addAttribute("eventId", event);
        model.addAttribute("outcomes", Outcome.values());
        return "event/agenda";
    }

    @GetMapping(value = "/agenda.ics")
    ResponseEntity<String> ical(@RequestParam(required = false) Long event) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chainatlas-agenda.ics\"")
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8)).body(desk.ical(event));
    }

    @GetMapping(value = "/meetings/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    byte[] qr(@PathVariable long id) {
        return desk.qrCode(id);
    }

    @PostMapping("/meetings/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) Long participantId,
            @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String note,
            @RequestParam(required = false) String amountWan, @RequestParam(required = false) Long event,
            RedirectAttributes redirect) {
        try {
            Long amount = org.chainatlas.platform.web.FormValues.wan("amountWan", amountWan);
            try {
                desk.outcome(id, participantId, outcome, note, amount);
            } catch (InvalidInput e) {
                // the amount is typed in 万元: its errors are said in 万元
                throw new InvalidInput(e.errors().stream().map(error -> org.chainatlas.platform.web.FormErrors.inWan(error,
                        "amountCny".equals(error.field()) ? "amountWan" : null)).toList());
            }
            redirect.addFlashAttribute("message", "agenda.outcome.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", org.chainatlas.platform.ErrorTexts.summary(e));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/agenda" + (event == null ? "" : "?event=" + event) + "#meeting-" + id;
    }

    @GetMapping("/checkin/{token}")
    String checkinPage(@PathVariable String token, Model model) {
        Views.MeetingView meeting = desk.byToken(token);
        model.addAttribute("meeting", meeting);
        model.addAttribute("open", MeetingDesk.checkinOpen(meeting, clock.instant()));
        model.addAttribute("over", MeetingDesk.checkinOver(meeting, clock.instant()));
        model.addAttribute("checkedInAt", desk.checkedInAs(token));
        model.addAttribute("token", token);
        return "event/checkin";
    }

    @PostMapping("/checkin/{token}")
    String checkin(@PathVariable String token, Model model) {
        try {
            model.addAttribute("meeting", desk.checkIn(token));
            model.addAttribute("done", true);
        } catch (Conflict e) {
            Views.MeetingView meeting = desk.byToken(token);
            model.addAttribute("meeting", meeting);
            model.addAttribute("open", MeetingDesk.checkinOpen(meeting, clock.instant()));
            model.addAttribute("over", MeetingDesk.checkinOver(meeting, clock.instant()));
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("token", token);
        return "event/checkin";
    }

    /** Parses form fields, collecting an error per field that is not a date, time or number. */
    static final class Parsed {
        private final List<InvalidInput.FieldError> errors = new ArrayList<>();

        LocalDate date(String field, Map<String, String> p) {
            String v = p.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a date (yyyy-mm-dd)", "import.notDate", List.of(v)));
                return null;
            }
        }

        LocalTime time(String field, Map<String, String> p) {
            String v = p.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return LocalTime.parse(v.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a time (hh:mm)", "error.notTime", List.of(v)));
                return null;
            }
        }

        Integer integer(String field, Map<String, String> p) {
            String v = p.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a whole number", "import.notWhole", List.of(v)));
                return null;
            }
        }

        Long longValue(String field, Map<String, String> p) {
            String v = p.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(v.strip());
            } catch (NumberFormatException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a number", "import.notNumber", List.of(v)));
                return null;
            }
        }

        ParticipantKind kind(String field, Map<String, String> p) {
            String v = p.get(field);
            try {
                return v == null || v.isBlank() ? null : ParticipantKind.valueOf(v.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a participant kind", "error.notAValue", List.of(v)));
                return null;
            }
        }

        org.chainatlas.event.SessionKind sessionKind(String field, Map<String, String> p) {
            String v = p.get(field);
            try {
                return v == null || v.isBlank() ? null : org.chainatlas.event.SessionKind.valueOf(v.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInput.FieldError(field, "'" + v + "' is not a session kind", "error.notAValue", List.of(v)));
                return null;
            }
        }

        /** What did not parse, each with its field. */
        List<InvalidInput.FieldError> errors() {
            return List.copyOf(errors);
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }

        /** What did not parse, then the rules' errors of the fields that did (a field unread is not also "required"). */
        List<InvalidInput.FieldError> withOthers(List<InvalidInput.FieldError> rules) {
            return FormErrors.unreadThenRules(errors, rules);
        }

        /** The refusal of what did not parse, or null. */
        InvalidInput invalid() {
            return errors.isEmpty() ? null : new InvalidInput(errors);
        }
    }
}
