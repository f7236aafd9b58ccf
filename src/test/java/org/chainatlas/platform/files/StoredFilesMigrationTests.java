package org.chainatlas.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V15 moves the bytes of existing evidence files and import error reports out of their rows into the file store's
 * table, keeping every file readable by its new key. Run on a schema of its own migrated to V14 first.
 */
@AtlasTest
@Tag("db")
class StoredFilesMigrationTests {

    private static final String SCHEMA = "files_migration_check";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void existingFilesMoveIntoTheStoreAndStayReadableByTheirKeys() {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").target("14").load();
        flyway.migrate();
        try {
            String table = SCHEMA + ".project_evidence";
            // the file rows alone: their project is not what this migration is about
            jdbc.execute(TestDatabase.onPostgres() ? "alter table " + table + " disable trigger all"
                    : "alter table " + table + " set referential_integrity false");
            byte[] pdf = "%PDF-1.4 contract".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] report = {1, 2, 3, 4, 5};
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("insert into " + table + " (id, project_id, kind, file_name, content_type, size_bytes, sha256, content, "
                    + "uploaded_by, uploaded_at) values (7, 1, 'CONTRACT', 'c.pdf', 'application/pdf', ?, 'x', ?, 'someone', ?)",
                    pdf.length, pdf, now);
            jdbc.update("insert into " + SCHEMA + ".import_job (id, kind, import_mode, file_name, status, created_by, created_at, "
                    + "error_file) values (3, 'ENTERPRISE', 'UPSERT', 'e.xlsx', 'DONE', 'someone', ?, ?)", now, report);
            jdbc.update("insert into " + SCHEMA + ".import_job (id, kind, import_mode, file_name, status, created_by, created_at) "
                    + "values (4, 'ENTERPRISE', 'UPSERT', 'ok.xlsx', 'DONE', 'someone', ?)", now);

            Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                    .locations("classpath:db/migration").target("15").load().migrate();

            String evidenceKey = jdbc.queryForObject("select file_key from " + table + " where id = 7", String.class);
            assertThat(evidenceKey).isEqualTo("db:evidence/7");
            assertThat(jdbc.queryForObject("select content from " + SCHEMA + ".stored_file where file_key = ?", byte[].class,
                    evidenceKey)).isEqualTo(pdf);
            assertThat(jdbc.queryForObject("select size_bytes from " + SCHEMA + ".stored_file where file_key = ?", Long.class,
                    evidenceKey)).isEqualTo(pdf.length);
            assertThat(jdbc.queryForObject("select error_file_key from " + SCHEMA + ".import_job where id = 3", String.class))
                    .isEqualTo("db:import-errors/3");
            assertThat(jdbc.queryForObject("select content from " + SCHEMA + ".stored_file where file_key = 'db:import-errors/3'",
                    byte[].class)).isEqualTo(report);
            assertThat(jdbc.queryForObject("select error_file_key from " + SCHEMA + ".import_job where id = 4", String.class))
                    .as("a job without errors has no file").isNull();
            assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".stored_file", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForList("select column_name from information_schema.columns where lower(table_schema) = ? "
                    + "and lower(table_name) = 'project_evidence'", String.class, SCHEMA).stream().map(String::toLowerCase))
                    .as("the bytes left the evidence row").doesNotContain("content").contains("file_key");
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
