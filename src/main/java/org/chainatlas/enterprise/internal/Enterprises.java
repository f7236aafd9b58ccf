package org.chainatlas.enterprise.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Enterprises extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

    Page<Enterprise> findByHqRegionCodeStartingWith(String prefix, Pageable pageable);

    boolean existsByUscc(String uscc);

    java.util.Optional<Enterprise> findByUscc(String uscc);

    java.util.Optional<Enterprise> findByStockCode(String stockCode);

    List<Enterprise> findByNameZhOrShortNameZh(String nameZh, String shortNameZh);

    /** [nodeId, distinct enterprises] for segments operated at places under the code prefix. */
    @Query("""
            select s.nodeId, count(distinct s.enterpriseId) from EnterpriseSegment s
            where s.nodeId in :nodeIds and s.regionCode like concat(:prefix, '%') and s.role = 'PRODUCES'
            group by s.nodeId""")
    List<Object[]> countBySegment(@Param("nodeIds") Collection<Long> nodeIds, @Param("prefix") String prefix);

    /** Distinct enterprises producing in any segment at places under the code prefix. */
    @Query("""
            select count(distinct s.enterpriseId) from EnterpriseSegment s
            where s.regionCode like concat(:prefix, '%') and s.role = 'PRODUCES'""")
    long countProducers(@Param("prefix") String prefix);
}
