package org.chainatlas.platform.database;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose embedded H2 database was closed under it — by H2 itself after an
 * internal MVStore failure (error 90098, seen once under load) or by a shutdown (90121). Hikari keeps such connections
 * otherwise (their SQL states are not among its fatal ones), so every later request failed until a restart; dropped,
 * the next connection opens the database file again.
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

    /** H2's DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    static final int DATABASE_IS_CLOSED = 90098;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == DATABASE_IS_CLOSED
                    || sql.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN)) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
