package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The opportunity-list journeys in a real browser: a locality officer publishes a park and a key project,
 * finds them in the chain's list and by Chinese search, edits them; an anonymous visitor cannot; a visitor
 * searches 电池, filters by province, opens a park and sees nearby enterprises of the chain on its map.
 */
class RegistryBrowserTest extends BrowserTest {

    @Test
    void aLocalityOfficerPublishesAParkAndAProjectAndFindsAndEditsThem() {
        try (Page page = newPage()) {
            page.navigate(url("/parks/new"));
            assertThat(page.url()).as("anonymous visitors are sent to sign in").contains("/login");

            signIn(page, "chengdu-locality", DEMO_PASSWORD);
            page.navigate(url("/parks"));
            page.click("#new-park");
            page.fill("#nameZh", "浏览器测试天府智造园");
            page.selectOption("#regionCode", "510100");
            page.fill("#plannedLandMu", "8000");
            page.fill("#availableLandMu", "-20");
            page.selectOption("#chainCodes", "nev-battery");
            page.click("#save");
            assertThat(page.locator("#form-errors").textContent()).contains("可供用地（亩）");
            screenshot(page, "park-form-error");
            page.fill("#availableLandMu", "1200");
            page.fill("#electricityCnyPerKwh", "0.52");
            page.click("#save");
            page.waitForSelector("#park-title");
            assertThat(page.locator("#park-title").textContent()).isEqualTo("浏览器测试天府智造园");
            String parkUrl = page.url();

            page.click("#new-opportunity");
            page.fill("#titleZh", "浏览器测试固态电池中试线项目");
            page.selectOption("#nodeId", new com.microsoft.playwright.options.SelectOption().setLabel("动力电池电芯"));
            page.fill("#investmentWan", "150000");
            page.click("#save");
            page.waitForSelector("#opportunity-title");
            assertThat(page.locator("#opportunity-title").textContent()).isEqualTo("浏览器测试固态电池中试线项目");

            page.navigate(url("/chains/nev-battery/opportunities?region=510100"));
            assertThat(page.locator("#opportunities").textContent()).contains("浏览器测试固态电池中试线项目")
                    .contains("浏览器测试天府智造园");
            screenshot(page, "chain-opportunity-list");

            page.fill("#nav-search", "固态电池中试");
            page.press("#nav-search", "Enter");
            page.waitForLoadState(LoadState.DOMCONTENTLOADED);
            assertThat(page.locator("#park-hits").textContent()).contains("浏览器测试固态电池中试线项目");
            page.locator("#park-hits a", new Page.LocatorOptions().setHasText("浏览器测试固态电池中试线项目")).first().click();
            page.click("#edit-opportunity");
            page.fill("#titleZh", "浏览器测试固态电池量产项目");
            page.click("#save");
            page.waitForSelector("#opportunity-title");
            assertThat(page.locator("#opportunity-title").textContent()).isEqualTo("浏览器测试固态电池量产项目");

            page.navigate(parkUrl);
            page.click("#edit-park");
            page.fill("#nameZh", "浏览器测试天府智造产业园");
            page.click("#save");
            page.waitForSelector("#park-title");
            assertThat(page.locator("#park-title").textContent()).isEqualTo("浏览器测试天府智造产业园");
        }
        try (Page anonymous = newPage()) {
            anonymous.navigate(url("/chains/nev-battery/opportunities?region=510100"));
            assertThat(anonymous.locator("#opportunities").textContent()).contains("浏览器测试固态电池量产项目");
            anonymous.locator("#opportunities a", new Page.LocatorOptions().setHasText("浏览器测试固态电池量产项目")).first().click();
            assertThat(anonymous.locator("#edit-opportunity").count()).as("no edit button for anonymous visitors").isZero();
            String editUrl = anonymous.url() + "/edit";
            anonymous.navigate(editUrl);
            assertThat(anonymous.url()).contains("/login");
        }
    }

    @Test
    void aVisitorSearchesBatteriesFiltersByProvinceOpensAParkAndSeesNearbyEnterprises() {
        try (Page page = newPage()) {
            page.navigate(url("/search?q=" + java.net.URLEncoder.encode("电池", java.nio.charset.StandardCharsets.UTF_8)));
            int all = Integer.parseInt(page.locator("#enterprise-total").textContent().strip());
            assertThat(all).isPositive();
            assertThat(page.locator("#enterprise-hits mark").count()).isPositive();
            page.selectOption("#province", "510000");
            page.click("#search-submit");
            page.waitForLoadState();
            int sichuan = Integer.parseInt(page.locator("#enterprise-total").textContent().strip());
            assertThat(sichuan).isPositive().isLessThan(all);
            screenshot(page, "search-batteries-sichuan");
            // a key project of Sichuan: the demo publishes a dozen there (none about batteries, whatever other tests add)
            page.fill("#q", "项目");
            page.click("#search-submit");
            page.waitForLoadState();
            page.locator("#park-hits li[data-type='OPPORTUNITY'] a").first().click();
            page.waitForSelector("#opportunity-title");
            page.click("#opportunity-park");
            page.waitForSelector("#park-map[data-ready='true']");
            page.fill("#radius", "300");
            page.click("#nearby-form button");
            page.waitForSelector("#park-map[data-ready='true']");
            int nearby = Integer.parseInt(page.locator("#park-map").getAttribute("data-nearby"));
            assertThat(nearby).isPositive();
            assertThat(page.locator("#nearby tbody tr").count()).isPositive();
            assertThat(page.locator("#park-map canvas").count()).isPositive();
            screenshot(page, "park-nearby-enterprises");
        }
    }
}
