package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session adding the same attribute at once (a double click on a form that redirects with a
 * flash message): both writes are kept, the later one wins, neither fails (it failed on the primary key and answered a
 * bare 409 after the request's work was done).
 */
@AtlasTest
@Tag("db")
class SessionAttributeUpsertsTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoCopiesOfASessionAddingTheSameAttributeBothSave() {
        org.springframework.session.SessionRepository<Session> sessions = (org.springframework.session.SessionRepository) this.sessions;
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("flash", "first request");
        second.setAttribute("flash", "second request");
        sessions.save(first);
        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();
        Session stored = sessions.findById(created.getId());
        assertThat((String) stored.getAttribute("flash")).isEqualTo("second request");
        sessions.deleteById(created.getId());
    }
}
