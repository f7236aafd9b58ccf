package org.chainatlas.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * An H2 file database closed under the pool (as H2 does after an internal MVStore failure, or on a shutdown) comes back
 * with the eviction rule: without it every pooled connection kept failing until a restart.
 */
class ClosedDatabaseEvictionTest {

    @TempDir
    Path dir;

    /** Closes the database under a pool of four, then asks ten times; answers how many of them were answered. */
    private int answeredAfterClose(boolean withEviction) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve(withEviction ? "with" : "without") + "/db");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(4);
        if (withEviction) {
            config.setExceptionOverrideClassName(ClosedDatabaseEviction.class.getName());
        }
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table t (i int)");
                s.execute("insert into t values (1)");
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("shutdown");
            } catch (SQLException expected) {
                // the connection that closed the database may be told so itself
            }
            int answered = 0;
            for (int i = 0; i < 10; i++) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from t")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    answered++;
                } catch (SQLException closed) {
                    assertThat(closed.getErrorCode()).isIn(ClosedDatabaseEviction.DATABASE_IS_CLOSED, ClosedDatabaseEviction.DATABASE_CALLED_AT_SHUTDOWN);
                }
            }
            return answered;
        }
    }

    @Test
    void aClosedDatabaseIsOpenedAgainOnceItsConnectionsAreDropped() throws Exception {
        assertThat(answeredAfterClose(false)).as("the pool keeps the closed connections").isZero();
        assertThat(answeredAfterClose(true)).as("each closed connection fails once, then is replaced").isGreaterThanOrEqualTo(6);
    }

    @Test
    void theH2ChoiceConfiguresTheRule() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("chainatlas.database", "h2", "chainatlas.data-dir", Files.createDirectories(dir.resolve("data")).toString())));
        new EmbeddedDatabase().postProcessEnvironment(environment, new org.springframework.boot.SpringApplication());
        assertThat(environment.getProperty("spring.datasource.hikari.exception-override-class-name"))
                .isEqualTo(ClosedDatabaseEviction.class.getName());
    }
}
