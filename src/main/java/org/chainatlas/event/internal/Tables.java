package org.chainatlas.event.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Negotiation tables of sessions. */
interface Tables extends JpaRepository<MeetingTable, Long> {
    List<MeetingTable> findBySessionIdOrderByAreaZhAscNumberAsc(long sessionId);

    long countBySessionId(long sessionId);

    List<MeetingTable> findBySessionIdInOrderByAreaZhAscNumberAsc(Collection<Long> sessionIds);
}
