package org.chainatlas.event.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Events (对接活动). */
interface Events extends JpaRepository<MatchEvent, Long> {
    List<MatchEvent> findAllByOrderByStartsOnDesc();

    /** Loads an event and holds its row until the transaction ends (one schedule run starts at a time). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select e from MatchEvent e where e.id = :id")
    java.util.Optional<MatchEvent> lockById(@org.springframework.data.repository.query.Param("id") long id);
}
