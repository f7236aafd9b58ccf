package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A region page draws its own province's map, and a click on a city opens that city. */
class RegionMapBrowserTest extends BrowserTest {

    @Test
    void aProvincePageLoadsItsProvinceMapNotTheMapOfChina() {
        try (Page page = newPage()) {
            Response map = page.waitForResponse(r -> r.url().contains("/geo/"), () -> page.navigate(url("/regions/510000")));
            assertThat(map.url()).endsWith("/geo/province/510000.json");
            assertThat(map.status()).isEqualTo(200);
            page.waitForFunction("() => { const el = document.getElementById('region-map');"
                    + " const c = el && echarts.getInstanceByDom(el); return c && c.getOption().series.length > 0; }");
            Object city = page.evaluate("() => { const c = echarts.getInstanceByDom(document.getElementById('region-map'));"
                    + " const data = c.getOption().series.flatMap(s => s.data || []).filter(d => d && d.code);"
                    + " return data.length ? data[0].code : null; }");
            assertThat(city).as("the map's points carry the city codes a click opens").isNotNull();
            screenshot(page, "region-province-map");
        }
    }

    @Test
    void aCityPageListsItsZonesAndTheEnterprisesThatProduceThere() {
        try (Page page = newPage()) {
            page.navigate(url("/regions/511500"));
            assertThat(page.locator("#zones tbody tr").count()).isGreaterThanOrEqualTo(10);
            assertThat(page.locator("#region-producing").innerText()).contains("宁德时代新能源科技股份有限公司");
            // a zone's name opens its park page
            page.locator("#zones a", new Page.LocatorOptions().setHasText("四川宜宾南溪经济开发区")).first().click();
            page.waitForURL(u -> u.contains("/parks/"));
            assertThat(page.locator("h1").innerText()).contains("南溪");
            screenshot(page, "region-city-zones");
        }
    }
}
