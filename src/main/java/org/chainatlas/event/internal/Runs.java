package org.chainatlas.event.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Schedule runs of the optimiser. */
interface Runs extends JpaRepository<ScheduleRun, Long> {
    List<ScheduleRun> findByEventIdOrderByIdDesc(long eventId);

    List<ScheduleRun> findByStatusIn(List<String> statuses);
}
