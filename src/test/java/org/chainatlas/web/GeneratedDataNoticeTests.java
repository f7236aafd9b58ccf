package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chainatlas.atlas.GeneratedDataNotice;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Generated enterprises and parks (bin/generate, for load tests) have names like real ones: while any is stored every
 * page says so, and a region page marks each generated enterprise and park it lists. The real default data has none.
 */
@AtlasTest
class GeneratedDataNoticeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GeneratedDataNotice notice;

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void everyPageSaysSoWhileGeneratedDataIsStoredAndTheRegionPageMarksEachRecord() throws Exception {
        notice.forget();
        assertThat(jdbc.queryForObject("select count(*) from enterprise where demo = true", Long.class))
                .as("the default data holds no generated enterprise").isZero();
        assertThat(page("/", "zh")).doesNotContain("id=\"generated-notice\"");
        assertThat(page("/regions/511500", "zh")).doesNotContain("生成数据");

        // the largest enterprise seated in 宜宾 and one of its zones, marked as generated for the length of this test
        long enterprise = jdbc.queryForObject("select id from enterprise where name_zh = '宜宾五粮液股份有限公司'", Long.class);
        long park = jdbc.queryForObject("select id from park where name_zh = '宜宾临港经济技术开发区'", Long.class);
        try {
            jdbc.update("update enterprise set demo = true where id = ?", enterprise);
            jdbc.update("update park set demo = true where id = ?", park);
            assertThat(page("/", "zh")).as("the answer is kept for a minute").doesNotContain("id=\"generated-notice\"");
            notice.forget();
            for (String path : new String[] {"/", "/chains", "/parks", "/enterprises"}) {
                assertThat(page(path, "zh")).as(path).contains("id=\"generated-notice\"").contains("仅供负载测试");
            }
            assertThat(page("/", "en")).contains("made by bin/generate for load tests");
            String region = page("/regions/511500", "zh");
            assertThat(region.replaceAll("\\s+", " "))
                    .containsPattern("宜宾五粮液股份有限公司</a> <span class=\"badge text-bg-danger\">生成数据</span>")
                    .containsPattern("宜宾临港经济技术开发区</a> <span class=\"badge text-bg-danger\">生成数据</span>");
            jdbc.update("update enterprise set demo = false where id = ?", enterprise);
            notice.forget();
            assertThat(page("/", "zh")).as("a generated park alone is enough").contains("id=\"generated-notice\"");
        } finally {
            jdbc.update("update enterprise set demo = false where id = ?", enterprise);
            jdbc.update("update park set demo = false where id = ?", park);
            notice.forget();
        }
        assertThat(page("/", "zh")).doesNotContain("id=\"generated-notice\"");
    }
}
