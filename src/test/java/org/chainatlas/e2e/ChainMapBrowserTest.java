package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The main journey in a real browser (Debian chromium, headless): open the chain map, pick a province
 * and a city, and see each segment coloured by local presence. Screenshots go to target/screenshots.
 */
class ChainMapBrowserTest extends BrowserTest {

    @Test
    void chainMapColoursSegmentsByTheChosenRegion() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000))) {
            page.navigate(url("/"));
            assertThat(page.title()).contains("产业转移对接平台");
            page.locator("a[href='/chains/nev-battery']").first().click();
            page.waitForSelector("#chain-graph[data-ready='true']");
            assertThat(page.locator("#chain-title").textContent()).contains("新能源汽车");
            assertThat(status(page, firstNode(page))).containsEntry("status", "NONE");
            screenshot(page, "chain-map-no-region");

            page.selectOption("#province", "510000");
            page.waitForSelector("#chain-graph[data-region='510000']");
            page.waitForSelector("#segments tbody tr[data-status='PRESENT']");
            assertThat(page.locator("#presence-summary").textContent()).startsWith("四川省");
            assertSegmentsColouredConsistently(page);
            screenshot(page, "chain-map-sichuan");

            page.waitForSelector("#city option[value='511500']", new Page.WaitForSelectorOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.selectOption("#city", "511500");
            page.waitForSelector("#chain-graph[data-region='511500']");
            assertThat(page.locator("#presence-summary").textContent()).startsWith("宜宾市");
            assertThat(page.url()).contains("region=511500");
            assertSegmentsColouredConsistently(page);
            assertThat(page.locator("#segments tbody tr[data-node='cell']").getAttribute("data-status")).isEqualTo("PRESENT");
            assertThat(page.locator("#presence-rule").textContent()).contains("2018");
            page.locator(".segment-link[data-node='cell']").click();
            page.waitForSelector("#evidence-body[data-node='cell']");
            assertThat(page.locator("#evidence-producers").textContent()).contains("宁德时代");
            // the producers say why they are filed there, under their names
            assertThat(page.locator("#evidence-producers li .evidence-why").first().textContent()).isNotBlank();
            screenshot(page, "chain-map-yibin");
        }
    }

    /**
     * A demo project (invented, titled （演示）) is no evidence: the evidence panel does not list it, it says how many the
     * opportunity list holds there and links to that list, where they are labelled (one still on the list: open or in
     * negotiation; a signed one is on no list, and which demo project comes first follows the zones' segments).
     */
    @Test
    void evidenceCountsDemoProjectsWithoutListingThem() {
        Map<String, Object> demo = jdbc.queryForMap("""
                select p.region_code, c.code chain, n.code node from opportunity o join park p on p.id = o.park_id
                join chain_node n on n.id = o.node_id join chain c on c.id = n.chain_id
                where o.demo and o.status in ('OPEN', 'NEGOTIATING') and o.deleted_at is null
                order by o.id fetch first 1 rows only""");
        String chain = (String) demo.get("chain");
        String region = (String) demo.get("region_code");
        String node = (String) demo.get("node");
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000))) {
            page.navigate(url("/chains/" + chain + "?region=" + region));
            page.waitForSelector("#chain-graph[data-region='" + region + "']");
            page.locator(".segment-link[data-node='" + node + "']").click();
            page.waitForSelector("#evidence-body[data-node='" + node + "']");
            String projects = page.locator("#evidence-opportunities").textContent();
            assertThat(projects).doesNotContain("（演示）").contains("演示项目（虚构，不作证据）");
            assertThat(page.locator("#evidence-opportunities .evidence-demo a").getAttribute("href"))
                    .isEqualTo("/chains/" + chain + "/opportunities?region=" + region);
        }
    }

    @Test
    void englishSwitchAndRegionPage() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/regions/510000"));
            assertThat(page.locator("#region-title").textContent()).isEqualTo("四川省");
            page.click("#lang-switch");
            page.waitForLoadState();
            assertThat(page.locator("#region-title").textContent()).isEqualTo("Sichuan");
            assertThat(page.locator("#zones tbody tr").count()).isGreaterThanOrEqualTo(10);
            page.waitForFunction("() => document.querySelector('#region-map canvas') !== null");
            screenshot(page, "region-sichuan-en");
            page.navigate(url("/?lang=zh_CN"));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * For every shipped chain, in Chinese and English, on a desktop and on a phone: every segment and lane is
     * labelled and no two label boxes intersect.
     */
    @Test
    @SuppressWarnings("unchecked")
    void labelsNeverOverlapOnAnyChain() {
        List<String> codes = jdbc.queryForList("select code from chain order by code", String.class);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(12);
        for (int[] size : new int[][] {{1400, 1000}, {390, 844}}) {
            for (String lang : List.of("zh", "en")) {
                try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]))) {
                    for (String code : codes) {
                        page.navigate(url("/chains/" + code + "?lang=" + lang));
                        page.waitForSelector("#chain-graph[data-ready='true']");
                        Map<String, Object> check = (Map<String, Object>) page.evaluate("() => {"
                                + " const boxes = [...document.querySelectorAll('#chain-graph svg text')]"
                                + "   .filter(t => t.textContent.trim()).map(t => { const r = t.getBoundingClientRect();"
                                + "     return { text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom }; });"
                                + " const clashes = [];"
                                + " for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                                + "   const a = boxes[i], b = boxes[j];"
                                + "   if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) clashes.push(a.text + ' / ' + b.text); }"
                                + " const nodes = window.chainMap.chart.getOption().series[0].data.filter(d => !d.lane);"
                                + " return { labels: boxes.length, nodes: nodes.length, clashes: clashes }; }");
                        String what = code + " (" + lang + ", " + size[0] + " px)";
                        assertThat((List<String>) check.get("clashes")).as("overlapping labels on " + what).isEmpty();
                        assertThat(((Number) check.get("labels")).intValue()).as("every segment and lane labelled on " + what)
                                .isGreaterThanOrEqualTo(((Number) check.get("nodes")).intValue() + 3);
                        if (code.equals("nev-battery")) {
                            screenshot(page, "chain-lanes-" + lang + "-" + size[0]);
                        }
                    }
                }
            }
        }
    }

    private static String firstNode(Page page) {
        return page.locator("#segments tbody tr").first().getAttribute("data-node");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(Page page, String node) {
        return (Map<String, Object>) page.evaluate("code => window.chainMap.statusOf(code)", node);
    }

    /** Every segment's colour on the graph matches its status in the table, and the statuses vary. */
    @SuppressWarnings("unchecked")
    private static void assertSegmentsColouredConsistently(Page page) {
        Map<String, Object> colours = (Map<String, Object>) page.evaluate("() => window.chainMap.colours");
        List<String> seen = new java.util.ArrayList<>();
        for (var row : page.locator("#segments tbody tr").all()) {
            String node = row.getAttribute("data-node");
            String tableStatus = row.getAttribute("data-status");
            Map<String, Object> graph = status(page, node);
            assertThat(graph.get("status")).as(node).isEqualTo(tableStatus);
            assertThat(graph.get("colour")).as(node).isEqualTo(colours.get(tableStatus));
            assertThat(row.locator(".presence-status").getAttribute("class")).contains("status-" + tableStatus);
            seen.add(tableStatus);
        }
        assertThat(seen).isNotEmpty().doesNotContain("", "NONE");
    }
}
