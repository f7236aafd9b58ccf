package org.chainatlas.reference.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChainSystemEntries extends JpaRepository<ChainSystemEntry, Long> {
}
