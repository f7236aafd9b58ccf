package org.chainatlas.park.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Parks extends JpaRepository<Park, Long> {

    Optional<Park> findByDevZoneName(String devZoneName);

    List<Park> findByRegionCodeStartingWithOrderByIdAsc(String prefix);

    List<Park> findByNameZhOrderByIdAsc(String nameZh);

    /** The park with its row locked until the transaction ends: concurrent confirmations wait instead of conflicting. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Park p where p.id = :id")
    Optional<Park> lockById(@org.springframework.data.repository.query.Param("id") long id);
}
