package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The working day of a city investment bureau: sign in lands on the workbench; from a gap list one click makes a
 * lead; a visit is logged, the lead signed, and the project is in the pipeline. And the top bar stays on one line
 * from 1,024 to 1,920 px in Chinese and English, and usable on a phone.
 */
class WorkbenchBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Page pageOf(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        return context.newPage();
    }

    /** Height of the top bar, whether any of its items sits below the first row, and whether anything overflows. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> navFit(Page page) {
        return (Map<String, Object>) page.evaluate("() => { const nav = document.querySelector('nav.ca-nav');"
                + " const items = [...nav.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item, form[role=search]')]"
                + "   .filter(e => e.offsetParent !== null);"
                + " const centres = items.map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });"
                + " const rights = items.map(e => e.getBoundingClientRect().right);"
                + " return { height: nav.getBoundingClientRect().height, rows: Math.max(...centres) - Math.min(...centres) < 16 ? 1 : 2,"
                + "   overflow: Math.max(...rights) > document.documentElement.clientWidth + 1, right: Math.max(...rights),"
                + "   docOverflow: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,"
                + "   count: items.length }; }");
    }

    @Test
    void theTopBarStaysOnOneLineInChineseAndEnglish() {
        for (String user : new String[] {null, "sichuan-organiser"}) {
            for (int width : new int[] {1024, 1100, 1440, 1920}) {
                for (String lang : List.of("zh", "en")) {
                    try (Page page = pageOf(width, 900)) {
                        if (user != null) {
                            signIn(page, user, DEMO_PASSWORD);
                        }
                        page.navigate(url("/?lang=" + lang));
                        Map<String, Object> fit = navFit(page);
                        String what = (user == null ? "visitor" : user) + " at " + width + " px in " + lang + ": " + fit;
                        assertThat(((Number) fit.get("count")).intValue()).as(what).isGreaterThan(8);
                        assertThat(((Number) fit.get("rows")).intValue()).as("one row of items, " + what).isEqualTo(1);
                        assertThat(((Number) fit.get("height")).doubleValue()).as("bar height, " + what).isLessThan(70);
                        assertThat(fit.get("overflow")).as("nothing past the right edge, " + what).isEqualTo(false);
                        if (width == 1100 || width == 1440) {
                            screenshot(page, "nav-" + (user == null ? "visitor" : "signed-in") + "-" + width + "-" + lang);
                        }
                    }
                }
            }
        }
        try (Page phone = pageOf(390, 844)) {
            signIn(phone, "yibin-locality", DEMO_PASSWORD);
            assertThat(phone.url()).endsWith("/workbench");
            Map<String, Object> fit = navFit(phone);
            assertThat(fit.get("docOverflow")).as("no sideways scrolling on a phone: " + fit).isEqualTo(false);
            phone.click(".navbar-toggler");
            phone.waitForSelector("#nav-workbench", new Page.WaitForSelectorOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
            assertThat(phone.isVisible("#side-leads")).as("the workbench menu is there on a phone").isTrue();
            screenshot(phone, "workbench-phone");
        }
    }

    @Test
    void aCityBureauMakesALeadFromAGapAndSignsIt() {
        try (Page page = newPage()) {
            signIn(page, "yibin-locality", DEMO_PASSWORD);
            assertThat(page.url()).as("sign-in lands on the workbench").endsWith("/workbench");
            assertThat(page.textContent("h1")).contains("工作台");
            assertThat(page.locator("#side-workbench").count()).as("one sidebar, not a copy in the top bar").isEqualTo(1);
            assertThat(page.locator("nav.ca-nav #side-workbench").count()).isZero();
            screenshot(page, "workbench-locality");

            page.navigate(url("/match/gaps?region=511500&chain=nev-battery"));
            List<Long> taken = jdbc.queryForList("select enterprise_id from investment_lead where region_code = '511500'"
                    + " and chain_code = 'nev-battery'", Long.class);
            String enterprise = null;
            for (Object candidate : (List<?>) page.locator("tr.target:has(.make-lead)").evaluateAll(
                    "rows => rows.map(r => r.dataset.enterprise)")) {
                if (candidate != null && !taken.contains(Long.valueOf(candidate.toString()))) {
                    enterprise = candidate.toString();
                    break;
                }
            }
            assertThat(enterprise).as("a gap target of 宜宾 that is no lead yet").isNotNull();
            String row = "tr.target[data-enterprise='" + enterprise + "']";
            page.locator("details:has(" + row + ") summary").first().click();
            page.locator(row + " .make-lead").first().click();
            page.waitForURL("**/leads/*");
            assertThat(page.textContent("#message")).contains("已加入招商线索");
            assertThat(page.getAttribute("#lead-enterprise", "href")).endsWith("/enterprises/" + enterprise);
            assertThat(page.textContent("#lead-stage")).contains("目标企业");
            assertThat(page.isVisible("#sign")).as("a target is not signed before contact").isFalse();

            page.fill("#note", "上门拜访，介绍三江新区电池产业配套");
            page.click("#log-visit");
            page.waitForSelector("#message");
            assertThat(page.textContent("#lead-stage")).contains("已接触");
            assertThat(page.textContent("#visits")).contains("三江新区");

            page.fill("#amountWan", "120000");
            page.click("#sign");
            page.waitForSelector("#message");
            assertThat(page.textContent("#lead-stage")).contains("签约");
            page.click("#lead-project");
            page.waitForURL("**/projects/*");
            assertThat(page.textContent("#project-stage")).contains("已签约");
            assertThat(page.textContent("#contracted")).contains("12");
            screenshot(page, "lead-signed-project");
            page.navigate(url("/workbench"));
            assertThat(page.isVisible("#section-leads-funnel")).isTrue();
        }
    }

    @Test
    void theOverviewDrawsItsChartsAndDrillsDown() {
        try (Page page = newPage()) {
            List<String> errors = new java.util.ArrayList<>();
            page.onPageError(errors::add);
            signIn(page, "sichuan-organiser", DEMO_PASSWORD);
            page.navigate(url("/overview"));
            page.waitForSelector("#overview[data-ready='true']");
            assertThat(page.textContent("#overview-title")).contains("四川省");
            Object drawn = page.evaluate("() => window.overview.charts.filter(c => c.getOption().series.length > 0).length");
            assertThat(((Number) drawn).intValue()).as("map, trend, chain heat, flows and lead funnel").isEqualTo(5);
            screenshot(page, "overview-sichuan");
            page.locator("#league tbody tr[data-region] a").first().click();
            page.waitForSelector("#overview[data-ready='true']");
            assertThat(page.url()).contains("region=51");
            assertThat(page.locator(".breadcrumb").textContent()).contains("四川省");
            page.navigate(url("/overview?wall=true"));
            page.waitForSelector("#overview[data-ready='true']");
            assertThat(page.isVisible("nav.ca-nav")).as("a wall display has no navigation").isFalse();
            screenshot(page, "overview-wall");
            assertThat(errors).as("no script errors").isEmpty();
        }
    }
}
