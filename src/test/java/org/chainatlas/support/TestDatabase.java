package org.chainatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database a test context runs on: by default a real PostgreSQL from zonky's embedded binaries (the
 * database of the embedded default and of production), started once per JVM; with
 * {@code -Dchainatlas.test.database=h2} (the Maven {@code h2} execution) H2 in memory.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    public static boolean onPostgres() {
        return !"h2".equals(System.getProperty("chainatlas.test.database"));
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

    /**
     * A context whose tests must see the default data untouched by other tests (the evaluations, whose figures are
     * recorded in docs/EVALUATION.md) sets this property to a name of its own and gets a database of its own.
     */
    public static final String OWN_DATABASE = "chainatlas.test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String own = context.getEnvironment().getProperty(OWN_DATABASE, "");
        if (!own.isEmpty() && !own.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(OWN_DATABASE + " must be a lower-case name, not '" + own + "'");
        }
        if (onPostgres()) {
            EmbeddedPostgres pg = postgres();
            String database = own.isEmpty() ? "postgres" : own;
            if (!own.isEmpty()) {
                create(pg, own);
            }
            TestPropertyValues.of(
                    "spring.datasource.url=" + pg.getJdbcUrl("postgres", database),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres").applyTo(context);
        } else {
            TestPropertyValues.of(
                    "spring.datasource.url=jdbc:h2:mem:chainatlas-test" + (own.isEmpty() ? "" : "-" + own)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa", "spring.datasource.password=").applyTo(context);
        }
    }

    private static synchronized void create(EmbeddedPostgres pg, String database) {
        try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
                java.sql.PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (java.sql.ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (java.sql.Statement create = c.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("test database " + database + " could not be created", e);
        }
    }
}
