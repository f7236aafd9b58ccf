package org.chainatlas.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.ChainAtlasApplication;
import org.chainatlas.platform.demo.DemoGeneration;
import org.chainatlas.platform.demo.DemoSize;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application (without its web layer) on a benchmark database: an embedded PostgreSQL whose data directory
 * stays in target/bench/pg, or an H2 file in target/bench/h2. The demo dataset of the requested size is
 * generated unless the database already holds exactly that many generated enterprises.
 */
public final class BenchApp implements AutoCloseable {

    public enum Db { POSTGRES, H2 }

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext context;
    private final List<DemoGeneration.Timing> generation = new ArrayList<>();
    private final boolean generated;

    public BenchApp(Db db, int enterprises, int parks) {
        this(db, db.name().toLowerCase(), enterprises, parks);
    }

    /**
     * The application on its own benchmark database directory (target/bench/NAME); 0 enterprises and 0 parks means
     * no demo data at all (reference data and accounts only).
     */
    public BenchApp(Db db, String name, int enterprises, int parks) {
        Path dir = Path.of("target", "bench", name);
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                "--chainatlas.demo.enabled=false", "--chainatlas.data-dir=" + dir.toAbsolutePath(),
                "--logging.level.root=WARN", "--logging.level.org.chainatlas=INFO",
                "--logging.level.org.hibernate.search.mapper.massindexing=INFO",
                "--chainatlas.admin.initial-password=bench-admin-2025"));
        if (db == Db.POSTGRES) {
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata").toFile())
                        .setCleanDataDirectory(false).setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("shared_buffers", "1GB").setServerConfig("work_mem", "64MB").start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            args.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.datasource.password=postgres");
        } else {
            postgres = null;
            new File(dir.toFile(), "x").getParentFile().mkdirs();
            // the application's default is now an embedded PostgreSQL of its own: H2 has to be asked for
            args.add("--chainatlas.database=h2");
        }
        context = new SpringApplicationBuilder(ChainAtlasApplication.class).run(args.toArray(String[]::new));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long present = jdbc.queryForObject("select count(*) from enterprise where demo = true", Long.class);
        Long parksPresent = jdbc.queryForObject("select count(*) from park where demo = true", Long.class);
        boolean fits = enterprises == 0 && parks == 0 || present != null && present >= enterprises && present <= enterprises + 100
                && parksPresent != null && parksPresent == parks;
        if (!fits) {
            generation.addAll(context.getBean(DemoGeneration.class).generate(new DemoSize(enterprises, parks, 20250509)));
        }
        generated = !fits;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public List<DemoGeneration.Timing> generation() {
        return generation;
    }

    public boolean generated() {
        return generated;
    }

    @Override
    public void close() {
        context.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the benchmark is over
            }
        }
    }
}
