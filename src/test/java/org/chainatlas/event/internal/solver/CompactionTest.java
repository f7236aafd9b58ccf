package org.chainatlas.event.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

/** The compaction phase closes idle gaps without ever costing a hard or medium point. */
class CompactionTest {

    private static final SolutionManager<SessionSchedule, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(ScheduleSolver.config(Duration.ofSeconds(1))));

    @SuppressWarnings("unchecked")
    private static void compact(SessionSchedule schedule) {
        ScoreDirector<SessionSchedule> director = (ScoreDirector<SessionSchedule>) Proxy.newProxyInstance(
                ScoreDirector.class.getClassLoader(), new Class<?>[] {ScoreDirector.class},
                (proxy, method, args) -> method.getName().equals("getWorkingSolution") ? schedule : null);
        new Compaction().changeWorkingSolution(director, () -> false);
    }

    @Test
    void aParticipantsIdleSlotIsFilledByMovingOneOfItsMeetings() {
        List<Slot> slots = List.of(new Slot(1, 0), new Slot(2, 1), new Slot(3, 2));
        Attendee x = new Attendee(1, Set.of());
        Attendee y = new Attendee(2, Set.of());
        Attendee z = new Attendee(3, Set.of());
        List<Seat> seats = slots.stream().flatMap(s -> java.util.stream.Stream.of(new Seat(Seat.idOf(s, 1), s, 1, 1, 4),
                new Seat(Seat.idOf(s, 2), s, 2, 2, 4))).toList();
        MeetingAssignment xy = new MeetingAssignment(1, x, y, 1, 2, false, seats.get(0));
        MeetingAssignment xz = new MeetingAssignment(2, x, z, 1, 2, false, seats.get(4));
        SessionSchedule schedule = new SessionSchedule(slots, List.of(x, y, z), seats, List.of(xy, xz));
        assertThat(schedule.idleGaps()).isEqualTo(1);

        compact(schedule);

        assertThat(schedule.idleGaps()).isZero();
        assertThat(schedule.scheduled()).isEqualTo(2);
        assertThat(schedule.tableChanges()).as("x stays at table 1").isZero();
        assertThat(xy.getSeat().slot().position()).isNotEqualTo(xz.getSeat().slot().position());
    }

    @Test
    void whenEveryTableIsTakenItExchangesTwoMeetingsSlots() {
        List<Slot> slots = List.of(new Slot(1, 0), new Slot(2, 1), new Slot(3, 2));
        Attendee x = new Attendee(1, Set.of());
        Attendee y = new Attendee(2, Set.of());
        Attendee z = new Attendee(3, Set.of());
        Attendee w = new Attendee(4, Set.of());
        Attendee v = new Attendee(5, Set.of());
        List<Seat> seats = slots.stream().map(s -> new Seat(Seat.idOf(s, 1), s, 1, 1, 4)).toList();
        MeetingAssignment xy = new MeetingAssignment(1, x, y, 1, 2, false, seats.get(0));
        MeetingAssignment wv = new MeetingAssignment(2, w, v, 1, 2, false, seats.get(1));
        MeetingAssignment xz = new MeetingAssignment(3, x, z, 1, 2, false, seats.get(2));
        SessionSchedule schedule = new SessionSchedule(slots, List.of(x, y, z, w, v), seats, List.of(xy, wv, xz));
        assertThat(schedule.idleGaps()).isEqualTo(1);

        compact(schedule);

        assertThat(schedule.idleGaps()).isZero();
        assertThat(schedule.scheduled()).isEqualTo(3);
        assertThat(Set.of(xy.getSeat(), wv.getSeat(), xz.getSeat())).as("still one meeting per seat").hasSize(3);
    }

    @Test
    void onAGreedyScheduleItLowersTheSoftScoreAndKeepsHardAndMedium() {
        // tables to spare (300 seats for 200 meetings): compaction moves meetings into free seats only
        SessionSchedule greedy = ScheduleSolverTest.instance(60, 200, 10, 30, 11);
        GreedyScheduler.assign(greedy, greedy.getAssignments());
        MeetingAssignment first = greedy.getAssignments().get(0);
        MeetingAssignment pinned = new MeetingAssignment(first.getId(), first.getA(), first.getB(), first.getWeight(),
                first.getSeatsNeeded(), true, first.getSeat());
        List<MeetingAssignment> assignments = new java.util.ArrayList<>(greedy.getAssignments());
        assignments.set(0, pinned);
        SessionSchedule schedule = new SessionSchedule(greedy.getSlots(), greedy.getAttendees(), greedy.getSeats(), assignments);
        HardMediumSoftLongScore before = SCORES.update(schedule);
        long scheduled = schedule.scheduled();
        Seat pinnedSeat = pinned.getSeat();

        compact(schedule);

        HardMediumSoftLongScore after = SCORES.update(schedule);
        assertThat(after.hardScore()).isZero();
        assertThat(after.mediumScore()).isEqualTo(before.mediumScore());
        assertThat(after.softScore()).isGreaterThan(before.softScore());
        assertThat(schedule.scheduled()).isEqualTo(scheduled);
        assertThat(pinned.getSeat()).as("pinned meetings never move").isSameAs(pinnedSeat);
        Set<Long> seatsUsed = new HashSet<>();
        schedule.getAssignments().stream().filter(m -> m.getSeat() != null)
                .forEach(m -> assertThat(seatsUsed.add(m.getSeat().id())).as("one meeting per seat").isTrue());
    }

    /** The penalty a move would leave, worked out without changing the day, equals changing it and measuring. */
    @Test
    void aMovesPenaltyWorkedOutInPlaceEqualsMakingTheMoveAndMeasuring() {
        java.util.Random random = new java.util.Random(11);
        List<Slot> slots = java.util.stream.IntStream.range(0, 12).mapToObj(i -> new Slot(i + 1, i)).toList();
        for (int round = 0; round < 5_000; round++) {
            Compaction.Day day = new Compaction.Day();
            List<Seat> held = new java.util.ArrayList<>();
            int meetings = 1 + random.nextInt(6);
            for (int i = 0; i < meetings; i++) {
                Slot slot = slots.get(random.nextInt(slots.size()));
                Seat seat = new Seat(Seat.idOf(slot, i), slot, 1 + random.nextInt(3), i, 4);
                day.add(seat);
                held.add(seat);
            }
            Seat from = held.get(random.nextInt(held.size()));
            Slot slot = slots.get(random.nextInt(slots.size()));
            Seat to = new Seat(Seat.idOf(slot, 99), slot, 1 + random.nextInt(4), 99, 4);
            long worked = day.penaltyIf(from, to);
            day.remove(from);
            day.add(to);
            long measured = day.gaps() + day.tableChanges();
            assertThat(worked).as("round %d: %s -> %s", round, from, to).isEqualTo(measured);
        }
    }
}
