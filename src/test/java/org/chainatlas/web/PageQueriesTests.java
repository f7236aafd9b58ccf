package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.persistence.EntityManagerFactory;

/**
 * The pages of the load mix (docs/BENCHMARKS.md, "Pages and API under load") read the database a bounded number of
 * times, however many sessions, participants or tickets they show: no query per row (N+1). Counted by Hibernate's
 * statistics (JPA statements; the few JdbcTemplate reads are not counted).
 */
@AtlasTest
class PageQueriesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    JdbcTemplate jdbc;

    private Statistics statistics() {
        return entityManagers.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void off() {
        statistics().setStatisticsEnabled(false);
    }

    private long statements(MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        mvc.perform(request).andExpect(status().isOk()); // warm: first-use loads are not what a page costs
        statistics.clear();
        mvc.perform(request).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theEventPageAndTheProjectDashboardReadABoundedNumberOfTimes() throws Exception {
        long event = jdbc.queryForObject("select min(id) from match_event", Long.class);
        long sessions = jdbc.queryForObject("select count(*) from event_session where event_id = ?", Long.class, event);
        long participants = jdbc.queryForObject("select count(*) from participant where event_id = ?", Long.class, event);
        assertThat(sessions).as("the demo event has several sessions").isGreaterThan(1);
        assertThat(participants).as("and participants").isGreaterThan(5);
        long tickets = jdbc.queryForObject("select count(*) from service_ticket", Long.class);
        assertThat(tickets).as("the demo projects have service tickets").isGreaterThan(1);

        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put("event page", statements(get("/events/" + event)));
        counted.put("project dashboard", statements(get("/api/v1/dashboard/projects").with(Users.SICHUAN_ORGANISER.auth())));
        counted.put("search", statements(get("/api/v1/enterprises").param("q", "电池")));
        counted.put("project list", statements(get("/api/v1/projects").param("size", "500").with(Users.SICHUAN_ORGANISER.auth())));
        // before: the event page 25 statements (each participant's sessions and unavailable slots one by one, each
        // session's slots and tables one by one), the dashboard 18 (each ticket's history one by one), then 15 (each
        // event it names read whole, sessions, slots and tables, for its name)
        assertThat(counted.get("event page")).as(counted.toString()).isLessThanOrEqualTo(12);
        // 12 until 2026-12-03, when the overdue tickets stopped loading every project of the scope (8 since; the names of
        // enterprises and parks are since read by JdbcTemplate, one query each, not counted here)
        assertThat(counted.get("project dashboard")).as(counted.toString()).isLessThanOrEqualTo(8);
        // before: 20 (each row's park, with its industries, and its service officer read one by one), then 8
        assertThat(counted.get("project list")).as(counted.toString()).isLessThanOrEqualTo(4);
        // hits are read from the index's stored fields: no entity is loaded (segment names, when shown, by one JDBC read)
        assertThat(counted.get("search")).as(counted.toString()).isZero();
    }
}
