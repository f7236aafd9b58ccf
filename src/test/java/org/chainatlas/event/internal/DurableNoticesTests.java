package org.chainatlas.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice to a participant is written to the event publication registry with the change that causes it: one that
 * could not be sent stays outstanding (listed for administrators, delivered again at the next start) instead of
 * being lost; one that was sent leaves nothing behind.
 */
@AtlasTest
@Tag("db")
class DurableNoticesTests {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private long outstanding(String status) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like '%EventNotifications.requested%' "
                + "and completion_date is null and serialized_event like '%-4242%' and status = ?", Long.class, status);
    }

    @Test
    void aNoticeThatCouldNotBeSentStaysOutstandingAndASentOneLeavesNothing() throws Exception {
        // a request that does not exist: the listener cannot read it and fails
        tx.executeWithoutResult(s -> publisher.publishEvent(new MeetingBook.RequestMade(-4242)));
        long deadline = System.currentTimeMillis() + 10_000;
        while (outstanding("FAILED") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        try {
            assertThat(outstanding("FAILED")).as("the failed notice is kept").isEqualTo(1);
        } finally {
            jdbc.update("delete from event_publication where serialized_event like '%-4242%'");
        }

        long request = jdbc.queryForObject("select max(id) from meeting_request", Long.class);
        tx.executeWithoutResult(s -> publisher.publishEvent(new MeetingBook.RequestMade(request)));
        deadline = System.currentTimeMillis() + 10_000;
        while (pending(request) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pending(request)).as("a sent notice is completed and removed").isZero();
    }

    private long pending(long request) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like '%EventNotifications.requested%' "
                + "and serialized_event like ?", Long.class, "%\"requestId\":" + request + "}%");
    }
}
