package org.chainatlas.project.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stage changes of projects. */
interface StageChanges extends JpaRepository<StageChange, Long> {

    List<StageChange> findByProjectIdOrderByChangedAtAsc(long projectId);
}
