package org.chainatlas.event.internal.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of a good schedule (see docs/SCHEDULING.md for the table). Hard: nobody in two meetings at once,
 * one meeting per table and slot, nobody in a slot they cannot attend, a table large enough, a host's fixed booth
 * for its meetings and no others. Medium: as many
 * meetings scheduled as possible, weighted (gap-filling and high-value meetings weigh more). Soft: few idle
 * slots between a participant's meetings, few table changes for a participant.
 */
public class MeetingConstraints implements ConstraintProvider {

    /** What any unscheduled meeting costs, on top of its weight. */
    public static final long UNSCHEDULED = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                participantDoubleBooked(factory),
                tableDoubleBooked(factory),
                participantUnavailable(factory),
                tableTooSmall(factory),
                boothIgnored(factory),
                meetingUnscheduled(factory),
                idleGaps(factory),
                tableChanges(factory)};
    }

    /** Hard: a participant in two meetings in the same slot. */
    Constraint participantDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .flatten(MeetingAssignment::attendees)
                .groupBy((meeting, attendee) -> attendee, (meeting, attendee) -> meeting.slot(), countBi())
                .filter((attendee, slot, count) -> count > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (attendee, slot, count) -> count - 1)
                .asConstraint("Participant double-booked");
    }

    /** Hard: two meetings at the same table in the same slot. */
    Constraint tableDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(MeetingAssignment.class, Joiners.equal(MeetingAssignment::getSeat))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Table double-booked");
    }

    /**
     * Hard: a meeting in a slot one of its participants cannot attend (said so, busy in another session, or the slot
     * has begun). A pinned meeting (published, held) is where it is: not counted, it cannot move anyway.
     */
    Constraint participantUnavailable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(m -> !m.isPinned() && (m.getA().unavailableAt(m.slot()) || m.getB().unavailableAt(m.slot())))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Participant unavailable");
    }

    /** Hard: a table with fewer seats than the meeting's delegates. */
    Constraint tableTooSmall(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(m -> m.getSeat().capacity() < m.getSeatsNeeded())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, m -> m.getSeatsNeeded() - m.getSeat().capacity())
                .asConstraint("Table too small");
    }

    /** Hard: a meeting at another owner's booth, or a booth owner's meeting away from its booth. */
    Constraint boothIgnored(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(m -> !m.boothAllows(m.getSeat()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Booth ignored");
    }

    /**
     * Medium: an accepted meeting without a seat costs {@value #UNSCHEDULED} plus its weight: more meetings always
     * beat fewer heavier ones (weights are 1–3), and among equally many the gap-filling and high-value ones win.
     */
    Constraint meetingUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(m -> m.getSeat() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, m -> UNSCHEDULED + m.getWeight())
                .asConstraint("Meeting unscheduled");
    }

    /**
     * Soft: idle slots between a participant's first and last meeting — (last − first + 1) − meetings, from three
     * incremental collectors per participant (cheaper per move than tracking the sequences themselves).
     */
    Constraint idleGaps(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .flatten(MeetingAssignment::attendees)
                .groupBy((meeting, attendee) -> attendee,
                        min((MeetingAssignment meeting, Attendee attendee) -> meeting.slot().position()),
                        max((MeetingAssignment meeting, Attendee attendee) -> meeting.slot().position()),
                        countBi())
                .filter((attendee, first, last, count) -> last - first + 1 > count)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (attendee, first, last, count) -> last - first + 1L - count)
                .asConstraint("Idle gap");
    }

    /** Soft: a participant moving between tables (each extra table it sits at). */
    Constraint tableChanges(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .flatten(MeetingAssignment::attendees)
                .groupBy((meeting, attendee) -> attendee, countDistinct((meeting, attendee) -> meeting.getSeat().tableId()))
                .filter((attendee, tables) -> tables > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (attendee, tables) -> tables - 1L)
                .asConstraint("Table change");
    }
}
