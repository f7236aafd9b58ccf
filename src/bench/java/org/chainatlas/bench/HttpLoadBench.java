package org.chainatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.chainatlas.ChainAtlasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages and API under load, on one node and on two nodes sharing one PostgreSQL, in the same run with the same mix:
 * {@code users} concurrent connections (default 64) for {@code seconds} each (default 60), each connection sending its
 * next request as soon as the last one answered. The mix: home page, chain map with a region, Chinese search, site
 * recommendation, an event page, the project dashboard (API, signed in by a personal token), and 10% writes (the
 * provincial organiser re-verifies one of the province's parks: park row, audit entry, change-log row, every node's
 * index reloads that park).
 * With two nodes the requests alternate between them (round robin, as a balancer would). Rate limits are lifted for
 * the run (one client address sends everything). The database: the default demo on an embedded PostgreSQL kept in
 * target/bench/http.
 */
public final class HttpLoadBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpLoadBench() {
    }

    /** A request of the mix; a write picks one of {@code ids} for {park} at random (a locality re-verifies its parks). */
    record Page(String name, String path, boolean write, int weight, List<Long> ids) {

        Page(String name, String path, boolean write, int weight) {
            this(name, path, write, weight, List.of());
        }

        String pathFor(Random random) {
            return ids.isEmpty() ? path : path.replace("{park}", String.valueOf(ids.get(random.nextInt(ids.size()))));
        }
    }

    record Result(String setup, long requests, long errors, double seconds, double cpuSeconds, Map<String, List<Long>> latencies,
            Map<String, Long> errorsByPage) {

        double throughput() {
            return requests / seconds;
        }

        /**
         * The JVM's CPU time per request (nodes and load client together). Where both cores are busy throughout it is only
         * the inverse of throughput (the runs of 2026-12-06 showed it moving with throughput by the same noise); where they
         * are not, it is the work a request costs.
         */
        double cpuMillisPerRequest() {
            return requests == 0 ? 0 : cpuSeconds * 1000 / requests;
        }
    }

    /** CPU time this JVM has used, all threads, in seconds. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    public static void run(Map<String, String> options) throws Exception {
        int users = Integer.parseInt(options.getOrDefault("users", "64"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        String db = options.getOrDefault("db", "both");
        int nodes = Integer.parseInt(options.getOrDefault("nodes", "2"));
        if (!List.of("both", "postgres", "h2").contains(db) || nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("--db must be both, postgres or h2 and --nodes 1 or 2");
        }
        Path dir = Path.of("target", "bench", "http").toAbsolutePath();
        List<Result> results = new ArrayList<>();
        if (!db.equals("postgres")) {
            // The H2 file database of one node (H2 serves a single node: AUTO_SERVER is off).
            try (ConfigurableApplicationContext a = node(List.of("--chainatlas.database=h2"), dir.resolve("h2"))) {
                List<Page> mix = mix(a);
                String token = token(a);
                warm(List.of(port(a)), mix, token);
                results.add(load("H2, one node", List.of(port(a)), mix, token, users, seconds));
            }
        }
        if (!db.equals("h2")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata").toFile())
                    .setCleanDataDirectory(false).setServerConfig("max_connections", "200").start()) {
                List<String> external = List.of("--chainatlas.database=external",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
                try (ConfigurableApplicationContext a = node(external, dir.resolve("node-a"))) {
                    List<Page> mix = mix(a);
                    String token = token(a);
                    warm(List.of(port(a)), mix, token);
                    results.add(load("PostgreSQL, one node", List.of(port(a)), mix, token, users, seconds));
                    if (nodes == 2) {
                        try (ConfigurableApplicationContext b = node(external, dir.resolve("node-b"))) {
                            warm(List.of(port(b)), mix, token);
                            results.add(load("PostgreSQL, two nodes, round robin", List.of(port(a), port(b)), mix, token, users,
                                    seconds));
                        }
                    }
                }
            }
        }
        report(results, users, seconds);
    }

    private static ConfigurableApplicationContext node(List<String> database, Path dataDir) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--chainatlas.data-dir=" + dataDir,
                "--chainatlas.admin.initial-password=bench-admin-2025", "--chainatlas.secure-cookies=false",
                "--chainatlas.rate-limit.login-per-minute=1000000", "--chainatlas.rate-limit.search-per-minute=1000000",
                "--chainatlas.rate-limit.basic-failures-per-minute=1000000", "--logging.level.root=WARN",
                "--logging.level.org.chainatlas=WARN", "--server.tomcat.threads.max=200"));
        return new SpringApplicationBuilder(ChainAtlasApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** The requests of the mix, with real ids from the demo database. */
    private static List<Page> mix(ConfigurableApplicationContext node) {
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        long segment = jdbc.queryForObject("""
                select min(n.id) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'""", Long.class);
        long event = jdbc.queryForObject("select min(id) from match_event", Long.class);
        List<Long> parks = jdbc.queryForList("select id from park where region_code like '51%' and deleted_at is null order by id",
                Long.class);
        String q = URLEncoder.encode("电池", StandardCharsets.UTF_8);
        return List.of(new Page("home", "/", false, 15), new Page("chain map, 宜宾", "/chains/nev-battery?region=511500", false, 15),
                new Page("search 电池 (API)", "/api/v1/enterprises?q=" + q + "&size=20", false, 20),
                new Page("site recommendation (API)", "/api/v1/match/sites?node=" + segment + "&provinces=510000", false, 15),
                new Page("event page", "/events/" + event, false, 10),
                new Page("project dashboard (API, token)", "/api/v1/dashboard/projects", false, 15),
                new Page("write: park re-verified (API, token)", "/api/v1/parks/{park}/verify", true, 10, parks));
    }

    /** A personal token of the Sichuan organiser (hashed lookup per request instead of BCrypt per request). */
    private static String token(ConfigurableApplicationContext node) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port(node) + "/api/v1/tokens")).header("Content-Type", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("sichuan-organiser:demo-2025-chainatlas".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 200) {
            throw new IllegalStateException("token: " + created.statusCode() + " " + created.body());
        }
        return JSON.readTree(created.body()).get("token").asString();
    }

    private static HttpRequest request(int port, Page page, String token, Random random) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page.pathFor(random)))
                .timeout(Duration.ofSeconds(30));
        if (page.write() || page.path().startsWith("/api/v1/dashboard")) {
            b.header("Authorization", "Bearer " + token);
        }
        return page.write() ? b.POST(HttpRequest.BodyPublishers.noBody()).build() : b.GET().build();
    }

    private static void warm(List<Integer> ports, List<Page> mix, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 20; round++) {
            for (int port : ports) {
                for (Page page : mix) {
                    http.send(request(port, page, token, new Random(round)), HttpResponse.BodyHandlers.discarding());
                }
            }
        }
    }

    private static Result load(String setup, List<Integer> ports, List<Page> mix, String token, int users, int seconds)
            throws InterruptedException {
        int total = mix.stream().mapToInt(Page::weight).sum();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, Long> errorsByPage = new ConcurrentHashMap<>();
        mix.forEach(p -> latencies.put(p.name(), Collections.synchronizedList(new ArrayList<>())));
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong turn = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        double cpuAtStart = processCpuSeconds();
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            long seed = 20261202L + u;
            Thread.ofPlatform().start(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < end) {
                        int roll = random.nextInt(total);
                        Page page = mix.getFirst();
                        for (Page p : mix) {
                            if (roll < p.weight()) {
                                page = p;
                                break;
                            }
                            roll -= p.weight();
                        }
                        int port = ports.get((int) (turn.getAndIncrement() % ports.size()));
                        long t0 = System.nanoTime();
                        String failure = null;
                        try {
                            HttpResponse<Void> response = http.send(request(port, page, token, random),
                                    HttpResponse.BodyHandlers.discarding());
                            failure = response.statusCode() < 400 ? null : "HTTP " + response.statusCode();
                        } catch (IOException e) {
                            failure = e.getClass().getSimpleName();
                        }
                        long t = System.nanoTime() - t0;
                        requests.incrementAndGet();
                        latencies.get(page.name()).add(t);
                        if (failure != null) {
                            errors.incrementAndGet();
                            errorsByPage.merge(page.name() + ": " + failure, 1L, Long::sum);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        double cpu = processCpuSeconds() - cpuAtStart;
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        mix.forEach(p -> ordered.put(p.name(), latencies.get(p.name())));
        return new Result(setup, requests.get(), errors.get(), elapsed, cpu, ordered, errorsByPage);
    }

    private static void report(List<Result> results, int users, int seconds) {
        Report report = new Report().title("HTTP load: H2 and PostgreSQL, one node and two nodes on one PostgreSQL (bin/bench http)");
        report.line(users + " concurrent connections, " + seconds + " s per setup, the same mix and seeds; the load client runs in "
                + "the same JVM and on the same cores as the nodes. CPU per request is this JVM's CPU time (nodes and load client; not "
                + "PostgreSQL's own processes) over the requests served: with both cores busy throughout, the inverse of throughput.");
        report.line("");
        report.line("| setup | requests | throughput (req/s) | errors | all: p50 (ms) | all: p99 (ms) | CPU ms / request |");
        report.line("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            List<Long> all = new ArrayList<>();
            r.latencies().values().forEach(all::addAll);
            Stats s = Stats.of("all", all);
            report.line(String.format("| %s | %d | %.0f | %d | %.1f | %.1f | %.2f |", r.setup(), r.requests(), r.throughput(), r.errors(),
                    s.p50(), s.p99(), r.cpuMillisPerRequest()));
        }
        if (results.size() >= 2 && results.getLast().setup().contains("two nodes")) {
            report.line("");
            report.line(String.format("Two nodes / one node (PostgreSQL): throughput × %.2f.",
                    results.getLast().throughput() / results.get(results.size() - 2).throughput()));
        }
        for (Result r : results) {
            report.line("");
            report.line("Per page, " + r.setup() + ":");
            report.line("");
            report.line(Stats.header());
            r.latencies().forEach((name, list) -> report.line(Stats.of(name, list).row()));
            r.errorsByPage().forEach((what, count) -> report.line("") .line("Errors: " + what + " × " + count));
        }
        report.save();
    }

    static {
        try {
            java.nio.file.Files.createDirectories(Path.of("target", "bench", "http"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
