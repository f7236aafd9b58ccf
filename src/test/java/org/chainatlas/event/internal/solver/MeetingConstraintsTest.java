package org.chainatlas.event.internal.solver;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** One test per constraint: each can fire, and does not fire when the rule holds. */
class MeetingConstraintsTest {

    private final ConstraintVerifier<MeetingConstraints, SessionSchedule> verifier =
            ConstraintVerifier.build(new MeetingConstraints(), SessionSchedule.class, MeetingAssignment.class);

    private static final Slot S0 = new Slot(1, 0);
    private static final Slot S1 = new Slot(2, 1);
    private static final Slot S2 = new Slot(3, 2);
    private static final Slot S3 = new Slot(4, 3);

    private static Attendee attendee(long id, Long... unavailable) {
        return new Attendee(id, Set.of(unavailable));
    }

    private static Seat seat(Slot slot, long table, int capacity) {
        return new Seat(Seat.idOf(slot, table), slot, table, (int) table, capacity);
    }

    private static MeetingAssignment meeting(long id, Attendee a, Attendee b, Seat seat) {
        return new MeetingAssignment(id, a, b, 1, 2, false, seat);
    }

    @Test
    void participantDoubleBooked() {
        Attendee x = attendee(1);
        Attendee y = attendee(2);
        Attendee z = attendee(3);
        verifier.verifyThat(MeetingConstraints::participantDoubleBooked)
                .given(meeting(1, x, y, seat(S0, 1, 4)), meeting(2, x, z, seat(S0, 2, 4)))
                .penalizesBy(1);
        verifier.verifyThat(MeetingConstraints::participantDoubleBooked)
                .given(meeting(1, x, y, seat(S0, 1, 4)), meeting(2, x, z, seat(S1, 2, 4)))
                .penalizesBy(0);
    }

    @Test
    void tableDoubleBooked() {
        Seat shared = seat(S0, 1, 4);
        verifier.verifyThat(MeetingConstraints::tableDoubleBooked)
                .given(meeting(1, attendee(1), attendee(2), shared), meeting(2, attendee(3), attendee(4), shared))
                .penalizesBy(1);
        verifier.verifyThat(MeetingConstraints::tableDoubleBooked)
                .given(meeting(1, attendee(1), attendee(2), shared), meeting(2, attendee(3), attendee(4), seat(S0, 2, 4)))
                .penalizesBy(0);
    }

    @Test
    void boothIgnored() {
        Attendee bureau = new Attendee(1, Set.of(), 7L); // keeps table 7
        Attendee firm = attendee(2);
        Attendee other = attendee(3);
        Seat booth = new Seat(Seat.idOf(S0, 7), S0, 7, 7, 4, 1L);
        verifier.verifyThat(MeetingConstraints::boothIgnored)
                .given(meeting(1, bureau, firm, booth))
                .penalizesBy(0);
        verifier.verifyThat(MeetingConstraints::boothIgnored)
                .given(meeting(1, bureau, firm, seat(S0, 2, 4)))
                .penalizesBy(1);
        verifier.verifyThat(MeetingConstraints::boothIgnored)
                .given(meeting(2, firm, other, new Seat(Seat.idOf(S1, 7), S1, 7, 7, 4, 1L)))
                .penalizesBy(1);
        Attendee park = new Attendee(4, Set.of(), 8L);
        verifier.verifyThat(MeetingConstraints::boothIgnored)
                .given(meeting(3, bureau, park, new Seat(Seat.idOf(S1, 8), S1, 8, 8, 4, 4L)))
                .penalizesBy(0);
    }

    @Test
    void participantUnavailable() {
        verifier.verifyThat(MeetingConstraints::participantUnavailable)
                .given(meeting(1, attendee(1, S0.id()), attendee(2), seat(S0, 1, 4)))
                .penalizesBy(1);
        verifier.verifyThat(MeetingConstraints::participantUnavailable)
                .given(meeting(1, attendee(1, S0.id()), attendee(2), seat(S1, 1, 4)))
                .penalizesBy(0);
        // a published meeting in a slot that has begun stays where it was held: nothing the solver could mend
        verifier.verifyThat(MeetingConstraints::participantUnavailable)
                .given(new MeetingAssignment(1, attendee(1, S0.id()), attendee(2, S0.id()), 1, 2, true, seat(S0, 1, 4)))
                .penalizesBy(0);
    }

    @Test
    void tableTooSmall() {
        MeetingAssignment big = new MeetingAssignment(1, attendee(1), attendee(2), 1, 5, false, seat(S0, 1, 4));
        verifier.verifyThat(MeetingConstraints::tableTooSmall).given(big).penalizesBy(1);
        MeetingAssignment fits = new MeetingAssignment(1, attendee(1), attendee(2), 1, 4, false, seat(S0, 1, 4));
        verifier.verifyThat(MeetingConstraints::tableTooSmall).given(fits).penalizesBy(0);
    }

    @Test
    void meetingUnscheduledWeighsByPriority() {
        MeetingAssignment important = new MeetingAssignment(1, attendee(1), attendee(2), 5, 2, false, null);
        MeetingAssignment placed = new MeetingAssignment(2, attendee(3), attendee(4), 1, 2, false, seat(S0, 1, 4));
        verifier.verifyThat(MeetingConstraints::meetingUnscheduled).given(important, placed)
                .penalizesBy(MeetingConstraints.UNSCHEDULED + 5);
    }

    @Test
    void idleGapsBetweenAParticipantsMeetings() {
        Attendee x = attendee(1);
        verifier.verifyThat(MeetingConstraints::idleGaps)
                .given(meeting(1, x, attendee(2), seat(S0, 1, 4)), meeting(2, x, attendee(3), seat(S3, 1, 4)))
                .penalizesBy(2);
        verifier.verifyThat(MeetingConstraints::idleGaps)
                .given(meeting(1, x, attendee(2), seat(S1, 1, 4)), meeting(2, x, attendee(3), seat(S2, 1, 4)))
                .penalizesBy(0);
    }

    @Test
    void tableChangesOfAParticipant() {
        Attendee x = attendee(1);
        verifier.verifyThat(MeetingConstraints::tableChanges)
                .given(meeting(1, x, attendee(2), seat(S0, 1, 4)), meeting(2, x, attendee(3), seat(S1, 2, 4)))
                .penalizesBy(1);
        verifier.verifyThat(MeetingConstraints::tableChanges)
                .given(meeting(1, x, attendee(2), seat(S0, 1, 4)), meeting(2, x, attendee(3), seat(S1, 1, 4)))
                .penalizesBy(0);
    }
}
