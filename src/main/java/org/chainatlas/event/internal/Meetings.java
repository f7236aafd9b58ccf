package org.chainatlas.event.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Meetings (accepted requests) with their seats. */
interface Meetings extends JpaRepository<Meeting, Long> {
    List<Meeting> findByEventIdOrderByIdAsc(long eventId);

    List<Meeting> findBySessionIdOrderByIdAsc(long sessionId);

    Optional<Meeting> findByCheckinToken(String token);

    @Query("select m from Meeting m where m.participantA in :ids or m.participantB in :ids order by m.id")
    List<Meeting> involving(@Param("ids") Collection<Long> participantIds);
}
