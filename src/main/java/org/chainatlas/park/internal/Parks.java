package org.chainatlas.park.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Parks extends JpaRepository<Park, Long> {

    Optional<Park> findByDevZoneName(String devZoneName);

    List<Park> findByRegionCodeStartingWithOrderByIdAsc(String prefix);

    List<Park> findByNameZhOrderByIdAsc(String nameZh);
}
