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
}
