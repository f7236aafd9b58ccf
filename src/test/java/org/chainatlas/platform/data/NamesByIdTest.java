package org.chainatlas.platform.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Names of many rows in one read: exactly the stored names of the ids asked for, none for unknown or excluded ids. */
@AtlasTest
class NamesByIdTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsTheStoredNamesOfTheIdsAskedForAndLeavesOutWhatTheConditionExcludes() {
        List<Map<String, Object>> parks = jdbc.queryForList("select id, name_zh from park order by id limit 3");
        List<Long> ids = new ArrayList<>(parks.stream().map(p -> ((Number) p.get("id")).longValue()).toList());
        ids.add(ids.getFirst());
        ids.add(-1L);

        Map<Long, String> names = NamesById.read(jdbc, "park", "name_zh", null, ids);
        assertThat(names).hasSize(3).doesNotContainKey(-1L);
        parks.forEach(p -> assertThat(names).containsEntry(((Number) p.get("id")).longValue(), (String) p.get("name_zh")));

        long excluded = ids.getFirst();
        assertThat(NamesById.read(jdbc, "park", "name_zh", "t.id <> " + excluded, ids)).hasSize(2).doesNotContainKey(excluded);
        assertThat(NamesById.read(jdbc, "park", "name_zh", null, List.of())).isEmpty();
    }
}
