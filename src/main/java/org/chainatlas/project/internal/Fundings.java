package org.chainatlas.project.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Funds in place of projects. */
interface Fundings extends JpaRepository<Funding, Long> {

    List<Funding> findByProjectIdOrderByOnDateAsc(long projectId);
}
