package org.chainatlas.enterprise.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseNeeds extends JpaRepository<EnterpriseNeed, Long> {

    List<EnterpriseNeed> findByEnterpriseIdOrderByIdAsc(long enterpriseId);
}
