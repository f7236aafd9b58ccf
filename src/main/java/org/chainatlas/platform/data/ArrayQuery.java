package org.chainatlas.platform.data;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A query whose one parameter is an SQL array ({@code unnest(?) as u(x) join …}): one statement for any number of
 * keys, on PostgreSQL and H2 alike. A list of {@code ?} per key would give another statement per size, and on H2
 * {@code x = any(?)} tests each row against the whole array.
 */
public final class ArrayQuery {

    private ArrayQuery() {
    }

    /** Runs {@code sql} with {@code values} bound as one array of {@code elementType} (bigint, varchar …). */
    public static void query(JdbcTemplate jdbc, String sql, String elementType, Object[] values, RowCallbackHandler rows) {
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql);
            ps.setArray(1, connection.createArrayOf(elementType, values));
            return ps;
        }, rows);
    }
}
