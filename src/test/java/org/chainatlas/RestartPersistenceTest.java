package org.chainatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.chainatlas.chain.ChainFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default keeps its data: start on the embedded PostgreSQL of a data directory, create a chain through
 * the API, stop, start again on the same directory, and the chain is still there.
 */
class RestartPersistenceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ChainAtlasApplication.class).run(
                "--server.port=0",
                "--chainatlas.data-dir=" + dataDir,
                "--chainatlas.demo.enterprises=200",
                "--chainatlas.admin.initial-password=restart-secret",
                "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void dataCreatedThroughTheApiSurvivesARestart(@TempDir Path dataDir) throws Exception {
        String body = JsonMapper.builder().build().writeValueAsString(ChainFixtures.validBatteryChain("restart-chain"));
        try (ConfigurableApplicationContext first = start(dataDir)) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(first) + "/api/v1/chains"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:restart-secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        assertThat(Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))).as("the embedded PostgreSQL keeps its data in ./data/pg")
                .isTrue();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port(second) + "/api/v1/chains/restart-chain")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("测试动力电池");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/api/v1/chains"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:restart-secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("same admin, chain already there").isEqualTo(409);
        }
    }
}
