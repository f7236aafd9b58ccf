package org.chainatlas.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user account: its role and scope, and its sign-in state (verification, failed attempts, lockout). */
@Entity
@Table(name = "app_user")
public class AppUser {

    /** Wrong passwords in a row that lock an account. */
    static final int LOCK_AFTER = 10;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    private boolean enabled = true;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "park_id")
    private Long parkId;
    @Column(name = "enterprise_id")
    private Long enterpriseId;
    private boolean verified = true;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    protected AppUser() {
    }

    Instant createdAt() {
        return createdAt;
    }

    public AppUser(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    AppUser scoped(String displayName, String email, String regionCode, Long parkId, Long enterpriseId) {
        this.displayName = displayName;
        this.email = email;
        this.regionCode = regionCode;
        this.parkId = parkId;
        this.enterpriseId = enterpriseId;
        return this;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    boolean verified() {
        return verified;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String regionCode() {
        return regionCode;
    }

    Long parkId() {
        return parkId;
    }

    Long enterpriseId() {
        return enterpriseId;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    void awaitVerification() {
        verified = false;
    }

    void verify() {
        verified = true;
    }

    /** Signs the user out everywhere: sessions under an older version end at their next request. */
    void disable() {
        enabled = false;
        credentialsVersion++;
    }

    void enable() {
        enabled = true;
    }

    /** Sets a new password; every session signed in with the old one ends at its next request. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        credentialsVersion++;
        failedAttempts = 0;
        lockedUntil = null;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    Actor actor() {
        return new Actor(id, username, role, regionCode, parkId, enterpriseId);
    }
}
