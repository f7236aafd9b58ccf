package org.chainatlas.account.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token: sent as {@code Authorization: Bearer ca_…}; only its hash and a short prefix are kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private String name;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(nullable = false)
    private String prefix;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String tokenHash, String prefix) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = Instant.now();
    }

    Long id() { return id; }
    long userId() { return userId; }
    String name() { return name; }
    String prefix() { return prefix; }
    Instant createdAt() { return createdAt; }
    Instant lastUsedAt() { return lastUsedAt; }
    Instant revokedAt() { return revokedAt; }

    boolean active() {
        return revokedAt == null;
    }

    void revoke() {
        revokedAt = Instant.now();
    }

    /** Records use, at most once a minute (to spare writes on busy clients). */
    boolean used(Instant now) {
        if (lastUsedAt == null || Duration.between(lastUsedAt, now).toMinutes() >= 1) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }
}
