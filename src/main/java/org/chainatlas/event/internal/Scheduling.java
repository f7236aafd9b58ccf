package org.chainatlas.event.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.chainatlas.account.Actor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.event.Views;
import org.chainatlas.event.internal.solver.Attendee;
import org.chainatlas.event.internal.solver.MeetingAssignment;
import org.chainatlas.event.internal.solver.ScheduleSolver;
import org.chainatlas.event.internal.solver.Seat;
import org.chainatlas.event.internal.solver.SessionSchedule;
import org.chainatlas.event.internal.solver.Slot;
import org.chainatlas.event.internal.solver.UpperBound;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedule runs. An organiser starts a run; it is stored (QUEUED) and solved in the background, session by
 * session (Timefold: first come first fit, then local search), with its best result so far written to the run
 * as it improves, and the final seats written in one transaction per session. Published meetings are pinned:
 * a re-run after late changes never moves them. Publishing notifies the participants.
 */
@Service
public class Scheduling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

    /** Internal events. */
    record RunQueued(long runId) {
    }

    record SchedulePublished(long eventId) {
    }

    private final EventManagement management;
    private final EventRights rights;
    private final Sessions sessions;
    private final Slots slots;
    private final Tables tables;
    private final Participants participants;
    private final Meetings meetings;
    private final Runs runs;
    private final Seating seating;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Executor executor;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;
    private final Events events;
    private final java.time.Clock clock;

    Scheduling(EventManagement management, EventRights rights, Sessions sessions, Slots slots,
            Tables tables, Participants participants, Meetings meetings,
            Runs runs, Seating seating, JdbcTemplate jdbc, TransactionTemplate tx,
            @Qualifier("scheduleExecutor") Executor executor, ApplicationEventPublisher publisher, AuditTrail audit,
            Events events, java.time.Clock clock) {
        this.events = events;
        this.clock = clock;
        this.management = management;
        this.rights = rights;
        this.sessions = sessions;
        this.slots = slots;
        this.tables = tables;
        this.participants = participants;
        this.meetings = meetings;
        this.runs = runs;
        this.seating = seating;
        this.jdbc = jdbc;
        this.tx = tx;
        this.executor = executor;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Runs left unfinished by a restart are marked failed. */
    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> runs.findByStatusIn(List.of(ScheduleRun.QUEUED, ScheduleRun.RUNNING))
                .forEach(run -> run.fail(clock.instant(), "interrupted by a restart")));
    }

    @Transactional
    public Views.RunView start(long eventId, int seconds) {
        events.lockById(eventId); // two starts at once: the second waits here, then sees the first run queued
        MatchEvent event = management.load(eventId);
        rights.requireOrganiser(event, "schedule");
        if (seconds < 1 || seconds > 600) {
            throw InvalidInput.coded("seconds", "error.between", "between 1 and 600 seconds", 1, 600);
        }
        boolean busy = runs.findByEventIdOrderByIdDesc(eventId).stream().anyMatch(ScheduleRun::inProgress);
        if (busy) {
            throw new Conflict("event", "a schedule run of this event is already in progress", "error.runInProgress");
        }
        Actor actor = rights.require("schedule", "event " + eventId);
        ScheduleRun run = runs.saveAndFlush(new ScheduleRun(eventId, actor.username(), seconds));
        publisher.publishEvent(new RunQueued(run.id()));
        return view(run);
    }

    @TransactionalEventListener
    void queued(RunQueued queued) {
        executor.execute(() -> execute(queued.runId()));
    }

    void execute(long runId) {
        ScheduleRun run = tx.execute(status -> {
            ScheduleRun queued = runs.findById(runId).orElseThrow();
            queued.begin(clock.instant());
            return queued;
        });
        long eventId = run.eventId();
        try {
            List<EventSession> list = sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId);
            int[] totals = new int[3];
            Duration perSession = Duration.ofMillis(Math.max(500, run.seconds() * 1000L / Math.max(1, list.size())));
            for (EventSession session : list) {
                SessionSchedule problem = tx.execute(status -> problem(session, clock.instant()));
                if (problem == null || problem.getAssignments().isEmpty()) {
                    continue;
                }
                UpperBound.Bound bound = UpperBound.of(problem);
                int[] before = totals.clone();
                long[] lastWrite = {0};
                SessionSchedule solved = ScheduleSolver.solve(problem, perSession, best -> {
                    long now = System.currentTimeMillis();
                    if (now - lastWrite[0] > 1000) {
                        lastWrite[0] = now;
                        tx.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                                .progress(before[1] + (int) best.scheduled(), String.valueOf(best.getScore())));
                    }
                });
                tx.executeWithoutResult(status -> persist(session, solved));
                totals[0] += solved.getAssignments().size();
                totals[1] += (int) solved.scheduled();
                totals[2] += (int) bound.value();
                tx.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                        .sessionSolved(totals[0], totals[1], totals[2], String.valueOf(solved.getScore())));
            }
            tx.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                    .finish(clock.instant(), totals[0], totals[1], totals[2]));
            log.info("Schedule run {} of event {}: {} of {} meetings seated (upper bound {})", runId, eventId, totals[1],
                    totals[0], totals[2]);
        } catch (RuntimeException e) {
            log.warn("Schedule run {} failed", runId, e);
            tx.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                    .fail(clock.instant(), String.valueOf(e.getMessage())));
        }
    }

    /**
     * One session as a solver problem: its meetings, seats (with booths), attendees with what they cannot attend — and
     * nobody attends a slot that has begun by {@code now}: a run on the event's day (walk-in requests seated between
     * rounds) seats new meetings in the slots still ahead, never in the morning already gone. Meetings that stay in
     * place (published, checked in, with an outcome) keep their seats, past or not.
     */
    SessionSchedule problem(EventSession session, Instant now) {
        List<TimeSlot> sessionSlots = slots.findBySessionIdOrderByPositionAsc(session.id());
        Set<Long> begun = new HashSet<>();
        sessionSlots.stream().filter(t -> !t.startsAt().isAfter(now)).forEach(t -> begun.add(t.id()));
        List<MeetingTable> sessionTables = tables.findBySessionIdOrderByAreaZhAscNumberAsc(session.id());
        Map<Long, Slot> slotById = new HashMap<>();
        List<Slot> slotFacts = new ArrayList<>();
        for (TimeSlot t : sessionSlots) {
            Slot s = new Slot(t.id(), t.position());
            slotFacts.add(s);
            slotById.put(t.id(), s);
        }
        List<Seat> seats = new ArrayList<>();
        Map<Long, Seat> seatByKey = new HashMap<>();
        for (Slot s : slotFacts) {
            for (MeetingTable t : sessionTables) {
                Seat seat = new Seat(Seat.idOf(s, t.id()), s, t.id(), t.number(), t.capacity(), t.boothParticipantId());
                seats.add(seat);
                seatByKey.put(seat.id(), seat);
            }
        }
        Map<Long, Long> booths = BoothRule.boothsOf(sessionTables);
        List<Meeting> sessionMeetings = meetings.findBySessionIdOrderByIdAsc(session.id());
        Map<Long, Attendee> attendees = new HashMap<>();
        Map<Long, Integer> delegates = new HashMap<>();
        for (Meeting m : sessionMeetings) {
            for (long id : List.of(m.participantA(), m.participantB())) {
                if (!attendees.containsKey(id)) {
                    Participant p = participants.findById(id).orElseThrow();
                    Set<Long> unavailable = new HashSet<>();
                    p.unavailableSlotIds().stream().filter(slotById::containsKey).forEach(unavailable::add);
                    unavailable.addAll(busyElsewhere(id, session, sessionSlots));
                    unavailable.addAll(begun);
                    attendees.put(id, new Attendee(id, unavailable, booths.get(id)));
                    delegates.put(id, p.delegates());
                }
            }
        }
        List<MeetingAssignment> assignments = new ArrayList<>();
        for (Meeting m : sessionMeetings) {
            Seat seat = m.staysInPlace() && m.slotId() != null && m.tableId() != null
                    ? seatByKey.get(Seat.idOf(slotById.get(m.slotId()), m.tableId())) : null;
            assignments.add(new MeetingAssignment(m.id(), attendees.get(m.participantA()), attendees.get(m.participantB()),
                    m.weight(), delegates.get(m.participantA()) + delegates.get(m.participantB()), seat != null, seat));
        }
        return new SessionSchedule(slotFacts, new ArrayList<>(attendees.values()), seats, assignments);
    }

    /** Slots of this session overlapping meetings the participant has in other sessions. */
    private Set<Long> busyElsewhere(long participantId, EventSession session, List<TimeSlot> sessionSlots) {
        Set<Long> busy = new HashSet<>();
        List<Instant[]> rows = jdbc.query("""
                select t.starts_at, t.ends_at from meeting_attendance a join time_slot t on t.id = a.slot_id
                where a.participant_id = ? and t.session_id <> ?""",
                (rs, i) -> new Instant[] {rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant()}, participantId, session.id());
        for (Instant[] row : rows) {
            for (TimeSlot t : sessionSlots) {
                if (t.startsAt().isBefore(row[1]) && row[0].isBefore(t.endsAt())) {
                    busy.add(t.id());
                }
            }
        }
        return busy;
    }

    /** Writes a solved session: every unpublished meeting unseated, then seated as solved. */
    void persist(EventSession session, SessionSchedule solved) {
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.findBySessionIdOrderByIdAsc(session.id()).forEach(m -> byId.put(m.id(), m));
        for (Meeting m : byId.values()) {
            if (!m.staysInPlace()) {
                seating.unseat(m);
            }
        }
        meetings.flush();
        for (MeetingAssignment a : solved.getAssignments()) {
            Meeting m = byId.get(a.getId());
            if (m == null || m.staysInPlace() || a.getSeat() == null) {
                continue;
            }
            seating.seat(m, a.getSeat().slot().id(), a.getSeat().tableId());
        }
    }

    @Transactional
    public int publish(long eventId) {
        MatchEvent event = management.load(eventId);
        rights.requireOrganiser(event, "publish the schedule of");
        int count = 0;
        for (Meeting m : meetings.findByEventIdOrderByIdAsc(eventId)) {
            if (!m.published() && m.slotId() != null) {
                m.publish();
                count++;
            }
        }
        audit.record("event", eventId, AuditAction.UPDATE, null, Map.of("published", count));
        publisher.publishEvent(new SchedulePublished(eventId));
        return count;
    }

    @Transactional(readOnly = true)
    public List<Views.RunView> runs(long eventId) {
        MatchEvent event = management.load(eventId);
        rights.requireOrganiser(event, "see the schedule runs of");
        return runs.findByEventIdOrderByIdDesc(eventId).stream().map(Scheduling::view).toList();
    }

    @Transactional(readOnly = true)
    public Views.RunView run(long runId) {
        ScheduleRun run = runs.findById(runId).orElseThrow(() -> new NotFound("schedule run", runId));
        rights.requireOrganiser(management.load(run.eventId()), "see the schedule runs of");
        return view(run);
    }

    static Views.RunView view(ScheduleRun r) {
        return new Views.RunView(r.id(), r.eventId(), r.status(), r.seconds(), r.meetings(), r.scheduled(), r.upperBound(),
                r.bestScore(), r.message(), r.createdAt(), r.startedAt(), r.finishedAt());
    }
}
