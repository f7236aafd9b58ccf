package org.chainatlas.platform.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The names of many rows of one table read in one query, for lists that name what each row refers to (a project's
 * enterprise, park and officer): no entities are built, only the two columns are read. The ids are bound as one array,
 * so the statement is the same for any number of them.
 */
public final class NamesById {

    private NamesById() {
    }

    /**
     * {@code select t.id, t.<name> from <table> t} for the given ids, rows that {@code where} (an SQL condition on
     * {@code t}, or null) excludes left out. Table, column and condition are the caller's constants, never user input.
     */
    public static Map<Long, String> read(JdbcTemplate jdbc, String table, String nameColumn, String where, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Object[] values = ids.stream().distinct().toArray();
        String sql = "select t.id, t." + nameColumn + " from unnest(?) as u(id) join " + table + " t on t.id = u.id"
                + (where == null ? "" : " where " + where);
        ArrayQuery.query(jdbc, sql, "bigint", values, rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
