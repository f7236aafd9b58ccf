package org.chainatlas.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, long entityId);
}
