package org.chainatlas.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainatlas.event.internal.solver.Attendee;
import org.chainatlas.event.internal.solver.SessionSchedule;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A schedule run on the event's day (walk-in requests seated between rounds) offers nobody a slot that has begun: the
 * demo event's busiest session read as its solver problem at the start of its third slot.
 */
@AtlasTest
@Tag("db")
class SchedulingOnTheDayTests {

    @Autowired
    Scheduling scheduling;
    @Autowired
    Sessions sessions;
    @Autowired
    Slots slots;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void slotsThatHaveBegunAreClosedToEveryAttendee() {
        Long sessionId = jdbc.queryForObject("select m.session_id from meeting m join time_slot t on t.session_id = m.session_id "
                + "group by m.session_id having count(distinct t.id) >= 4 order by count(distinct m.id) desc limit 1", Long.class);
        EventSession session = sessions.findById(sessionId).orElseThrow();
        List<TimeSlot> list = slots.findBySessionIdOrderByPositionAsc(sessionId);
        java.time.Instant now = list.get(2).startsAt().minusSeconds(1);
        SessionSchedule problem = tx.execute(s -> scheduling.problem(session, now));
        assertThat(problem.getAttendees()).isNotEmpty();
        for (Attendee a : problem.getAttendees()) {
            assertThat(a.unavailableSlots()).as("attendee %d", a.id()).contains(list.get(0).id(), list.get(1).id());
        }
        assertThat(problem.getAttendees()).as("the slot ahead is open to someone")
                .anyMatch(a -> !a.unavailableSlots().contains(list.get(2).id()));
        SessionSchedule before = tx.execute(s -> scheduling.problem(session, list.getFirst().startsAt().minusSeconds(3600)));
        assertThat(before.getAttendees()).as("before the session, its first slot is open to someone")
                .anyMatch(a -> !a.unavailableSlots().contains(list.get(0).id()));
    }
}
