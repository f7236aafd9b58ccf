package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * Matching in a real browser: site recommendation whose every score is explained and whose ranking follows the
 * weights the user sets; the chain-gap page with its coloured graph and target lists; suppliers for a need.
 */
class MatchingBrowserTest extends BrowserTest {

    private static List<String> ranking(Page page) {
        List<String> parks = new ArrayList<>();
        for (Locator row : page.locator("#sites > tbody > tr").all()) {
            parks.add(row.getAttribute("data-park"));
        }
        return parks;
    }

    @Test
    void inEnglishTheSegmentAndTheExplanationsAreInEnglish() {
        try (Page page = newPage()) {
            page.navigate(url("/match/sites?lang=en"));
            page.selectOption("#node", new SelectOption().setLabel("Power battery cells"));
            page.selectOption("#provinces", new String[] {"510000"});
            page.click("#rank");
            page.waitForSelector("#site-map[data-ready='true']");
            assertThat(page.locator("#site-summary").textContent()).contains("Power battery cells").doesNotContain("动力电池电芯");
            assertThat(page.locator("#sites tr.factor[data-factor='suppliers']").first().textContent()).contains("upstream within")
                    .doesNotContain("家");
            assertThat(page.locator("#sites tr.factor[data-factor='policy']").first().textContent()).doesNotContainPattern("[\\u4e00-\\u9fa5]");
            screenshot(page, "site-recommendation-en");
        }
    }

    @Test
    void siteRecommendationExplainsEveryScoreAndFollowsTheWeights() {
        try (Page page = newPage()) {
            page.navigate(url("/match/sites"));
            page.selectOption("#node", new SelectOption().setLabel("动力电池电芯"));
            page.selectOption("#provinces", new String[] {"510000", "500000"});
            page.click("#rank");
            page.waitForSelector("#site-map[data-ready='true']");
            List<String> byDefault = ranking(page);
            assertThat(byDefault).isNotEmpty();
            for (Locator row : page.locator("#sites > tbody > tr").all()) {
                double score = Double.parseDouble(row.getAttribute("data-score"));
                double sum = 0;
                for (Locator c : row.locator("td.contribution").all()) {
                    sum += Double.parseDouble(c.textContent());
                }
                assertThat(sum).isCloseTo(score, org.assertj.core.data.Offset.offset(0.011));
            }
            screenshot(page, "site-recommendation-default");

            for (org.chainatlas.matching.SiteFactor f : org.chainatlas.matching.SiteFactor.values()) {
                page.locator("#w-" + f.key()).fill(f == org.chainatlas.matching.SiteFactor.LABOUR ? "100" : "0");
            }
            assertThat(page.locator("#w-labour-out").textContent()).isEqualTo("100");
            page.click("#rank");
            page.waitForSelector("#site-map[data-ready='true']");
            List<String> byLabour = ranking(page);
            assertThat(byLabour).isNotEqualTo(byDefault);
            assertThat(Double.parseDouble(page.locator("#sites > tbody > tr").first().locator("tr.factor[data-factor='labour'] td.contribution")
                    .textContent())).isEqualTo(Double.parseDouble(page.locator("#sites > tbody > tr").first().getAttribute("data-score")));
            screenshot(page, "site-recommendation-labour-only");
        }
    }

    @Test
    void theGapPageColoursTheChainAndListsTargets() {
        try (Page page = newPage()) {
            page.navigate(url("/chains/nev-battery?region=511500"));
            page.click("#gap-link");
            page.waitForSelector("#gap-graph[data-ready='true']");
            assertThat(page.locator("#gap-graph canvas").count()).isPositive();
            assertThat(page.locator("#gap-segments tbody tr").count()).isGreaterThanOrEqualTo(15);
            Locator gapRow = page.locator("#gap-segments tbody tr[data-gap='MISSING'], #gap-segments tbody tr[data-gap='WEAK'],"
                    + " #gap-segments tbody tr[data-gap='EXTEND']").first();
            gapRow.locator("summary").click();
            assertThat(gapRow.locator("table.targets tr").count()).isPositive();
            assertThat(page.locator("#gap-export").getAttribute("href")).contains("/match/gaps.xlsx");
            screenshot(page, "chain-gaps-yibin");
        }
    }

    @Test
    void anEnterpriseFindsSuppliersForItsNeed() {
        try (Page page = newPage()) {
            signIn(page, "catl-enterprise", DEMO_PASSWORD);
            page.navigate(url("/account"));
            page.click("text=我的企业");
            page.click("#add-need");
            page.selectOption("#kind", "SUPPLIERS");
            page.selectOption("#nodeId", new SelectOption().setLabel("隔膜"));
            page.fill("#volumeWan", "20000");
            page.click("text=保存");
            page.waitForSelector("#need-table");
            page.locator("#need-table a", new Page.LocatorOptions().setHasText("匹配供需")).last().click();
            page.waitForSelector("#partner-map[data-ready='true']");
            page.fill("#radiusKm", "800");
            page.click("text=筛选");
            page.waitForSelector("#partners");
            assertThat(page.locator("#partners tbody tr").count()).isPositive();
            assertThat(page.locator("#partners tbody tr").first().textContent()).contains("生产 隔膜");
            assertThat(page.locator("#partners .request-meeting").count()).isPositive();
            screenshot(page, "partners-for-need");
        }
    }
}
