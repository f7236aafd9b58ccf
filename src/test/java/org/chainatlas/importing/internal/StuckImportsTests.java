package org.chainatlas.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.importing.ImportMode;
import org.chainatlas.platform.Busy;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.persistence.EntityManager;

/** Imports cut off by a crash are failed at start with their reason; a full queue says "busy" and keeps nothing. */
@AtlasTest
@Tag("db")
class StuckImportsTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.chainatlas.platform.files.FileStore fileStore;
    @Autowired
    StuckImports stuck;
    @Autowired
    List<RowImporter<?>> importers;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager em;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    MessageSource messages;

    private long job(String status, String mode, int stored) {
        jdbc.update("insert into import_job (kind, import_mode, file_name, status, stored_rows, created_by, created_at) "
                + "values ('ENTERPRISES', ?, 'x.xlsx', ?, ?, 'sichuan-organiser', ?)", mode, status, stored, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from import_job", Long.class);
    }

    @Test
    void jobsLeftQueuedCheckingOrStoringAreFailedWithWhatWasStoredAndTheirUploadsRemoved() throws Exception {
        long queued = job("QUEUED", "GOOD_ROWS", 0);
        long storing = job("STORING", "GOOD_ROWS", 1000);
        long allOrNothing = job("STORING", "ALL_OR_NOTHING", 500);
        long done = job("DONE", "GOOD_ROWS", 7);
        Path upload = Files.createTempFile(Files.createDirectories(Imports.UPLOADS), "import-", ".xlsx");

        stuck.run(null);

        assertThat(jdbc.queryForObject("select status from import_job where id = ?", String.class, queued)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select message from import_job where id = ?", String.class, queued))
                .contains("interrupted by a restart").contains("nothing was stored");
        assertThat(jdbc.queryForObject("select message from import_job where id = ?", String.class, storing))
                .contains("after 1000 rows were stored");
        assertThat(jdbc.queryForObject("select message from import_job where id = ?", String.class, allOrNothing))
                .as("an all-or-nothing import commits once, at the end").contains("nothing was stored");
        assertThat(jdbc.queryForObject("select status from import_job where id = ?", String.class, done)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select finished_at is not null from import_job where id = ?", Boolean.class, storing)).isTrue();
        assertThat(upload).doesNotExist();
    }

    @Test
    @WithUserDetails("sichuan-organiser")
    void aFullQueueAnswersBusyFailsTheJobWithItsReasonAndLeavesNoUploadBehind() throws Exception {
        Imports full = new Imports(importers, jdbc, transactions, em, task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        }, currentActor, messages, fileStore);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from import_job", Long.class);
        long uploads = Files.isDirectory(Imports.UPLOADS) ? Files.list(Imports.UPLOADS).count() : 0;
        assertThatThrownBy(() -> full.start(ImportKind.ENTERPRISES, ImportMode.GOOD_ROWS, "企业.xlsx",
                new ByteArrayInputStream(new byte[] {1, 2, 3}))).isInstanceOf(Busy.class).hasMessageContaining("try again");
        long id = jdbc.queryForObject("select max(id) from import_job", Long.class);
        assertThat(id).isGreaterThan(before);
        assertThat(jdbc.queryForObject("select status from import_job where id = ?", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select message from import_job where id = ?", String.class, id)).contains("queue is full");
        assertThat(Files.list(Imports.UPLOADS).count()).isEqualTo(uploads);
    }
}
