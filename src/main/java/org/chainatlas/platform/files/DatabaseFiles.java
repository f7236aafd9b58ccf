package org.chainatlas.platform.files;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Files in table {@code stored_file} of the platform's database, written in the caller's transaction. */
final class DatabaseFiles {

    static final String PREFIX = "db:";
    private final JdbcTemplate jdbc;

    DatabaseFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String put(String area, byte[] content) {
        String key = PREFIX + area + "/" + UUID.randomUUID();
        jdbc.update("insert into stored_file (file_key, area, size_bytes, content, created_at) values (?, ?, ?, ?, ?)", key, area,
                (long) content.length, content, Timestamp.from(Instant.now()));
        return key;
    }

    byte[] get(String key) {
        List<byte[]> found = jdbc.query("select content from stored_file where file_key = ?", (rs, i) -> rs.getBytes(1), key);
        if (found.isEmpty()) {
            throw new IllegalStateException("file " + key + " is not in the database");
        }
        return found.getFirst();
    }

    void delete(String key) {
        jdbc.update("delete from stored_file where file_key = ?", key);
    }
}
