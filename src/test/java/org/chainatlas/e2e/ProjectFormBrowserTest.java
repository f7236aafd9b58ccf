package org.chainatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * Entering a project without knowing internal numbers: the organiser finds the enterprise by its name and picks the park
 * among the host city's parks; the numbers the form stores are filled in, and the project page names both.
 */
class ProjectFormBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrganiserFindsTheEnterpriseByNameAndPicksTheParkOfTheHostCity() {
        long wuliangye = jdbc.queryForObject("select id from enterprise where name_zh = '宜宾五粮液股份有限公司'", Long.class);
        long park = jdbc.queryForObject("select id from park where name_zh = '宜宾临港经济技术开发区'", Long.class);
        try (Page page = newPage()) {
            signIn(page, "sichuan-organiser", DEMO_PASSWORD);
            page.navigate(url("/projects/new"));
            page.fill("#nameZh", "浏览器测试白酒包装配套项目");
            page.fill("#enterprise-find", "五粮液");
            page.waitForFunction("() => document.querySelectorAll('#enterprise-options option').length > 0");
            String option = (String) page.evalOnSelector("#enterprise-options option", "o => o.value");
            assertThat(option).startsWith("宜宾五粮液股份有限公司（511500 · #" + wuliangye);
            page.fill("#enterprise-find", option);
            page.waitForFunction("() => document.getElementById('enterprise-chosen').textContent.length > 0");
            assertThat(page.inputValue("#enterpriseId")).isEqualTo(String.valueOf(wuliangye));
            assertThat(page.locator("#enterprise-chosen").textContent()).isEqualTo("宜宾五粮液股份有限公司");

            page.selectOption("#hostRegionCode", "511500");
            page.waitForFunction("() => document.querySelectorAll('#park-pick option').length > 1");
            page.selectOption("#park-pick", String.valueOf(park));
            assertThat(page.inputValue("#parkId")).isEqualTo(String.valueOf(park));
            // another city empties the choice: a park must lie in the host region
            page.selectOption("#hostRegionCode", "510100");
            page.waitForFunction("() => [...document.querySelectorAll('#park-pick option')].some(o => o.text.includes('成都'))");
            assertThat(page.inputValue("#parkId")).isEmpty();
            page.selectOption("#hostRegionCode", "511500");
            page.waitForFunction("() => [...document.querySelectorAll('#park-pick option')].some(o => o.text === '宜宾临港经济技术开发区')");
            page.selectOption("#park-pick", String.valueOf(park));

            page.selectOption("#chainCode", "nev-battery");
            page.fill("#contractedAmountWan", "1200");
            page.click("#save");
            page.waitForSelector("#project-name");
            assertThat(page.locator("#project-name").textContent()).isEqualTo("浏览器测试白酒包装配套项目");
            assertThat(page.locator("main").textContent()).contains("宜宾五粮液股份有限公司").contains("宜宾临港经济技术开发区");
            screenshot(page, "project-form-pickers");
        }
    }
}
