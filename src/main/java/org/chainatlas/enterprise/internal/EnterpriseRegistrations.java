package org.chainatlas.enterprise.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseRegistrations extends JpaRepository<EnterpriseRegistration, Long> {

    List<EnterpriseRegistration> findByStatusOrderByIdAsc(String status);

    boolean existsByUsccAndStatus(String uscc, String status);
}
