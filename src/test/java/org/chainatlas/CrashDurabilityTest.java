package org.chainatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps every acknowledged write through crashes: the platform runs as its own process on a data
 * directory; writes are made through the API (each acknowledged with 201), then the process is killed with SIGKILL
 * (no shutdown hook, nothing flushed on the way out) a moment later; after a restart every acknowledged write is there.
 * Three crashes in a row, each after a fresh batch of writes.
 */
class CrashDurabilityTest {

    private static final String ADMIN = "admin:crash-secret-2026";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process start(Path dataDir, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.chainatlas.ChainAtlasApplication", "--server.port=" + port, "--chainatlas.data-dir=" + dataDir,
                "--chainatlas.demo.enabled=false", "--chainatlas.admin.initial-password=crash-secret-2026",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void awaitUp(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the platform died while starting: " + tail(log)).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the platform did not start in 4 minutes: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private HttpResponse<String> createPark(int port, String name) throws Exception {
        String body = "{\"nameZh\":\"" + name + "\",\"kind\":\"OTHER\",\"regionCode\":\"511500\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/parks"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(int port, String name) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/parks?region=511500&kind=OTHER&size=500")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        int n = 0;
        int at = 0;
        while ((at = r.body().indexOf(name, at)) >= 0) {
            n++;
            at += name.length();
        }
        return n;
    }

    @Test
    void everyAcknowledgedWriteSurvivesThreeKillsInARow(@TempDir Path dataDir) throws Exception {
        Path log = dataDir.resolve("platform.log");
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int port = freePort();
            Process platform = start(dataDir, port, log);
            try {
                awaitUp(port, platform, log);
                for (String earlier : acknowledged) {
                    assertThat(count(port, earlier)).as("acknowledged before crash " + round + ": " + earlier).isPositive();
                }
                for (int i = 0; i < 5; i++) {
                    String name = "崩溃测试园区R" + round + "N" + i;
                    HttpResponse<String> created = createPark(port, name);
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    acknowledged.add(name);
                }
                Thread.sleep(200);
            } finally {
                platform.destroyForcibly();
                platform.waitFor();
            }
        }
        int port = freePort();
        Process platform = start(dataDir, port, log);
        try {
            awaitUp(port, platform, log);
            for (String name : acknowledged) {
                assertThat(count(port, name)).as("acknowledged, then three crashes: " + name).isPositive();
            }
        } finally {
            platform.destroy();
            platform.waitFor();
            org.chainatlas.platform.database.EmbeddedDatabase.stopOrphan(dataDir.resolve("pg"));
        }
    }
}
