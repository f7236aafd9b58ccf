package org.chainatlas.enterprise.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.chainatlas.platform.data.BulkInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes new enterprises (built and checked in memory, without plants) and their segments in a few statements: the
 * rows by PostgreSQL's COPY or one JDBC batch, their generated ids read back by USCC in one query, then the segment
 * rows. In the caller's transaction.
 */
final class EnterpriseBatch {

    /** The columns of {@link Enterprise#insertRow()}, in its order. */
    static final List<String> COLUMNS = List.of("name_zh", "name_en", "uscc", "hq_region_code", "demo", "created_at", "tags",
            "revenue_band", "employees", "description_zh", "contact_name", "contact_phone", "contact_email", "segment_text",
            "chain_codes", "plant_regions", "version");
    static final List<String> SEGMENT_COLUMNS = List.of("enterprise_id", "node_id", "region_code", "role", "confidence");

    private EnterpriseBatch() {
    }

    /** Inserts the enterprises and their segments, and gives each built enterprise its id; answers the ids by USCC. */
    static Map<String, Long> insert(DataSource dataSource, JdbcTemplate jdbc, List<Enterprise> built) {
        try (BulkInsert rows = new BulkInsert(dataSource, "enterprise", COLUMNS, built.size() + 1)) {
            built.forEach(e -> rows.add(e.insertRow()));
        }
        Map<String, Long> ids = idsByUscc(jdbc, built.stream().map(Enterprise::uscc).toList());
        try (BulkInsert segments = new BulkInsert(dataSource, "enterprise_segment", SEGMENT_COLUMNS, 5_000)) {
            for (Enterprise e : built) {
                Long id = ids.get(e.uscc());
                if (id == null) {
                    throw new IllegalStateException("enterprise " + e.uscc() + " was not stored");
                }
                e.stored(id);
                for (EnterpriseSegment s : e.segments()) {
                    segments.add(id, s.nodeId(), s.regionCode(), s.role().name(), s.confidence());
                }
            }
        }
        return ids;
    }

    /**
     * The ids of the enterprises with these USCCs (those that exist), in one query with one array parameter, on
     * PostgreSQL and H2 alike: a list of a thousand {@code ?} made H2 re-examine the cached statement on every later
     * insert into the table, and {@code uscc = any(?)} made it test each row found against the whole array again
     * (quadratic in the chunk); joining the unnested array looks each USCC up once in the unique index.
     */
    static Map<String, Long> idsByUscc(JdbcTemplate jdbc, Collection<String> usccs) {
        Map<String, Long> ids = new HashMap<>();
        if (usccs.isEmpty()) {
            return ids;
        }
        Object[] values = usccs.toArray();
        org.chainatlas.platform.data.ArrayQuery.query(jdbc, "select e.id, e.uscc from unnest(?) as u(uscc) join enterprise e on e.uscc = u.uscc",
                "varchar", values, rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }
}
