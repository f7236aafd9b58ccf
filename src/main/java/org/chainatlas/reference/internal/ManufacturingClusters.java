package org.chainatlas.reference.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManufacturingClusters extends JpaRepository<ManufacturingCluster, Long> {
}
