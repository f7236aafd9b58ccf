package org.chainatlas.event.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Thematic sessions of events. */
interface Sessions extends JpaRepository<EventSession, Long> {
    List<EventSession> findByEventIdOrderByDayAscStartsAtAscIdAsc(long eventId);
}
