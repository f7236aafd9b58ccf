package org.chainatlas.account;

/**
 * An account to create: its role and scope (region for organisers and locality officers, optionally a park for
 * a locality officer, the enterprise for enterprise users).
 */
public record NewUser(String username, String password, String displayName, String email, Role role, String regionCode,
        Long parkId, Long enterpriseId) {
}
