package org.chainatlas.lead.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Leads extends JpaRepository<Lead, Long> {

    Optional<Lead> findByRegionCodeAndEnterpriseIdAndChainCode(String regionCode, long enterpriseId, String chainCode);

    List<Lead> findByRegionCodeAndChainCodeAndEnterpriseIdIn(String regionCode, String chainCode, java.util.Collection<Long> enterpriseIds);
}
