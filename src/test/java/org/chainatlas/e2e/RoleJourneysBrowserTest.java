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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each role's day in the browser: sign in, the workbench shows what waits, act on one item, and it leaves the
 * list. And the city bureau's whole way from a gap target to a lead, an event invitation and a signed project,
 * after which the overview counts exactly one more signing.
 */
class RoleJourneysBrowserTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode api(String method, String path, String user, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? null : json.readTree(response.body());
    }

    /** The count on a workbench card. */
    private static int count(Page page, String section) {
        return Integer.parseInt(page.textContent("a[data-section='" + section + "'] .ca-stat").strip());
    }

    private static int itemsNamed(Page page, String section, String text) {
        return page.locator("#section-" + section + " .ca-work-item a:text-is('" + text + "')").count();
    }

    @Test
    void theOrganiserApprovesARegistrationAndItLeavesTheList() throws Exception {
        long event = jdbc.queryForObject("select id from match_event where status = 'OPEN' and host_region_code like '51%'"
                + " order by id fetch first 1 rows only", Long.class);
        long session = jdbc.queryForObject("select id from event_session where event_id = ? order by id fetch first 1 rows only",
                Long.class, event);
        String name = "宜宾市经济和信息化局（旅程）";
        try (Page locality = newPage()) {
            signIn(locality, "yibin-locality", DEMO_PASSWORD);
            locality.navigate(url("/events/" + event + "/register"));
            locality.selectOption("#kind", "GOVERNMENT");
            locality.fill("#nameZh", name);
            locality.check("#session-" + session);
            locality.click("#register-form button[type=submit]");
            locality.waitForLoadState();
        }
        try (Page page = newPage()) {
            signIn(page, "sichuan-organiser", DEMO_PASSWORD);
            assertThat(page.url()).endsWith("/workbench");
            int before = count(page, "registrations");
            assertThat(before).isPositive();
            page.navigate(url("/events/" + event + "/manage"));
            page.locator("#registration-table tr:has(td:text-is('" + name + "')) button.approve").click();
            page.waitForLoadState();
            page.navigate(url("/workbench"));
            assertThat(count(page, "registrations")).as("approved: it left the list").isEqualTo(before - 1);
            assertThat(itemsNamed(page, "registrations", name)).isZero();
            screenshot(page, "journey-organiser");
        }
    }

    @Test
    void theOfficerResolvesATicketAndTheEnterpriseConfirmsIt() throws Exception {
        long catl = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        JsonNode project = api("POST", "/api/v1/projects", "sichuan-organiser", Map.of("nameZh", "旅程测试项目", "enterpriseId", catl,
                "hostRegionCode", "511500", "chainCode", "nev-battery", "productZh", "旅程 " + System.nanoTime(),
                "contractedAmountCny", 30_000_000L, "stage", "SIGNED", "signedOn", TODAY.minusDays(5).toString()));
        String title = "临时用电接入（旅程）" + System.nanoTime() % 10_000;
        long ticket = api("POST", "/api/v1/projects/" + project.get("id").asLong() + "/tickets", "catl-enterprise", Map.of("category",
                "POWER", "titleZh", title)).get("id").asLong();
        try (Page page = newPage()) {
            signIn(page, "sichuan-officer", DEMO_PASSWORD);
            int before = count(page, "tickets-open");
            // the section shows the tickets due first: a new one may be further down its list, which the count includes
            if (page.locator("#section-tickets-open a:text-is('" + title + "')").count() > 0) {
                page.click("#section-tickets-open a:text-is('" + title + "')");
            } else {
                page.navigate(url("/tickets/" + ticket));
            }
            page.waitForURL("**/tickets/*");
            page.fill("#resolve-note", "已协调供电公司接入临时电源");
            page.click("#resolve");
            page.waitForSelector("#message");
            page.navigate(url("/workbench"));
            assertThat(count(page, "tickets-open")).as("resolved: it left the officer's list").isEqualTo(before - 1);
            screenshot(page, "journey-officer");
        }
        try (Page page = newPage()) {
            signIn(page, "catl-enterprise", DEMO_PASSWORD);
            int before = count(page, "tickets-confirm");
            assertThat(itemsNamed(page, "tickets-confirm", title)).isEqualTo(1);
            page.click("#section-tickets-confirm a:text-is('" + title + "')");
            page.waitForURL("**/tickets/*");
            page.selectOption("#satisfaction", "5");
            page.click("#confirm-closed");
            page.waitForSelector("#message");
            assertThat(page.textContent("#ticket-satisfaction")).contains("5");
            page.navigate(url("/workbench"));
            assertThat(count(page, "tickets-confirm")).as("confirmed: it left the enterprise's list").isEqualTo(before - 1);
            screenshot(page, "journey-enterprise");
        }
    }

    @Test
    void aBureauReVerifiesAParkAndItLeavesTheList() {
        try (Page page = newPage()) {
            signIn(page, "yibin-locality", DEMO_PASSWORD);
            int before = count(page, "parks-stale");
            assertThat(before).as("宜宾's catalogue zones were never confirmed by the bureau").isPositive();
            String park = page.locator("#section-parks-stale .ca-work-item a").first().textContent().strip();
            page.locator("#section-parks-stale .ca-work-item a").first().click();
            page.waitForURL("**/parks/*");
            page.click("#verify-park");
            page.waitForLoadState();
            page.navigate(url("/workbench"));
            assertThat(count(page, "parks-stale")).as("verified: it left the list").isEqualTo(before - 1);
            assertThat(itemsNamed(page, "parks-stale", park)).isZero();
            screenshot(page, "journey-locality");
        }
    }

    @Test
    void fromAGapTargetToALeadAnInvitationAndASigningTheOverviewCountsOneMore() throws Exception {
        int signedBefore = api("GET", "/api/v1/overview?region=511500", "yibin-locality", null).get("figures").get("signed").asInt();
        try (Page page = newPage()) {
            signIn(page, "yibin-locality", DEMO_PASSWORD);
            page.navigate(url("/match/gaps?region=511500&chain=nev-battery"));
            java.util.List<Long> taken = jdbc.queryForList("select enterprise_id from investment_lead where region_code = '511500'"
                    + " and chain_code = 'nev-battery'", Long.class);
            String enterprise = null;
            for (Object candidate : (java.util.List<?>) page.locator("tr.target:has(.make-lead)").evaluateAll(
                    "rows => rows.map(r => r.dataset.enterprise)")) {
                if (candidate != null && !taken.contains(Long.valueOf(candidate.toString()))) {
                    enterprise = candidate.toString();
                    break;
                }
            }
            assertThat(enterprise).isNotNull();
            String row = "tr.target[data-enterprise='" + enterprise + "']";
            page.locator("details:has(" + row + ") summary").first().click();
            page.locator(row + " .make-lead").first().click();
            page.waitForURL("**/leads/*");
            page.fill("#note", "电话沟通，对方有意向来宜考察");
            page.selectOption("#kind", "CALL");
            page.click("#log-visit");
            page.waitForSelector("#message");
            assertThat(page.locator("#eventId option").count()).as("an event of the province to invite to").isPositive();
            page.click("#invite");
            page.waitForSelector("#lead-event");
            long invited = jdbc.queryForObject("select count(*) from participant p join investment_lead l on l.event_id = p.event_id"
                    + " and l.enterprise_id = p.enterprise_id where l.enterprise_id = ? and l.region_code = '511500'",
                    Long.class, Long.valueOf(enterprise));
            assertThat(invited).as("the company takes part in the event it was invited to").isEqualTo(1);
            page.fill("#amountWan", "50000");
            page.click("#sign");
            page.waitForSelector("#lead-project");
            screenshot(page, "journey-lead-signed");
        }
        int signedAfter = api("GET", "/api/v1/overview?region=511500", "yibin-locality", null).get("figures").get("signed").asInt();
        assertThat(signedAfter).as("the overview counts exactly one more signing").isEqualTo(signedBefore + 1);
    }
}
