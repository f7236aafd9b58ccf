package org.chainatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chainatlas.ChainAtlasApplication;
import org.chainatlas.support.TestDatabase;
import org.chainatlas.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application nodes on random ports against one PostgreSQL (issue 14, item 6): a session begun on node A goes on
 * on node B; a sweep run by A is not run again by B within its period; a park created on A shows in B's site
 * recommendations within the follow delay; the health endpoint says how far each node has followed; accepts of one
 * table slot sent to both nodes at once seat exactly one meeting; a rate limit counts the actions of both nodes; a third
 * node, a process of its own, delivers at its start a signing whose project intake had failed (exactly one project)
 * and, killed with SIGKILL while it accepts meeting requests, loses none it acknowledged.
 */
@Tag("db")
class TwoNodesTest {

    private static final String PASSWORD = "demo-2025-chainatlas";
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        assumeThat(TestDatabase.onPostgres()).as("several nodes share PostgreSQL").isTrue();
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(ChainAtlasApplication.class).profiles("test")
                .initializers(new TestDatabase(), new TestMail())
                .run("--server.port=0", "--chainatlas.secure-cookies=false", "--chainatlas.matching.follow-ms=300",
                        "--spring.main.banner-mode=off");
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSessionBegunOnOneNodeGoesOnOnTheOther() throws Exception {
        // one browser: cookies per host, as behind a load balancer both nodes answer on one address
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = send(browser, HttpRequest.newBuilder(URI.create(url(a, "/login"))).build()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form carries its CSRF token").isTrue();
        String form = "username=sichuan-organiser&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(url(a, "/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> onB = send(browser, HttpRequest.newBuilder(URI.create(url(b, "/workbench"))).build());
        assertThat(onB.statusCode()).as("node B knows the session node A began").isEqualTo(200);
        assertThat(onB.body()).contains("sichuan-organiser");
        HttpResponse<String> stranger = send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                HttpRequest.newBuilder(URI.create(url(b, "/workbench"))).build());
        assertThat(stranger.statusCode()).as("without the session cookie: sign in first").isEqualTo(302);
    }

    @Test
    void aRateLimitCountsWhatBothNodesAllowed() {
        org.chainatlas.platform.web.RateLimits onA = a.getBean(org.chainatlas.platform.web.RateLimits.class);
        org.chainatlas.platform.web.RateLimits onB = b.getBean(org.chainatlas.platform.web.RateLimits.class);
        var rule = new org.chainatlas.platform.web.RateLimits.Rule("two-nodes", 4, Duration.ofMinutes(1));
        String key = "client-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? onA : onB).tryConsume(rule, key)).as("action %d of 4", i + 1).isTrue();
        }
        assertThat(onA.tryConsume(rule, key)).as("the fifth on A: both nodes' actions count").isFalse();
        assertThat(onB.tryConsume(rule, key)).as("and on B").isFalse();
        assertThat(onB.exhausted(rule, key)).isTrue();
    }

    @Test
    void aSweepRunByOneNodeIsNotRunAgainByTheOtherWithinItsPeriod() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        List<Long> pending = jdbc.queryForList("select id from meeting_request where status = 'PENDING' order by id fetch first 2 rows only",
                Long.class);
        assumeThat(pending).as("the demo event has pending requests").hasSize(2);
        jdbc.update("delete from shedlock where name = 'meeting-request-expiry'");
        jdbc.update("update meeting_request set expires_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now()
                .minusSeconds(60)), pending.get(0));
        sweep(a);
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, pending.get(0)))
                .as("node A ran the sweep").isEqualTo("EXPIRED");
        jdbc.update("update meeting_request set expires_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now()
                .minusSeconds(60)), pending.get(1));
        sweep(b);
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, pending.get(1)))
                .as("node B skips it: the cluster ran it less than 20 s ago").isEqualTo("PENDING");
        jdbc.update("update shedlock set lock_until = locked_at where name = 'meeting-request-expiry'");
        sweep(b);
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, pending.get(1)))
                .as("once the period is over, whichever node comes next runs it").isEqualTo("EXPIRED");
    }

    private static void sweep(ConfigurableApplicationContext node) {
        try {
            Object book = node.getBean(Class.forName("org.chainatlas.event.internal.MeetingBook"));
            book.getClass().getMethod("expirySweep").invoke(book);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aParkCreatedOnOneNodeShowsInTheOthersSiteRecommendationsWithinTheDelay() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("sichuan-organiser:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long node = a.getBean(JdbcTemplate.class).queryForObject("""
                select min(n.id) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'""", Long.class);
        String name = "双节点测试园区" + System.nanoTime();
        HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(url(a, "/api/v1/parks")))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("nameZh", name, "kind", "PROVINCIAL",
                        "regionCode", "511500", "longitude", 104.6, "latitude", 28.8, "chainCodes", List.of("nev-battery"),
                        "nodeIds", List.of(node))))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String sites = "/api/v1/match/sites?node=" + node + "&provinces=510000&limit=5000";
        assertThat(send(http, HttpRequest.newBuilder(URI.create(url(a, sites))).build()).body()).as("at once on node A").contains(name);

        long started = System.nanoTime();
        String onB = "";
        while (System.nanoTime() - started < Duration.ofSeconds(10).toNanos() && !onB.contains(name)) {
            Thread.sleep(100);
            onB = send(http, HttpRequest.newBuilder(URI.create(url(b, sites))).build()).body();
        }
        long delayMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(onB).as("node B after " + delayMs + " ms").contains(name);
        assertThat(delayMs).as("within a few follow periods of 300 ms").isLessThan(5_000);

        JsonNode health = json.readTree(send(http, HttpRequest.newBuilder(URI.create(url(b, "/actuator/health/cluster"))).build()).body());
        JsonNode follower = health.get("components").get("matchingIndex").get("details");
        assertThat(follower.get("followedTo").asLong()).isEqualTo(follower.get("newest").asLong());
        assertThat(follower.get("behindMs").asLong()).isZero();
    }

    /** An import batch on node A (one change-log row for all of it) reaches node B's matching index within the delay. */
    @Test
    void anImportBatchOnOneNodeCountsInTheOthersMatchingIndexWithinTheDelay() throws Exception {
        long node = a.getBean(JdbcTemplate.class).queryForObject("""
                select min(n.id) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'""", Long.class);
        org.chainatlas.matching.Matching onB = b.getBean(org.chainatlas.matching.Matching.class);
        int before = onB.producersByCity(node, null).getOrDefault("511500", 0);
        long serial = 640_000_000L + System.nanoTime() % 10_000_000L;
        List<org.chainatlas.enterprise.EnterpriseForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forms.add(new org.chainatlas.enterprise.EnterpriseForm("双节点导入测试公司" + serial + "-" + i, null,
                    org.chainatlas.enterprise.Uscc.compose("511500", serial + i).value(), "511500", List.of(), null, null, null, null,
                    null, null, List.of(), List.of(new org.chainatlas.enterprise.EnterpriseForm.SegmentForm(node, null,
                            org.chainatlas.enterprise.SegmentRole.PRODUCES))));
        }
        var admin = a.getBean(org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername("admin");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            new org.springframework.transaction.support.TransactionTemplate(a.getBean(
                    org.springframework.transaction.PlatformTransactionManager.class)).executeWithoutResult(status ->
                    assertThat(a.getBean(org.chainatlas.enterprise.EnterpriseIntake.class).registerAll(forms)).hasSize(40));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        long started = System.nanoTime();
        int now = before;
        while (System.nanoTime() - started < Duration.ofSeconds(10).toNanos() && now < before + 40) {
            Thread.sleep(100);
            now = onB.producersByCity(node, null).getOrDefault("511500", 0);
        }
        assertThat(now).as("node B after " + (System.nanoTime() - started) / 1_000_000 + " ms").isEqualTo(before + 40);
    }

    private JsonNode api(HttpClient http, ConfigurableApplicationContext node, String path, Object body, int expected)
            throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("sichuan-organiser:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(url(node, path))).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : json.writeValueAsString(body))).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
        return response.body().isBlank() ? null : json.readTree(response.body());
    }

    @Test
    void acceptsOfOneTableSlotSentToBothNodesAtOnceSeatExactlyOneMeeting() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // tomorrow: a slot that has begun takes no booking, and today's 09:00 may be gone when the test runs
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        long event = api(http, a, "/api/v1/events", Map.of("nameZh", "双节点并发预订测试", "hostRegionCode", "511500", "startsOn", today,
                "endsOn", today, "requestExpiryHours", 48, "requestQuota", 20), 201).get("id").asLong();
        JsonNode session = api(http, a, "/api/v1/events/" + event + "/sessions", Map.of("titleZh", "单桌专场", "day", today,
                "startsAt", "09:00", "endsAt", "10:00", "slotMinutes", 20, "tables", 1, "tableCapacity", 4), 201);
        long sessionId = session.get("id").asLong();
        long slot = session.get("slots").get(0).get("id").asLong();
        long host = api(http, a, "/api/v1/events/" + event + "/registrations", Map.of("kind", "GOVERNMENT", "nameZh", "热门招商局",
                "regionCode", "511500", "delegates", 1, "sessionIds", List.of(sessionId)), 201).get("id").asLong();
        List<Long> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long guest = api(http, i % 2 == 0 ? a : b, "/api/v1/events/" + event + "/registrations", Map.of("kind", "GOVERNMENT",
                    "nameZh", "来访单位" + i, "regionCode", "511500", "delegates", 1, "sessionIds", List.of(sessionId)), 201)
                    .get("id").asLong();
            requests.add(api(http, i % 2 == 0 ? b : a, "/api/v1/meeting-requests", Map.of("from", guest, "to", host,
                    "sessionId", sessionId, "reason", "洽谈"), 201).get("id").asLong());
        }
        // six accepts into the one slot of the one table, half to each node, released at the same moment
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("sichuan-organiser:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < requests.size(); i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
            HttpRequest accept = HttpRequest.newBuilder(URI.create(url(node, "/api/v1/meeting-requests/" + requests.get(i) + "/accept")))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"slotId\": " + slot + "}")).build();
            answers.add(pool.submit(() -> {
                go.await();
                return send(http, accept).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).as("one seat, six accepts on two nodes").containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from meeting where slot_id = ?", Long.class, slot)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where participant_id = ? and slot_id = ?", Long.class,
                host, slot)).isEqualTo(1);
    }

    /** A third node as a process of its own (test classpath, same PostgreSQL and mail server), to be killed with SIGKILL. */
    private static org.chainatlas.support.PlatformProcess startProcessNode(java.nio.file.Path log) throws Exception {
        var env = a.getEnvironment();
        return org.chainatlas.support.PlatformProcess.start(log, List.of("--spring.profiles.active=test",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password"),
                "--spring.mail.host=" + env.getProperty("spring.mail.host"), "--spring.mail.port=" + env.getProperty("spring.mail.port"),
                "--chainatlas.secure-cookies=false"));
    }

    @Test
    void aNodeKilledWithSigkillWhileAcceptingLosesNoAcceptedRequest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // tomorrow: a session over takes no requests, and today's may be over when the test runs
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        long event = api(http, b, "/api/v1/events", Map.of("nameZh", "节点崩溃测试", "hostRegionCode", "511500", "startsOn", today,
                "endsOn", today, "requestExpiryHours", 48, "requestQuota", 40), 201).get("id").asLong();
        long sessionId = api(http, b, "/api/v1/events/" + event + "/sessions", Map.of("titleZh", "崩溃测试专场", "day", today,
                "startsAt", "09:00", "endsAt", "12:00", "slotMinutes", 20, "tables", 4, "tableCapacity", 4), 201).get("id").asLong();
        long host = api(http, b, "/api/v1/events/" + event + "/registrations", Map.of("kind", "GOVERNMENT", "nameZh", "崩溃测试招商局",
                "regionCode", "511500", "delegates", 1, "sessionIds", List.of(sessionId)), 201).get("id").asLong();
        List<Long> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long guest = api(http, b, "/api/v1/events/" + event + "/registrations", Map.of("kind", "GOVERNMENT", "nameZh",
                    "崩溃测试来访单位" + i, "regionCode", "511500", "delegates", 1, "sessionIds", List.of(sessionId)), 201)
                    .get("id").asLong();
            requests.add(api(http, b, "/api/v1/meeting-requests", Map.of("from", guest, "to", host, "sessionId", sessionId,
                    "reason", "洽谈"), 201).get("id").asLong());
        }

        // A signing whose project intake failed on node B (a trigger refuses the project row once): its publication stays
        // outstanding. Node C resubmits outstanding publications when it starts: the signing becomes exactly one project.
        JdbcTemplate db = b.getBean(JdbcTemplate.class);
        long meeting = db.queryForObject("select min(m.id) from meeting m where not exists "
                + "(select 1 from project p where p.meeting_id = m.id)", Long.class);
        long enterprise = db.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        long signedEvent = db.queryForObject("select event_id from meeting where id = ?", Long.class, meeting);
        String publication = "%\"meetingId\":" + meeting + ",%";
        db.execute("create function test_refuse_every_project() returns trigger as $$ begin raise exception 'refused for the test'; "
                + "end $$ language plpgsql");
        db.execute("create trigger test_refuse_every_project before insert on project for each row execute function test_refuse_every_project()");
        try {
            b.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(status ->
                    b.publishEvent(new org.chainatlas.event.MeetingSigned(meeting, signedEvent, "重启续投测试", "nev-battery", enterprise,
                            null, "511500", 900_000_000L, "重启续投测试项目", java.time.Instant.now())));
            long waitedFor = System.nanoTime();
            while (db.queryForObject("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'",
                    Long.class, publication) == 0 && System.nanoTime() - waitedFor < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(100);
            }
        } finally {
            db.execute("drop trigger if exists test_refuse_every_project on project");
            db.execute("drop function if exists test_refuse_every_project()");
        }
        assertThat(db.queryForObject("select count(*) from event_publication where serialized_event like ? and completion_date is null",
                Long.class, publication)).as("the failed intake is outstanding").isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from project where meeting_id = ?", Long.class, meeting)).isZero();

        List<Long> acknowledged = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (org.chainatlas.support.PlatformProcess c = startProcessNode(dir.resolve("node-c.log"))) {
            String base = c.url("");
            long waitedFor = System.nanoTime();
            while (db.queryForObject("select count(*) from project where meeting_id = ?", Long.class, meeting) == 0
                    && System.nanoTime() - waitedFor < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(100);
            }
            assertThat(db.queryForObject("select count(*) from project where meeting_id = ?", Long.class, meeting))
                    .as("node C resubmitted the outstanding signing when it started").isEqualTo(1);
            String auth = "Basic " + Base64.getEncoder().encodeToString(("sichuan-organiser:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            // accepts sent to node C one after another from a thread of their own; C is killed while they flow
            Thread sender = new Thread(() -> {
                for (long request : requests) {
                    try {
                        HttpResponse<String> answer = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/meeting-requests/"
                                + request + "/accept")).header("Authorization", auth).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
                        if (answer.statusCode() == 200) {
                            acknowledged.add(request);
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            sender.start();
            long waited = System.nanoTime();
            while (acknowledged.size() < 5 && System.nanoTime() - waited < Duration.ofSeconds(60).toNanos()) {
                Thread.sleep(5);
            }
            c.kill(); // SIGKILL: no shutdown hook, no connection closed politely
            sender.join(30_000);
        }
        assertThat(acknowledged).as("node C acknowledged accepts before it was killed").hasSizeGreaterThanOrEqualTo(5);
        assertThat(acknowledged.size()).as("and was killed before it had acknowledged them all").isLessThan(requests.size());

        JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
        for (long request : requests) {
            String status = jdbc.queryForObject("select status from meeting_request where id = ?", String.class, request);
            long meetings = jdbc.queryForObject("select count(*) from meeting where request_id = ?", Long.class, request);
            if (acknowledged.contains(request)) {
                assertThat(status).as("request %d was acknowledged by C before the kill", request).isEqualTo("ACCEPTED");
            }
            // whatever C had not acknowledged is all or nothing: accepted with its meeting, or still pending without one
            assertThat(status).as("request %d", request).isIn("ACCEPTED", "PENDING");
            assertThat(meetings).as("meetings of request %d (%s)", request, status).isEqualTo("ACCEPTED".equals(status) ? 1 : 0);
        }
        // node B goes on with what C left: the acknowledged meetings are listed, a pending one can still be accepted
        String page = send(http, HttpRequest.newBuilder(URI.create(url(b, "/api/v1/events/" + event + "/meetings")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("sichuan-organiser:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build()).body();
        JsonNode meetings = json.readTree(page);
        java.util.Set<Long> listed = new java.util.HashSet<>();
        meetings.forEach(m -> listed.add(m.path("id").asLong()));
        List<Long> acknowledgedMeetings = acknowledged.stream().map(r -> jdbc.queryForObject(
                "select id from meeting where request_id = ?", Long.class, r)).toList();
        assertThat(listed).as("node B lists every acknowledged meeting").containsAll(acknowledgedMeetings);
        long pending = requests.stream().filter(r -> "PENDING".equals(jdbc.queryForObject(
                "select status from meeting_request where id = ?", String.class, r))).findFirst().orElseThrow();
        api(http, b, "/api/v1/meeting-requests/" + pending + "/accept", Map.of(), 200);
    }
}
