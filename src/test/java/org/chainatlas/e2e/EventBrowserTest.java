package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The whole matchmaking journey in a real browser: the organiser creates an event and a session, two
 * enterprises register and are validated, one requests a meeting and the other accepts, the organiser runs
 * the optimiser and publishes, both see the meeting in their agenda, one checks in by the QR link, both record
 * the outcome, and the dashboard counts the signing.
 */
class EventBrowserTest extends BrowserTest {

    @Test
    void fromEventCreationToASigningOnTheDashboard() throws Exception {
        // the session today at 09:00 is still ahead for the optimiser, whatever the hour the test runs at
        try (AutoCloseable early = org.chainatlas.support.TestClock.earlyToday()) {
            journey();
        }
    }

    private void journey() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String eventUrl;
        String eventId;
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(url("/events"));
            organiser.click("#new-event");
            organiser.fill("#nameZh", "浏览器测试对接会");
            organiser.selectOption("#hostRegionCode", "511500");
            organiser.fill("#startsOn", today);
            organiser.fill("#endsOn", "2020-01-01");
            organiser.click("#save");
            assertThat(organiser.locator("#form-errors").textContent()).contains("结束日期");
            organiser.fill("#endsOn", today);
            organiser.click("#save");
            organiser.waitForSelector("#event-name");
            eventUrl = organiser.url();
            eventId = eventUrl.substring(eventUrl.lastIndexOf('/') + 1);
            organiser.click("#new-session");
            organiser.fill("#titleZh", "浏览器测试动力电池专场");
            organiser.selectOption("#chainCode", "nev-battery");
            organiser.fill("#day", today);
            organiser.fill("#startsAt", "09:00");
            organiser.fill("#endsAt", "10:00");
            organiser.fill("#tables", "0");
            organiser.click("#save");
            assertThat(organiser.locator("#form-errors").textContent()).contains("洽谈桌数");
            organiser.fill("#tables", "5");
            organiser.click("#save");
            organiser.waitForSelector(".session-title");
            assertThat(organiser.locator("#sessions").textContent()).contains("浏览器测试动力电池专场").contains("3 个时段");
            screenshot(organiser, "event-detail");
        }
        for (String user : new String[] {"catl-enterprise", "byd-enterprise"}) {
            try (Page enterprise = newPage()) {
                signIn(enterprise, user, DEMO_PASSWORD);
                enterprise.navigate(eventUrl);
                enterprise.click("#register");
                enterprise.fill("#offersZh", user.startsWith("catl") ? "动力电池电芯产能" : "整车制造与电池需求");
                enterprise.fill("#requestsZh", user.startsWith("catl") ? "整车客户" : "电芯供应商");
                enterprise.locator(".session-box").first().check();
                enterprise.click("#save");
                enterprise.waitForSelector("#message");
                assertThat(enterprise.locator("#my-registration").textContent()).contains("待审核");
            }
        }
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(eventUrl + "/manage");
            for (int i = 0; i < 2; i++) {
                organiser.locator("#registration-table .approve").first().click();
                organiser.waitForLoadState();
            }
            assertThat(organiser.locator("#registration-table .approve").count()).isZero();
        }
        try (Page catl = newPage()) {
            signIn(catl, "catl-enterprise", DEMO_PASSWORD);
            catl.navigate(eventUrl);
            catl.click("#marketplace");
            catl.locator("#participants tr", new Page.LocatorOptions().setHasText("比亚迪")).locator(".request-meeting").click();
            catl.fill("#reason", "洽谈动力电池配套供应");
            catl.click("#send-request");
            catl.waitForSelector("#message");
            assertThat(catl.locator("#outgoing").textContent()).contains("比亚迪").contains("待回复");
        }
        try (Page byd = newPage()) {
            signIn(byd, "byd-enterprise", DEMO_PASSWORD);
            byd.navigate(eventUrl);
            byd.click("#my-requests");
            assertThat(byd.locator("#incoming").textContent()).contains("宁德时代").contains("洽谈动力电池配套供应");
            byd.locator("#incoming .accept").first().click();
            byd.waitForSelector("#message");
            assertThat(byd.locator("#incoming .request-status").first().textContent()).isEqualTo("已接受");
        }
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(eventUrl + "/manage");
            organiser.fill("#seconds", "2");
            organiser.click("#run-optimiser");
            organiser.waitForSelector("#runs tr[data-status='DONE']", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(organiser.locator("#runs .run-scheduled").first().textContent()).isEqualTo("1 / 1");
            organiser.click("#publish");
            organiser.waitForSelector("#published");
            assertThat(organiser.locator(".meeting-cell").first().textContent()).contains("宁德时代").contains("比亚迪");
            screenshot(organiser, "event-schedule");
        }
        String checkinUrl;
        try (Page byd = newPage()) {
            signIn(byd, "byd-enterprise", DEMO_PASSWORD);
            byd.navigate(url("/agenda?event=" + eventId));
            assertThat(byd.locator(".agenda-item .agenda-partner").first().textContent()).contains("宁德时代");
            assertThat(byd.locator(".agenda-item .agenda-table").first().textContent()).contains("号桌");
            assertThat(byd.locator("#ical-published-only").textContent()).as("the calendar says what it holds").contains("已发布");
        }
        try (Page catl = newPage()) {
            signIn(catl, "catl-enterprise", DEMO_PASSWORD);
            catl.setViewportSize(390, 844);
            catl.navigate(url("/agenda?event=" + eventId));
            assertThat(catl.locator(".agenda-item .agenda-partner").first().textContent()).contains("比亚迪");
            assertThat(catl.locator(".agenda-item img.qr").first().evaluate("img => img.naturalWidth")).isNotEqualTo(0);
            screenshot(catl, "agenda-mobile");
            checkinUrl = catl.locator(".checkin-link").first().getAttribute("href");
            catl.navigate(url(checkinUrl));
            catl.click("#confirm-checkin");
            catl.waitForSelector("#checked-in");
            catl.navigate(url("/agenda?event=" + eventId));
            assertThat(catl.locator(".agenda-item .checked-in").count()).isEqualTo(1);
            assertThat(catl.locator(".outcome-form").count()).as("checked in at 00:01, hours before the 09:00 slot: no meeting yet")
                    .isZero();
            // the session (09:00–10:00) is over: the clock moves on to 10:01 of its day for the outcomes and the dashboard
            org.chainatlas.support.TestClock.pinned(LocalDate.now(ZoneId.of("Asia/Shanghai")).atTime(10, 1)
                    .atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            catl.navigate(url("/agenda?event=" + eventId));
            catl.locator(".outcome-form select[name=outcome]").first().selectOption("SIGNED");
            catl.locator(".outcome-form input[name=amountWan]").first().fill("500000");
            catl.locator(".outcome-form .save-outcome").first().click();
            catl.waitForSelector("#message");
            assertThat(catl.locator(".agenda-item .my-outcome").first().textContent()).isEqualTo("签约");
        }
        try (Page byd = newPage()) {
            signIn(byd, "byd-enterprise", DEMO_PASSWORD);
            byd.navigate(url("/agenda?event=" + eventId));
            byd.locator(".outcome-form select[name=outcome]").first().selectOption("SIGNED");
            byd.locator(".outcome-form .save-outcome").first().click();
            byd.waitForSelector("#message");
        }
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(eventUrl + "/dashboard");
            assertThat(organiser.locator("#fig-registrations").textContent()).isEqualTo("2");
            assertThat(organiser.locator("#fig-requests").textContent()).isEqualTo("1");
            assertThat(organiser.locator("#fig-scheduled").textContent()).isEqualTo("1");
            assertThat(organiser.locator("#fig-held").textContent()).isEqualTo("1");
            assertThat(organiser.locator("#fig-signed").textContent()).isEqualTo("1");
            organiser.locator("#funnel-chart canvas").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED));
            screenshot(organiser, "event-dashboard");
        }
    }

    /**
     * The demo event as it is held: the programme shows its kinds and hosts; the organiser opens the fixed booths of
     * its battery session, frees one and gives it again from the form, and adds a plenary without any table fields.
     */
    @Test
    void anOrganiserSeesTheProgrammeAndKeepsHostsAtFixedBooths() {
        try (Page organiser = newPage()) {
            signIn(organiser, "sichuan-organiser", DEMO_PASSWORD);
            organiser.navigate(url("/events"));
            organiser.locator("a:has-text('宜宾）（演示）')").first().click();
            organiser.waitForSelector("#event-hosts");
            assertThat(organiser.locator("#event-hosts").textContent()).contains("主办").contains("承办");
            assertThat(organiser.locator("#sessions").textContent()).contains("开幕式/主会场").contains("清单发布")
                    .contains("签约仪式").contains("专题对接");
            organiser.locator(".booths-link").first().click();
            organiser.waitForSelector("#booths");
            int before = organiser.locator(".booth-row").count();
            assertThat(before).as("the demo's host bureaus and parks keep booths").isPositive();
            String owner = organiser.locator(".booth-owner").first().textContent();
            organiser.locator(".booth-row button").first().click();
            organiser.waitForSelector("#message");
            assertThat(organiser.locator(".booth-row").count()).isEqualTo(before - 1);
            organiser.selectOption("#participantId", new com.microsoft.playwright.options.SelectOption().setLabel(
                    organiser.locator("#participantId option:has-text('" + owner + "')").first().textContent()));
            organiser.fill("#tableNumber", "30");
            organiser.click("#assign-booth");
            organiser.waitForSelector("#message");
            assertThat(organiser.locator("#booths").textContent()).contains(owner).contains("30号桌");
            screenshot(organiser, "event-booths");

            organiser.locator("a.breadcrumb-item, .breadcrumb a").first().click();
            organiser.click("#new-session");
            organiser.selectOption("#kind", "PLENARY");
            organiser.fill("#titleZh", "浏览器测试主会场推介");
            organiser.fill("#startsAt", "08:00");
            organiser.fill("#endsAt", "08:30");
            organiser.fill("#tables", "");
            organiser.fill("#slotMinutes", "");
            organiser.fill("#tableCapacity", "");
            organiser.click("#save");
            organiser.waitForSelector(".session-title");
            assertThat(organiser.locator("#sessions").textContent()).contains("浏览器测试主会场推介");
        }
    }
}
