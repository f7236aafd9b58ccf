package org.chainatlas.platform.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers what each loader of shipped data last stored, as a fingerprint of the rows it computed, so that a start
 * with unchanged files and rules writes nothing (the files are still read and validated whole).
 */
@Component
public class DataLoads {

    private final JdbcTemplate jdbc;

    DataLoads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the source was last stored with this fingerprint. */
    public boolean unchanged(String source, String fingerprint) {
        List<String> stored = jdbc.queryForList("select fingerprint from data_load where source = ?", String.class, source);
        return !stored.isEmpty() && stored.getFirst().equals(fingerprint);
    }

    /** Records a completed store (call inside the storing transaction). */
    public void stored(String source, String fingerprint, int rows) {
        int updated = jdbc.update("update data_load set fingerprint = ?, rows_stored = ?, loaded_at = ? where source = ?",
                fingerprint, rows, Timestamp.from(Instant.now()), source);
        if (updated == 0) {
            jdbc.update("insert into data_load (source, fingerprint, rows_stored, loaded_at) values (?, ?, ?, ?)", source,
                    fingerprint, rows, Timestamp.from(Instant.now()));
        }
    }

    /** SHA-256 over the lines, in order. */
    public static String fingerprint(Iterable<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
