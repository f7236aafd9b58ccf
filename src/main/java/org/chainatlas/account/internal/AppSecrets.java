package org.chainatlas.account.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Secrets the platform generates once and keeps in the database (e.g. the remember-me signing key). */
@Component
class AppSecrets {

    private final JdbcTemplate jdbc;

    AppSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized String get(String name) {
        var existing = jdbc.queryForList("select secret from app_secret where name = ?", String.class, name);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        String value = Tokens.random(48);
        jdbc.update("insert into app_secret (name, secret) values (?, ?)", name, value);
        return value;
    }
}
