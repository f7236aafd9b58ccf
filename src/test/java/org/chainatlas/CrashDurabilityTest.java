package org.chainatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.chainatlas.support.PlatformProcess;
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

    private static List<String> arguments(Path dataDir) {
        return List.of("--chainatlas.data-dir=" + dataDir, "--chainatlas.demo.enabled=false",
                "--chainatlas.admin.initial-password=crash-secret-2026");
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
            try (PlatformProcess platform = PlatformProcess.start(log, arguments(dataDir))) {
                for (String earlier : acknowledged) {
                    assertThat(count(platform.port(), earlier)).as("acknowledged before crash " + round + ": " + earlier).isPositive();
                }
                for (int i = 0; i < 5; i++) {
                    String name = "崩溃测试园区R" + round + "N" + i;
                    HttpResponse<String> created = createPark(platform.port(), name);
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    acknowledged.add(name);
                }
                Thread.sleep(200);
            } // closing kills the platform with SIGKILL
        }
        PlatformProcess platform = PlatformProcess.start(log, arguments(dataDir));
        try {
            for (String name : acknowledged) {
                assertThat(count(platform.port(), name)).as("acknowledged, then three crashes: " + name).isPositive();
            }
        } finally {
            platform.stop();
            org.chainatlas.platform.database.EmbeddedDatabase.stopOrphan(dataDir.resolve("pg"));
        }
    }
}
