package org.chainatlas.lead.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadVisits extends JpaRepository<LeadVisit, Long> {

    List<LeadVisit> findByLeadIdOrderByVisitedOnDescIdDesc(long leadId);

    long countByLeadId(long leadId);
}
