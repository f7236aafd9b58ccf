package org.chainatlas.event.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One thematic session's meetings to place on its tables and time slots. */
@PlanningSolution
public class SessionSchedule {

    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<Attendee> attendees;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "seats")
    private List<Seat> seats;
    @PlanningEntityCollectionProperty
    private List<MeetingAssignment> assignments;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public SessionSchedule() {
    }

    public SessionSchedule(List<Slot> slots, List<Attendee> attendees, List<Seat> seats, List<MeetingAssignment> assignments) {
        this.slots = slots;
        this.attendees = attendees;
        this.seats = seats;
        this.assignments = assignments;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public List<MeetingAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public long scheduled() {
        return assignments.stream().filter(a -> a.getSeat() != null).count();
    }

    /** Idle slots between each participant's first and last meeting, summed over participants. */
    public long idleGaps() {
        java.util.Map<Long, java.util.BitSet> busy = new java.util.HashMap<>();
        for (MeetingAssignment m : assignments) {
            if (m.getSeat() != null) {
                int position = m.getSeat().slot().position();
                busy.computeIfAbsent(m.getA().id(), k -> new java.util.BitSet()).set(position);
                busy.computeIfAbsent(m.getB().id(), k -> new java.util.BitSet()).set(position);
            }
        }
        long gaps = 0;
        for (java.util.BitSet slots : busy.values()) {
            gaps += slots.length() - slots.nextSetBit(0) - slots.cardinality();
        }
        return gaps;
    }

    /** Table changes: for each participant, the distinct tables it sits at minus one, summed. */
    public long tableChanges() {
        java.util.Map<Long, java.util.Set<Long>> tables = new java.util.HashMap<>();
        for (MeetingAssignment m : assignments) {
            if (m.getSeat() != null) {
                tables.computeIfAbsent(m.getA().id(), k -> new java.util.HashSet<>()).add(m.getSeat().tableId());
                tables.computeIfAbsent(m.getB().id(), k -> new java.util.HashSet<>()).add(m.getSeat().tableId());
            }
        }
        return tables.values().stream().mapToLong(t -> t.size() - 1L).sum();
    }

    /** Sum of the weights of the scheduled meetings. */
    public long weightScheduled() {
        return assignments.stream().filter(a -> a.getSeat() != null).mapToLong(MeetingAssignment::getWeight).sum();
    }
}
