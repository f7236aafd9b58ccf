package org.chainatlas.region.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredRegions extends JpaRepository<Region, String> {
}
