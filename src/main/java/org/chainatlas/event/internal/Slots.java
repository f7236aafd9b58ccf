package org.chainatlas.event.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Time slots of sessions. */
interface Slots extends JpaRepository<TimeSlot, Long> {
    List<TimeSlot> findBySessionIdOrderByPositionAsc(long sessionId);

    List<TimeSlot> findBySessionIdIn(Collection<Long> sessionIds);

    List<TimeSlot> findBySessionIdInOrderByPositionAsc(Collection<Long> sessionIds);
}
