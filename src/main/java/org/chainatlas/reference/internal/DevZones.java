package org.chainatlas.reference.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DevZones extends JpaRepository<DevZone, Long> {
}
