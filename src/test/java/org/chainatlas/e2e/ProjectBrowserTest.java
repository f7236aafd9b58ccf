package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline journey in a real browser: a meeting held at an event (set up through the API) is recorded as
 * signed by both sides in their agendas, which creates a project; the organiser assigns the chief service
 * officer, who moves it to construction started (refused without evidence, accepted with a permit), and the
 * organiser's dashboard funnel and map count one more started project in Sichuan.
 */
class ProjectBrowserTest extends BrowserTest {

    private static final String SICHUAN = "510000";
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedMeetingBecomesAProjectThatTheOfficerMovesToConstructionAndTheDashboardCountsIt() throws Exception {
        long event = heldMeetingAtAnEvent();
        // Other tests sign CATL in Yibin too; an amount well above all of them (and no product text) makes this a new
        // project by the duplicate rule (same enterprise, city, chain and a similar product or amount within 20%).
        long earlierMax = jdbc.queryForObject("select coalesce(max(p.contracted_amount_cny), 0) from project p join enterprise e "
                + "on e.id = p.enterprise_id join app_user u on u.enterprise_id = e.id where u.username = 'catl-enterprise' "
                + "and p.host_region_code like '5115%'", Long.class);
        long amountWan = Math.max(86_000, (earlierMax * 2 / 10_000 / 10_000 + 1) * 10_000);

        String startedBefore;
        int mapStartedBefore;
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(url("/dashboard/projects"));
            startedBefore = organiser.locator("#fig-started .value").textContent().strip();
            mapStartedBefore = startedOnMap(organiser, SICHUAN);
            assertThat(funnelStarted(organiser)).isEqualTo(Integer.parseInt(startedBefore));
        }

        // both sides record the outcome in their agenda once the session is over (the clock at 18:01 of its day, whatever
        // the hour the test runs at: before the slot has begun no outcome is taken); the second SIGNED makes it a signing
        try (AutoCloseable over = org.chainatlas.support.TestClock.pinned(LocalDate.now(ZoneId.of("Asia/Shanghai")).atTime(18, 1)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant())) {
            recordTheSigning(event, amountWan);
        }
        afterTheSigning(event, amountWan, startedBefore, mapStartedBefore);
    }

    private void recordTheSigning(long event, long amountWan) {
        for (String user : List.of("catl-enterprise", "yibin-locality")) {
            try (Page page = newPage()) {
                signIn(page, user, DEMO_PASSWORD);
                page.navigate(url("/agenda?event=" + event));
                page.locator(".outcome-form select[name=outcome]").first().selectOption("SIGNED");
                if (user.startsWith("catl")) {
                    page.locator(".outcome-form input[name=amountWan]").first().fill(String.valueOf(amountWan));
                }
                page.locator(".outcome-form .save-outcome").first().click();
                page.waitForSelector("#message");
                assertThat(page.locator(".agenda-item .my-outcome").first().textContent()).isEqualTo("签约");
            }
        }
    }

    private void afterTheSigning(long event, long amountWan, String startedBefore, int mapStartedBefore) throws Exception {
        String projectUrl;
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(url("/projects?event=" + event));
            assertThat(organiser.locator("#projects tbody tr[data-project]").count()).isEqualTo(1);
            assertThat(organiser.locator("#projects").textContent()).contains("宁德时代").contains("宜宾");
            organiser.locator("#projects tbody tr[data-project] a").first().click();
            organiser.waitForSelector("#project-name");
            projectUrl = organiser.url();
            assertThat(organiser.locator("#project-stage").textContent()).isEqualTo("已签约");
            assertThat(organiser.locator("#contracted").textContent())
                    .contains(String.format("%,.2f 亿元", amountWan / 10_000.0));
            assertThat(organiser.locator("#duplicate-flag").count()).as("a new signing, not a repeat").isZero();
            organiser.selectOption("#serviceOfficerId", new com.microsoft.playwright.options.SelectOption().setLabel("首席服务官（演示）"));
            organiser.locator("form[action$='/officer'] button").click();
            organiser.waitForSelector("#message");
            assertThat(organiser.locator("#officer").textContent()).isEqualTo("首席服务官（演示）");
        }

        try (Page officer = newPage()) {
            signIn(officer, "sichuan-officer", DEMO_PASSWORD);
            officer.navigate(projectUrl);
            assertThat(officer.locator("#serviceOfficerId").count()).as("only the host's governors assign officers").isZero();
            officer.selectOption("#to", "CONSTRUCTION_STARTED");
            officer.click("#move");
            assertThat(officer.locator("#form-errors").textContent()).contains("文件").contains("需要上传佐证材料：施工许可证、现场照片")
                    .doesNotContain("evidence");
            assertThat(officer.locator("#project-stage").textContent()).as("nothing moved").isEqualTo("已签约");

            officer.selectOption("#to", "CONSTRUCTION_STARTED");
            assertThat(officer.inputValue("#kind")).as("the evidence type follows the stage").isEqualTo("CONSTRUCTION_PERMIT");
            officer.setInputFiles("#file", new FilePayload("施工许可证.pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            officer.fill("#note", "一期厂房开工");
            officer.click("#move");
            officer.waitForSelector("#message");
            assertThat(officer.locator("#project-stage").textContent()).isEqualTo("已开工");
            assertThat(officer.locator("#evidence").textContent()).contains("施工许可证.pdf");
            assertThat(officer.locator("#history").textContent()).contains("一期厂房开工");
            screenshot(officer, "project-detail");
        }

        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(url("/dashboard/projects"));
            int startedAfter = Integer.parseInt(organiser.locator("#fig-started .value").textContent().strip());
            assertThat(startedAfter).isEqualTo(Integer.parseInt(startedBefore) + 1);
            assertThat(funnelStarted(organiser)).isEqualTo(startedAfter);
            assertThat(startedOnMap(organiser, SICHUAN)).isEqualTo(mapStartedBefore + 1);
            screenshot(organiser, "project-dashboard");
            // every figure leads to its projects: the started figure lists the new one
            organiser.click("#fig-started");
            organiser.waitForSelector("#projects");
            assertThat(organiser.locator("#projects").textContent()).contains("宁德时代");
        }
    }

    /** The started count of the dashboard's funnel chart (ECharts option, third step). */
    private static int funnelStarted(Page page) {
        page.waitForFunction("() => { const c = echarts.getInstanceByDom(document.getElementById('funnel-chart'));"
                + " return c && c.getOption().series.length > 0; }");
        return ((Number) page.evaluate("() => echarts.getInstanceByDom(document.getElementById('funnel-chart'))"
                + ".getOption().series[0].data[2].value")).intValue();
    }

    /** The started count the China map shows for a province (0 when the province has no project). */
    private static int startedOnMap(Page page, String province) {
        page.waitForFunction("() => { const c = echarts.getInstanceByDom(document.getElementById('project-map'));"
                + " return c && c.getOption() && c.getOption().series && c.getOption().series.length > 0; }");
        return ((Number) page.evaluate("code => { const d = echarts.getInstanceByDom(document.getElementById('project-map'))"
                + ".getOption().series[0].data.find(x => x.code === code); return d ? d.started : 0; }", province)).intValue();
    }

    /**
     * An event today in Yibin with one session; CATL and the Yibin investment bureau registered and approved; CATL's
     * request accepted, scheduled, published and checked in. Returns the event id.
     */
    private long heldMeetingAtAnEvent() throws Exception {
        // the session's slots are still ahead for requests and the optimiser, whatever the hour the test runs at
        try (AutoCloseable early = org.chainatlas.support.TestClock.earlyToday()) {
            return heldMeetingAtAnEventEarlyToday();
        }
    }

    private long heldMeetingAtAnEventEarlyToday() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long event = api("POST", "/api/v1/events", "sichuan-organiser", Map.of("nameZh", "项目流程浏览器测试对接会",
                "hostRegionCode", "511500", "startsOn", today, "endsOn", today)).get("id").asLong();
        long session = api("POST", "/api/v1/events/" + event + "/sessions", "sichuan-organiser", Map.of("chainCode", "nev-battery",
                "titleZh", "动力电池项目专场", "day", today, "startsAt", "08:00", "endsAt", "18:00", "slotMinutes", 30,
                "tables", 2, "tableCapacity", 4)).get("id").asLong();
        long catlEnterprise = api("GET", "/api/v1/me", "catl-enterprise", null).get("enterpriseId").asLong();
        long catl = api("POST", "/api/v1/events/" + event + "/registrations", "catl-enterprise", Map.of("kind", "ENTERPRISE",
                "enterpriseId", catlEnterprise, "offersZh", "动力电池项目投资", "requestsZh", "落地园区", "sessionIds", List.of(session)))
                .get("id").asLong();
        long yibin = api("POST", "/api/v1/events/" + event + "/registrations", "yibin-locality", Map.of("kind", "GOVERNMENT",
                "nameZh", "宜宾市投资促进局", "regionCode", "511500", "delegates", 1, "sessionIds", List.of(session))).get("id").asLong();
        for (long participant : List.of(catl, yibin)) {
            api("POST", "/api/v1/participants/" + participant + "/decision", "sichuan-organiser", Map.of("approve", true));
        }
        long request = api("POST", "/api/v1/meeting-requests", "catl-enterprise", Map.of("from", catl, "to", yibin,
                "sessionId", session, "reason", "储能电池基地选址")).get("id").asLong();
        JsonNode meeting = api("POST", "/api/v1/meeting-requests/" + request + "/accept", "yibin-locality", null);
        long run = api("POST", "/api/v1/events/" + event + "/schedule-runs?seconds=2", "sichuan-organiser", null).get("id").asLong();
        String status = "QUEUED";
        for (int i = 0; i < 240 && (status.equals("QUEUED") || status.equals("RUNNING")); i++) {
            Thread.sleep(250);
            status = api("GET", "/api/v1/schedule-runs/" + run, "sichuan-organiser", null).get("status").asString();
        }
        assertThat(status).isEqualTo("DONE");
        api("POST", "/api/v1/events/" + event + "/schedule/publish", "sichuan-organiser", null);
        api("POST", "/api/v1/checkin/" + meeting.get("checkinToken").asString(), "catl-enterprise", null);
        return event;
    }

    private JsonNode api(String method, String path, String user, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? null : json.readTree(response.body());
    }
}
