package org.chainatlas.event.web;

import java.net.URI;
import java.util.List;

import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.event.AgendaItem;
import org.chainatlas.event.EventForm;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.Outcome;
import org.chainatlas.event.RegistrationForm;
import org.chainatlas.event.SessionForm;
import org.chainatlas.event.Views;
import org.chainatlas.event.internal.Booths;
import org.chainatlas.event.internal.EventManagement;
import org.chainatlas.event.internal.EventReports;
import org.chainatlas.event.internal.MeetingBook;
import org.chainatlas.event.internal.MeetingDesk;
import org.chainatlas.event.internal.Registrations;
import org.chainatlas.event.internal.Scheduling;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Events", description = "Matchmaking events: sessions, registrations, meeting requests, schedules, agendas, outcomes")
class EventApi {

    private final EventManagement management;
    private final Registrations registrations;
    private final MeetingBook book;
    private final Scheduling scheduling;
    private final MeetingDesk desk;
    private final EventReports reports;
    private final Booths booths;

    EventApi(EventManagement management, Registrations registrations, MeetingBook book, Scheduling scheduling, MeetingDesk desk,
            EventReports reports, Booths booths) {
        this.booths = booths;
        this.management = management;
        this.registrations = registrations;
        this.book = book;
        this.scheduling = scheduling;
        this.desk = desk;
        this.reports = reports;
    }

    record Created(long id) {
    }

    record RequestBodyForm(Long from, Long to, Long sessionId, String reason) {
    }

    record AcceptForm(Long slotId) {
    }

    record DecisionForm(Boolean approve) {
    }

    record InviteForm(String chainCode, EnterpriseTag tag, List<Long> sessionIds) {
    }

    record OutcomeForm(Long participantId, Outcome outcome, String note, Long amountCny) {
    }

    record Count(int count) {
    }

    record BoothForm(Long participantId, Integer tableNumber) {
    }

    @GetMapping("/events")
    @Operation(summary = "Events, latest first")
    List<Views.EventView> events() {
        return management.list();
    }

    @PostMapping("/events")
    @Operation(summary = "Create an event (administrators; organisers in their region)")
    ResponseEntity<Views.EventView> create(@RequestBody EventForm form) {
        Views.EventView created = management.create(form);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
    }

    @GetMapping("/events/{id}")
    Views.EventView event(@PathVariable long id) {
        return management.require(id);
    }

    @PutMapping("/events/{id}")
    Views.EventView update(@PathVariable long id, @RequestBody EventForm form) {
        return management.update(id, form);
    }

    @PutMapping("/events/{id}/status")
    @Operation(summary = "Open, close or finish an event")
    Views.EventView status(@PathVariable long id, @RequestParam EventStatus status) {
        return management.status(id, status);
    }

    @PostMapping("/events/{id}/sessions")
    @Operation(summary = "Add a session: plenary, list release, signing ceremony, or 专题对接 with its slots and tables")
    ResponseEntity<Views.SessionView> session(@PathVariable long id, @RequestBody SessionForm form) {
        Views.SessionView created = management.addSession(id, form);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(created);
    }

    @GetMapping("/events/{id}/sessions/{sessionId}/booth-candidates")
    @Operation(summary = "Approved host bureaus and parks of a 专题对接 session that may keep a fixed booth")
    List<Views.ParticipantView> boothCandidates(@PathVariable long id, @PathVariable long sessionId) {
        return booths.candidates(id, sessionId);
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/booths")
    @Operation(summary = "Give a table of the session to a host bureau or park as its fixed booth (organisers)")
    Views.BoothView booth(@PathVariable long id, @PathVariable long sessionId, @RequestBody BoothForm form) {
        if (form.participantId() == null) {
            throw org.chainatlas.platform.InvalidInput.of("participantId", "required");
        }
        if (form.tableNumber() == null) {
            throw org.chainatlas.platform.InvalidInput.of("tableNumber", "required");
        }
        return booths.assign(id, sessionId, form.participantId(), form.tableNumber());
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/booths/all")
    @Operation(summary = "Give every approved host bureau and park of the session without a booth the next free table")
    Count boothsForAll(@PathVariable long id, @PathVariable long sessionId) {
        return new Count(booths.assignAll(id, sessionId));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/events/{id}/sessions/{sessionId}/booths/{tableNumber}")
    @Operation(summary = "Free a fixed booth")
    ResponseEntity<Void> releaseBooth(@PathVariable long id, @PathVariable long sessionId, @PathVariable int tableNumber) {
        booths.release(id, sessionId, tableNumber);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/events/{id}/registrations")
    @Operation(summary = "Register an enterprise, park, department or association")
    ResponseEntity<Views.ParticipantView> register(@PathVariable long id, @RequestBody RegistrationForm form) {
        Views.ParticipantView created = registrations.register(id, form);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/participants/" + created.id())).body(created);
    }

    @GetMapping("/events/{id}/participants")
    @Operation(summary = "Validated participants (the marketplace); all=true for organisers: every registration")
    List<Views.ParticipantView> participants(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all) {
        return registrations.of(id, !all);
    }

    @GetMapping("/events/{id}/participants/mine")
    List<Views.ParticipantView> mine(@PathVariable long id) {
        return registrations.mine(id);
    }

    @PostMapping("/participants/{participantId}/decision")
    @Operation(summary = "Validate or reject a registration (organisers)")
    Views.ParticipantView decide(@PathVariable long participantId, @RequestBody DecisionForm form) {
        return registrations.decide(participantId, Boolean.TRUE.equals(form.approve()));
    }

    @PostMapping("/events/{id}/invitations")
    @Operation(summary = "Invite every enterprise of a chain carrying a tag (e.g. CHAIN_LEADER)")
    Count invite(@PathVariable long id, @RequestBody InviteForm form) {
        return new Count(registrations.invite(id, form.chainCode(), form.tag(), form.sessionIds()));
    }

    @GetMapping("/participants/{participantId}/suggestions")
    @Operation(summary = "Participants the matching engine suggests meeting")
    List<Views.ParticipantView> suggestions(@PathVariable long participantId, @RequestParam(defaultValue = "10") int limit) {
        return book.suggestions(participantId, Math.max(1, Math.min(50, limit)));
    }

    @PostMapping("/meeting-requests")
    @Operation(summary = "Request a 1:1 meeting with a reason")
    ResponseEntity<Views.RequestView> request(@RequestBody RequestBodyForm form) {
        Views.RequestView created = book.request(required(form.from(), "from"), required(form.to(), "to"),
                form.sessionId(), form.reason());
        return ResponseEntity.created(URI.create("/api/v1/meeting-requests/" + created.id())).body(created);
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw org.chainatlas.platform.InvalidInput.of(field, "required");
        }
        return value;
    }

    @GetMapping("/events/{id}/meeting-requests")
    @Operation(summary = "Requests to and from the participants the caller acts for")
    List<Views.RequestView> requests(@PathVariable long id) {
        return book.involving(registrations.mine(id).stream().map(Views.ParticipantView::id).toList());
    }

    @PostMapping("/meeting-requests/{requestId}/accept")
    @Operation(summary = "Accept; with slotId the meeting is booked at once at the first free table")
    Views.MeetingView accept(@PathVariable long requestId, @RequestBody(required = false) AcceptForm form) {
        return book.accept(requestId, form == null ? null : form.slotId());
    }

    @PostMapping("/meeting-requests/{requestId}/decline")
    Views.RequestView decline(@PathVariable long requestId) {
        return book.decline(requestId);
    }

    @PostMapping("/meeting-requests/{requestId}/cancel")
    Views.RequestView cancel(@PathVariable long requestId) {
        return book.cancel(requestId);
    }

    @PostMapping("/events/{id}/schedule-runs")
    @Operation(summary = "Start the optimiser in the background (organisers); poll the run for progress")
    ResponseEntity<Views.RunView> schedule(@PathVariable long id, @RequestParam(defaultValue = "30") int seconds) {
        Views.RunView run = scheduling.start(id, seconds);
        return ResponseEntity.accepted().location(URI.create("/api/v1/schedule-runs/" + run.id())).body(run);
    }

    @GetMapping("/events/{id}/schedule-runs")
    List<Views.RunView> runs(@PathVariable long id) {
        return scheduling.runs(id);
    }

    @GetMapping("/schedule-runs/{runId}")
    Views.RunView run(@PathVariable long runId) {
        return scheduling.run(runId);
    }

    @PostMapping("/events/{id}/schedule/publish")
    @Operation(summary = "Publish the seats: participants are told, and re-solving keeps these meetings in place")
    Count publish(@PathVariable long id) {
        return new Count(scheduling.publish(id));
    }

    @GetMapping("/events/{id}/meetings")
    @Operation(summary = "Every meeting with its seat (organisers)")
    List<Views.MeetingView> meetings(@PathVariable long id) {
        return reports.meetings(id);
    }

    @GetMapping("/events/{id}/dashboard")
    Views.Dashboard dashboard(@PathVariable long id) {
        return reports.dashboard(id);
    }

    @GetMapping("/agenda")
    @Operation(summary = "The caller's meetings (optionally of one event)")
    List<AgendaItem> agenda(@RequestParam(required = false) Long event) {
        return desk.agenda(event);
    }

    @GetMapping(value = "/agenda.ics", produces = "text/calendar")
    String ical(@RequestParam(required = false) Long event) {
        return desk.ical(event);
    }

    @GetMapping(value = "/meetings/{meetingId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] qr(@PathVariable long meetingId) {
        return desk.qrCode(meetingId);
    }

    @PostMapping("/checkin/{token}")
    @Operation(summary = "Check the caller's side in by the meeting's QR token (on the day of the meeting)")
    Views.MeetingView checkIn(@PathVariable String token) {
        return desk.checkIn(token);
    }

    @PostMapping("/meetings/{meetingId}/outcome")
    @Operation(summary = "Record one side's outcome; both SIGNED makes a project")
    Views.MeetingView outcome(@PathVariable long meetingId, @RequestBody OutcomeForm form) {
        return desk.outcome(meetingId, form.participantId(), form.outcome(), form.note(), form.amountCny());
    }
}
