package org.chainatlas.account;

import java.time.Instant;

/** A user account as shown to administrators and organisers (never the password hash). */
public record UserView(long id, String username, String displayName, String email, Role role, String regionCode,
        Long parkId, Long enterpriseId, boolean verified, boolean enabled, boolean locked, Instant createdAt) {
}
