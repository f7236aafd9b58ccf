package org.chainatlas.account.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByIdDesc(long userId);

    /**
     * Revokes every live token of a user. It does not clear the persistence context: its callers hold other entities
     * (an enterprise registration being rejected was detached by the clear and stayed pending, its rejection lost).
     */
    @Modifying(flushAutomatically = true)
    @Query("update ApiToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
    int revokeAllOf(@Param("userId") long userId, @Param("now") Instant now);
}
