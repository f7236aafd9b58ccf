package org.chainatlas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.chainatlas.event.MeetingSigned;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cross-module reaction survives its own failure (issue 14, item 1): a signing whose intake fails stays in the
 * event publication registry, is listed for administrators, and once delivered again becomes exactly one project —
 * however often it is delivered. The failure is real: a PostgreSQL trigger refuses the project row once.
 */
@AtlasTest
@Tag("db")
class DurableEventsTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited in vain for " + what);
    }

    @Test
    void aSigningWhoseIntakeFailedBecomesExactlyOneProjectWhenDeliveredAgain() throws Exception {
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assumeThat(database).as("the failure is injected by a PostgreSQL trigger").isEqualTo("PostgreSQL");
        long meeting = count("""
                select min(m.id) from meeting m where not exists (select 1 from project p where p.meeting_id = m.id)""");
        long enterprise = count("select enterprise_id from app_user where username = 'catl-enterprise'");
        long event = count("select event_id from meeting where id = ?", meeting);
        String publication = "%\"meetingId\":" + meeting + ",%";
        jdbc.execute("create table test_refused_meeting (meeting_id bigint)");
        jdbc.update("insert into test_refused_meeting values (?)", meeting);
        jdbc.execute("""
                create function test_refuse_project() returns trigger as $$
                begin
                  if exists (select 1 from test_refused_meeting r where r.meeting_id = new.meeting_id) then
                    raise exception 'project refused for the test';
                  end if;
                  return new;
                end $$ language plpgsql""");
        jdbc.execute("create trigger test_refuse_project before insert on project for each row execute function test_refuse_project()");
        try {
            tx.executeWithoutResult(status -> publisher.publishEvent(new MeetingSigned(meeting, event, "持久事件测试", "nev-battery",
                    enterprise, null, "511500", 1_200_000_000L, "持久事件测试项目", Instant.now())));
            await("the failed intake", () -> count("""
                    select count(*) from event_publication where completion_date is null and serialized_event like ?
                    and status = 'FAILED'""", publication) == 1);
            assertThat(count("select count(*) from project where meeting_id = ?", meeting)).isZero();

            String page = mvc.perform(get("/admin/event-publications").with(SignedIn.as(users, "admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("event.MeetingSigned").contains("持久事件测试项目");
            mvc.perform(get("/admin/event-publications").with(SignedIn.as(users, "sichuan-organiser")))
                    .andExpect(status().isForbidden());

            jdbc.update("delete from test_refused_meeting");
            mvc.perform(post("/admin/event-publications/resubmit").with(SignedIn.as(users, "admin")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            await("the project", () -> count("select count(*) from project where meeting_id = ?", meeting) == 1
                    && count("select count(*) from event_publication where serialized_event like ?", publication) == 0);

            // delivered once more (a node restarting with it outstanding, say): still one project
            tx.executeWithoutResult(status -> publisher.publishEvent(new MeetingSigned(meeting, event, "持久事件测试", "nev-battery",
                    enterprise, null, "511500", 1_200_000_000L, "持久事件测试项目", Instant.now())));
            await("the second delivery", () -> count("select count(*) from event_publication where serialized_event like ?",
                    publication) == 0);
            assertThat(count("select count(*) from project where meeting_id = ?", meeting)).isEqualTo(1);
        } finally {
            jdbc.execute("drop trigger if exists test_refuse_project on project");
            jdbc.execute("drop function if exists test_refuse_project()");
            jdbc.execute("drop table if exists test_refused_meeting");
        }
    }
}
