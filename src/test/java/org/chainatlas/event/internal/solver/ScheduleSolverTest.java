package org.chainatlas.event.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The solver on a small instance: no hard violations, at least the greedy count, pinned meetings kept. */
class ScheduleSolverTest {

    private static List<Duration> phaseLimits(ScheduleSolver.Split split) {
        return ScheduleSolver.config(Duration.ofSeconds(60), split).getPhaseConfigList().stream()
                .map(p -> p.getTerminationConfig().getSpentLimit()).toList();
    }

    /**
     * The time split: local search, compaction, local search, compaction. The current split gives each compaction 15%
     * of the limit (9 s of 60; the one before capped them at 3 s, where they stopped before converging at 2,000
     * participants), and no split plans more time than the limit.
     */
    @Test
    void compactionGetsFifteenPercentOfTheLimitAndThePhasesFitInIt() {
        assertThat(phaseLimits(ScheduleSolver.Split.LONG_POLISH)).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(9),
                Duration.ofSeconds(12), Duration.ofSeconds(9));
        assertThat(phaseLimits(ScheduleSolver.Split.FIXED_POLISH)).containsExactly(Duration.ofSeconds(42), Duration.ofSeconds(3),
                Duration.ofSeconds(12), Duration.ofSeconds(3));
        assertThat(ScheduleSolver.config(Duration.ofSeconds(60)).getPhaseConfigList().get(1).getTerminationConfig().getSpentLimit())
                .as("the default").isEqualTo(Duration.ofSeconds(9));
        for (ScheduleSolver.Split split : ScheduleSolver.Split.values()) {
            assertThat(phaseLimits(split).stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(60_000);
        }
    }

    static SessionSchedule instance(int participants, int meetings, int slots, int tables, long seed) {
        Random random = new Random(seed);
        List<Slot> slotList = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            slotList.add(new Slot(i + 1, i));
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            Set<Long> unavailable = new HashSet<>();
            if (random.nextInt(5) == 0) {
                unavailable.add((long) (1 + random.nextInt(slots)));
            }
            attendees.add(new Attendee(i + 1, unavailable));
        }
        List<Seat> seats = new ArrayList<>();
        for (Slot slot : slotList) {
            for (int t = 1; t <= tables; t++) {
                seats.add(new Seat(Seat.idOf(slot, t), slot, t, t, 4));
            }
        }
        List<MeetingAssignment> assignments = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        while (assignments.size() < meetings) {
            Attendee a = attendees.get(random.nextInt(participants));
            Attendee b = attendees.get(random.nextInt(participants));
            if (a.id() == b.id() || !pairs.add(Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()))) {
                continue;
            }
            assignments.add(new MeetingAssignment(assignments.size() + 1, a, b, 1 + random.nextInt(2), 2, false, null));
        }
        return new SessionSchedule(slotList, attendees, seats, assignments);
    }

    @Test
    void solvesWithoutHardViolationsAndBeatsOrMatchesGreedy() {
        SessionSchedule greedy = instance(40, 120, 8, 10, 3);
        GreedyScheduler.assign(greedy, greedy.getAssignments());
        long greedyWeight = weightScheduled(greedy);

        SessionSchedule solved = ScheduleSolver.solve(instance(40, 120, 8, 10, 3), Duration.ofSeconds(3), null);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.scheduled()).as("meetings scheduled").isGreaterThanOrEqualTo(greedy.scheduled());
        assertThat(-solved.getScore().mediumScore()).isEqualTo(solved.getAssignments().stream()
                .filter(a -> a.getSeat() == null).mapToLong(a -> MeetingConstraints.UNSCHEDULED + a.getWeight()).sum());
        assertThat(solved.scheduled()).isLessThanOrEqualTo(UpperBound.of(solved).value());
    }

    private static long weightScheduled(SessionSchedule schedule) {
        return schedule.getAssignments().stream().filter(a -> a.getSeat() != null).mapToLong(MeetingAssignment::getWeight).sum();
    }

    /**
     * Three of the participants keep a booth (tables 1–3): the greedy start and the solver seat every meeting of a
     * booth owner at its booth and no other meeting there, and still seat as many as the booths leave room for.
     */
    @Test
    void boothOwnersMeetAtTheirBoothsAndNobodyElseSitsThere() {
        SessionSchedule plain = instance(30, 80, 8, 8, 11);
        java.util.Map<Long, Long> boothOf = java.util.Map.of(1L, 1L, 2L, 2L, 3L, 3L);
        java.util.Map<Long, Attendee> attendees = new java.util.HashMap<>();
        plain.getAttendees().forEach(a -> attendees.put(a.id(), new Attendee(a.id(), a.unavailableSlots(), boothOf.get(a.id()))));
        List<Seat> seats = plain.getSeats().stream().map(x -> new Seat(x.id(), x.slot(), x.tableId(), x.tableNumber(), x.capacity(),
                x.tableId() <= 3 ? x.tableId() : null)).toList();
        List<MeetingAssignment> meetings = plain.getAssignments().stream().map(m -> new MeetingAssignment(m.getId(),
                attendees.get(m.getA().id()), attendees.get(m.getB().id()), m.getWeight(), 2, false, null)).toList();
        SessionSchedule solved = ScheduleSolver.solve(new SessionSchedule(plain.getSlots(), List.copyOf(attendees.values()), seats,
                meetings), Duration.ofSeconds(2), null);
        assertThat(solved.getScore().hardScore()).isZero();
        long ownerMeetings = 0;
        for (MeetingAssignment m : solved.getAssignments()) {
            if (m.getSeat() == null) {
                continue;
            }
            Long a = boothOf.get(m.getA().id());
            Long b = boothOf.get(m.getB().id());
            if (a != null || b != null) {
                ownerMeetings++;
                assertThat(m.getSeat().tableId()).as(m.toString()).isIn(a, b);
            } else {
                assertThat(m.getSeat().tableId()).as(m + " sits at nobody's booth").isGreaterThan(3L);
            }
        }
        assertThat(ownerMeetings).as("booth owners' meetings are seated").isPositive();
        assertThat(solved.scheduled()).isGreaterThan(solved.getAssignments().size() / 2);
    }

    @Test
    void pinnedMeetingsKeepTheirSeats() {
        SessionSchedule problem = instance(20, 40, 6, 6, 5);
        Seat fixed = problem.getSeats().get(7);
        MeetingAssignment first = problem.getAssignments().getFirst();
        List<MeetingAssignment> assignments = new ArrayList<>(problem.getAssignments());
        assignments.set(0, new MeetingAssignment(first.getId(), first.getA(), first.getB(), 1, 2, true, fixed));
        SessionSchedule solved = ScheduleSolver.solve(new SessionSchedule(problem.getSlots(), problem.getAttendees(),
                problem.getSeats(), assignments), Duration.ofSeconds(2), null);
        assertThat(solved.getAssignments().stream().filter(a -> a.getId() == first.getId()).findFirst().orElseThrow().getSeat())
                .isEqualTo(fixed);
    }

    @Test
    void theUpperBoundCountsTableSlotsAndParticipantSlots() {
        SessionSchedule problem = instance(10, 40, 3, 2, 9);
        UpperBound.Bound bound = UpperBound.of(problem);
        assertThat(bound.tableSlots()).isEqualTo(6);
        assertThat(bound.value()).isLessThanOrEqualTo(6);
    }

    /**
     * On the event's day the slots already begun are closed to everyone: new meetings are seated in the slots ahead,
     * published meetings held in the morning stay, and the bound counts those held plus what the slots ahead allow.
     */
    @Test
    void slotsThatHaveBegunTakeNoNewMeetingsAndHeldOnesStay() {
        List<Slot> slots = List.of(new Slot(1, 0), new Slot(2, 1), new Slot(3, 2), new Slot(4, 3));
        Set<Long> begun = Set.of(1L, 2L);
        List<Attendee> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(new Attendee(i + 1, begun));
        }
        List<Seat> seats = new ArrayList<>();
        for (Slot slot : slots) {
            for (long table = 1; table <= 3; table++) {
                seats.add(new Seat(Seat.idOf(slot, table), slot, table, (int) table, 4));
            }
        }
        List<MeetingAssignment> meetings = new ArrayList<>();
        // held at 09:00 (slot 1, table 1) and published
        meetings.add(new MeetingAssignment(1, people.get(0), people.get(1), 1, 2, true, seats.getFirst()));
        long id = 2;
        for (int a = 0; a < 6; a++) {
            for (int b = a + 1; b < 6; b++) {
                if (a != 0 || b != 1) {
                    meetings.add(new MeetingAssignment(id++, people.get(a), people.get(b), 1, 2, false, null));
                }
            }
        }
        SessionSchedule problem = new SessionSchedule(slots, people, seats, meetings);
        UpperBound.Bound bound = UpperBound.of(problem);
        // ahead: 2 slots, 6 people → at most 3 meetings a slot, 6 in all; plus the one held
        assertThat(bound.value()).isEqualTo(7);
        SessionSchedule solved = ScheduleSolver.solve(problem, Duration.ofSeconds(2), best -> {
        });
        assertThat(solved.getScore().hardScore()).isZero();
        for (MeetingAssignment m : solved.getAssignments()) {
            if (m.isPinned()) {
                assertThat(m.getSeat()).isSameAs(seats.getFirst());
            } else if (m.getSeat() != null) {
                assertThat(m.slot().id()).as("meeting %d seated in a slot that has begun", m.getId()).isGreaterThan(2);
            }
        }
        assertThat(solved.scheduled()).isEqualTo(7);
    }

    @Test
    void theMatchingBoundSeesAPopularParticipantWhoseDayIsFull() {
        // one host with 5 meetings but only 2 slots it can attend; each guest has only that meeting
        List<Slot> slots = List.of(new Slot(1, 0), new Slot(2, 1), new Slot(3, 2));
        Attendee host = new Attendee(100, Set.of(3L));
        List<Attendee> attendees = new ArrayList<>(List.of(host));
        List<MeetingAssignment> meetings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Attendee guest = new Attendee(i, Set.of());
            attendees.add(guest);
            meetings.add(new MeetingAssignment(i, guest, host, 1, 2, false, null));
        }
        List<Seat> seats = new ArrayList<>();
        for (Slot slot : slots) {
            for (int t = 1; t <= 4; t++) {
                seats.add(new Seat(Seat.idOf(slot, t), slot, t, t, 4));
            }
        }
        SessionSchedule problem = new SessionSchedule(slots, attendees, seats, meetings);
        UpperBound.Bound bound = UpperBound.of(problem);
        assertThat(bound.participantSlots()).as("counting slots per participant alone").isEqualTo(3);
        assertThat(bound.matching()).isEqualTo(2);
        assertThat(bound.value()).isEqualTo(2);
        SessionSchedule solved = ScheduleSolver.solve(problem, Duration.ofSeconds(1), null);
        assertThat(solved.scheduled()).isEqualTo(2);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void generatedInstancesAreSolvedToTheBoundWhenItIsReachable() {
        SessionSchedule problem = SessionInstances.generate(new SessionInstances.Size(60, 150, 8, 12), 5);
        UpperBound.Bound bound = UpperBound.of(problem);
        SessionSchedule greedy = SessionInstances.generate(new SessionInstances.Size(60, 150, 8, 12), 5);
        GreedyScheduler.assign(greedy, greedy.getAssignments());
        SessionSchedule solved = ScheduleSolver.solve(problem, Duration.ofSeconds(3), null);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.scheduled()).isGreaterThanOrEqualTo(greedy.scheduled()).isLessThanOrEqualTo(bound.value());
    }
}
