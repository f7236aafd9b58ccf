package org.chainatlas.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The file store on a real S3 API: Adobe's S3Mock (an executable jar from Maven Central, copied to
 * target/test-tools by the build) started as a process of its own on a free port. Files written while the store is
 * S3 are objects of the bucket; files written before, in the database, stay readable after the switch.
 */
class S3FileStoreTest {

    private static Process s3mock;
    private static String endpoint;
    private static Path root;

    @BeforeAll
    static void startS3Mock() throws Exception {
        String jar = System.getProperty("chainatlas.test.s3mock-jar", "target/test-tools/s3mock.jar");
        assumeThat(new File(jar)).as("S3Mock is copied by the Maven build (mvnw test-compile)").exists();
        int http;
        int https;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            http = a.getLocalPort();
            https = b.getLocalPort();
        }
        root = Files.createTempDirectory("s3mock");
        String java = ProcessHandle.current().info().command().orElse("java");
        s3mock = new ProcessBuilder(java, "-Xmx256m", "-jar", jar, "--com.adobe.testing.s3mock.http-port=" + http,
                "--server.port=" + https, "--com.adobe.testing.s3mock.store.initial-buckets=chainatlas",
                "--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile()).start();
        endpoint = "http://localhost:" + http;
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(endpoint + "/chainatlas")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    break;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            if (Instant.now().isAfter(deadline) || !s3mock.isAlive()) {
                throw new IllegalStateException("S3Mock did not start: see " + root + ".log");
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopS3Mock() {
        if (s3mock != null) {
            s3mock.destroy();
        }
    }

    private static JdbcTemplate database() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:files-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("create table stored_file (file_key varchar(120) primary key, area varchar(40) not null, "
                + "size_bytes bigint not null, content bytea not null, created_at timestamp with time zone not null)");
        return jdbc;
    }

    private static StoredFiles s3(JdbcTemplate jdbc) {
        return new StoredFiles(jdbc, "s3", endpoint, "us-east-1", "chainatlas", "test-key", "test-secret");
    }

    @Test
    void filesWrittenToS3AreObjectsOfTheBucketAndComeBackByteForByte() throws Exception {
        JdbcTemplate jdbc = database();
        StoredFiles files = s3(jdbc);
        try {
            byte[] content = new byte[300_000];
            new java.util.Random(7).nextBytes(content);
            String key = files.put("evidence", content);
            assertThat(key).startsWith("s3:evidence/");
            assertThat(files.writesTo()).isEqualTo("s3");
            assertThat(files.get(key)).isEqualTo(content);
            assertThat(jdbc.queryForObject("select count(*) from stored_file", Long.class)).as("nothing in the database").isZero();
            HttpResponse<byte[]> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint + "/chainatlas/" + key.substring(3))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(direct.body()).as("the object as any S3 client sees it").isEqualTo(content);

            files.delete(key);
            assertThatThrownBy(() -> files.get(key)).isInstanceOf(IllegalStateException.class).hasMessageContaining(key);
            files.delete(key);
        } finally {
            files.destroy();
        }
    }

    @Test
    void filesWrittenToTheDatabaseBeforeASwitchToS3StayReadable() {
        JdbcTemplate jdbc = database();
        StoredFiles before = new StoredFiles(jdbc, "database", "", "us-east-1", "", "", "");
        String old = before.put("import-errors", new byte[] {1, 2, 3});
        assertThat(old).startsWith("db:import-errors/");
        assertThat(before.get(old)).containsExactly(1, 2, 3);

        StoredFiles after = s3(jdbc);
        try {
            String fresh = after.put("import-errors", new byte[] {4, 5});
            assertThat(after.get(old)).as("read from the database by its prefix").containsExactly(1, 2, 3);
            assertThat(after.get(fresh)).containsExactly(4, 5);
            assertThatThrownBy(() -> before.get(fresh)).as("a node not configured for S3 says so")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("chainatlas.files.s3");
            after.delete(old);
            assertThat(jdbc.queryForObject("select count(*) from stored_file", Long.class)).isZero();
        } finally {
            after.destroy();
        }
    }

    @Test
    void aMisconfiguredStoreStopsTheStartWithWhatIsMissing() {
        JdbcTemplate jdbc = database();
        assertThatThrownBy(() -> new StoredFiles(jdbc, "s3", endpoint, "us-east-1", "", "k", "s"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("chainatlas.files.s3.bucket");
        assertThatThrownBy(() -> new StoredFiles(jdbc, "ftp", "", "us-east-1", "", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'database' or 's3'");
        StoredFiles files = new StoredFiles(jdbc, "database", "", "us-east-1", "", "", "");
        assertThatThrownBy(() -> files.put("../etc", new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
