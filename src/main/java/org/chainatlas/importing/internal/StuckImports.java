package org.chainatlas.importing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, no import can be running yet: jobs still queued, checking or storing were cut off by a crash or a
 * restart. Each is failed with a reason that says how far it got (stored rows stay stored: each batch committed
 * whole, an all-or-nothing import committed nothing), and uploads left waiting are removed.
 */
@Component
class StuckImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StuckImports.class);
    static final String REASON = "interrupted by a restart of the platform";

    private final JdbcTemplate jdbc;

    StuckImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int failed = jdbc.update("""
                update import_job set status = 'FAILED', finished_at = current_timestamp,
                message = case when import_mode = 'ALL_OR_NOTHING' or stored_rows = 0
                    then ? || '; nothing was stored: upload the file again'
                    else ? || ' after ' || stored_rows || ' rows were stored: upload the file again (stored rows are'
                        || ' reported as already registered)' end
                where status in ('QUEUED', 'CHECKING', 'STORING')""", REASON, REASON);
        if (failed > 0) {
            log.warn("{} import job(s) cut off by the last stop were marked failed", failed);
        }
        int removed = 0;
        if (Files.isDirectory(Imports.UPLOADS)) {
            try (Stream<Path> files = Files.list(Imports.UPLOADS)) {
                for (Path file : files.toList()) {
                    if (Files.deleteIfExists(file)) {
                        removed++;
                    }
                }
            } catch (IOException e) {
                log.warn("Could not empty {}: {}", Imports.UPLOADS, e.getMessage());
            }
        }
        if (removed > 0) {
            log.info("Removed {} upload(s) left by imports that never ran", removed);
        }
    }
}
