package org.chainatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database a test context runs on. By default the in-memory H2 of the {@code test} profile;
 * with {@code -Dchainatlas.test.database=postgres} (the Maven {@code postgres} execution) a real
 * PostgreSQL from zonky's embedded binaries, started once per JVM.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("chainatlas.test.database"));
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (onPostgres()) {
            EmbeddedPostgres pg = postgres();
            TestPropertyValues.of(
                    "spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres").applyTo(context);
        }
    }
}
