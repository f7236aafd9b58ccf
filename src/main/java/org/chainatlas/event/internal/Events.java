package org.chainatlas.event.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Events (对接活动). */
interface Events extends JpaRepository<MatchEvent, Long> {
    List<MatchEvent> findAllByOrderByStartsOnDesc();
}
