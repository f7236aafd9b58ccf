package org.chainatlas.platform.data;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Fast loading of many rows into one table: PostgreSQL's COPY where available, JDBC batches elsewhere (H2).
 * Rows are buffered and written every {@code chunk} rows and on {@link #flush()}; the caller's transaction (if
 * any) is used.
 */
public final class BulkInsert implements AutoCloseable {

    private final DataSource dataSource;
    private final String table;
    private final List<String> columns;
    private final int chunk;
    private final List<Object[]> buffer = new ArrayList<>();
    private long written;
    private BulkInsert parent;

    public BulkInsert(DataSource dataSource, String table, List<String> columns, int chunk) {
        this.dataSource = dataSource;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.chunk = chunk;
    }

    /** Rows of this table reference rows of {@code parent}: the parent's buffer is written first. */
    public BulkInsert after(BulkInsert parent) {
        this.parent = parent;
        return this;
    }

    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        buffer.add(values);
        if (buffer.size() >= chunk) {
            flush();
        }
    }

    public long written() {
        return written + buffer.size();
    }

    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class));
            } else {
                batch(connection);
            }
            written += buffer.size();
            buffer.clear();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void copy(PGConnection pg) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(buffer.size() * 64);
        for (Object[] row : buffer) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
        }
        pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                new StringReader(csv.toString()));
    }

    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Instant instant ? instant.toString()
                : String.valueOf(value);
        if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            csv.append(text);
        }
    }

    private void batch(Connection connection) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")")) {
            for (Object[] row : buffer) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else if (v instanceof Instant instant) {
                        ps.setTimestamp(i + 1, Timestamp.from(instant));
                    } else if (v instanceof LocalDate date) {
                        ps.setObject(i + 1, date);
                    } else {
                        ps.setObject(i + 1, v);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** Sets an identity column to continue after the largest id present (after rows were loaded with explicit ids). */
    public static void restartIdentity(org.springframework.jdbc.core.JdbcTemplate jdbc, String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        jdbc.execute("alter table " + table + " alter column id restart with " + ((max == null ? 0 : max) + 1));
    }
}
