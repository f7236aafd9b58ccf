package org.chainatlas.chain.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredChains extends JpaRepository<Chain, Long> {

    Optional<Chain> findByCode(String code);

    boolean existsByCode(String code);
}
