package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.chainatlas.platform.Busy;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** How refusals reach API clients: the right status and a reason, never a misleading one. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    private static DataIntegrityViolationException refused(String state, String constraint) {
        SQLException sql = new SQLException("refused", state);
        return new DataIntegrityViolationException("could not execute statement",
                new org.hibernate.exception.ConstraintViolationException("refused", sql, constraint));
    }

    @Test
    void aFullQueueIsBusyWithRetryAfter() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemDetail problem = errors.busy(new Busy("the import queue is full; try again in a few minutes", 60), response);
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(problem.getDetail()).contains("try again");
    }

    @Test
    void aUniqueKeyRaceIsAConflictButAMissingOrUnknownValueIsABadRequest() {
        assertThat(errors.integrity(refused("23505", "park_catalogue_uk")).getStatus()).isEqualTo(409);
        ProblemDetail missing = errors.integrity(refused("23502", null));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getDetail()).contains("required value is missing");
        ProblemDetail check = errors.integrity(refused("23514", "project_stage_ck"));
        assertThat(check.getStatus()).isEqualTo(400);
        assertThat(check.getDetail()).contains("project_stage_ck");
        assertThat(errors.integrity(refused("23503", "fk_x")).getStatus()).isEqualTo(400);
        assertThat(errors.integrity(refused("22001", null)).getDetail()).contains("too long");
        assertThat(errors.integrity(refused("22021", null)).getStatus()).as("e.g. a NUL byte PostgreSQL refuses").isEqualTo(400);
    }

    @Test
    void aStaleVersionIsAConflictNamingTheVersion() {
        ProblemDetail stale = errors.integrity(new ObjectOptimisticLockingFailureException("Park", 1L));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getDetail()).contains("someone else saved");
    }
}
