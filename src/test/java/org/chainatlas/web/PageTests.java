package org.chainatlas.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AtlasTest
class PageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    void homePageIsChineseByDefault() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("产业转移对接平台")))
                .andExpect(content().string(containsString("开发区（2018 年目录及登记园区）")))
                .andExpect(content().string(containsString("新能源汽车")));
        // the zone count is that of the park list: removed parks are not counted
        long removed = jdbc.queryForObject("select max(id) from park where deleted_at is null", Long.class);
        jdbc.update("update park set deleted_at = current_timestamp where id = ?", removed);
        try {
            long shown = jdbc.queryForObject("select count(*) from park where deleted_at is null", Long.class);
            mvc.perform(get("/")).andExpect(content().string(containsString("<div class=\"ca-stat\">" + shown + "</div>")));
        } finally {
            jdbc.update("update park set deleted_at = null where id = ?", removed);
        }
    }

    @Test
    void englishIsOneClickAwayAndRemembered() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zones (2018 catalogue and registered parks)")))
                .andExpect(cookie().value("chainatlas-lang", "en"));
        mvc.perform(get("/chains").cookie(new jakarta.servlet.http.Cookie("chainatlas-lang", "en")))
                .andExpect(content().string(containsString("Chain atlas (one map per chain)")));
    }

    /** Links to web jars carry the jar's version (the resource chain rewrote them), and the versioned file is served. */
    @Test
    void webJarLinksAreVersionedAndServed() throws Exception {
        String page = mvc.perform(get("/chains/nev-battery").param("region", "511500")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("src=\"(/webjars/echarts/([^/\"]+)/[^\"]+)\"")
                .matcher(page);
        assertThat(link.find()).as("a versioned echarts link in the chain map page").isTrue();
        assertThat(link.group(2)).matches("\\d+\\.\\d+\\.\\d+.*");
        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        assertThat(page).contains("href=\"/chains/nev-battery").doesNotContain("/webjars/echarts/echarts.min.js");
        // sources in plain words, not the team's working names for them
        assertThat(page).doesNotContain("种子报道", "种子文章", "编辑判断");
        // a page whose links were not rewritten (an error page rendered outside the filter) still gets the file
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void unsupportedLanguageFallsBackToChinese() throws Exception {
        mvc.perform(get("/").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("产业转移对接平台")));
    }

    @Test
    void chainListAndMapRender() throws Exception {
        mvc.perform(get("/chains")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/chains/nev-battery")));
        mvc.perform(get("/chains/nev-battery").param("region", "511500")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-graph\"")))
                .andExpect(content().string(containsString("宜宾市")))
                .andExpect(content().string(containsString("四川省经济和信息化厅")));

        // opened without a region, a locality bureau sees its own city; anyone else, and a region chosen empty, none
        mvc.perform(get("/chains/nev-battery").with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality")))
                .andExpect(content().string(containsString("name=\"region\" id=\"region\" value=\"511500\"")));
        mvc.perform(get("/chains/nev-battery").param("region", "").with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality")))
                .andExpect(content().string(containsString("name=\"region\" id=\"region\" value=\"\"")));
        mvc.perform(get("/chains/nev-battery")).andExpect(content().string(containsString("name=\"region\" id=\"region\" value=\"\"")));
    }

    @Test
    void regionPageShowsZonesClustersAndChains() throws Exception {
        mvc.perform(get("/regions/510000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("成都高新技术产业开发区")))
                .andExpect(content().string(containsString("/chains/nev-battery?region=510000")));
        mvc.perform(get("/regions/511500")).andExpect(status().isOk())
                .andExpect(content().string(containsString("宜宾市")))
                // the catalogue's provincial zones too, not only the national one
                .andExpect(content().string(containsString("宜宾临港经济技术开发区")))
                .andExpect(content().string(containsString("四川宜宾南溪经济开发区")))
                // seated here, largest first; and CATL, seated in 宁德, with its base in 宜宾
                .andExpect(content().string(containsString("宜宾五粮液股份有限公司")))
                .andExpect(content().string(containsString("宁德时代新能源科技股份有限公司")));
        mvc.perform(get("/regions")).andExpect(status().isOk());
        // the region page's links keep the city in the lists' filter
        mvc.perform(get("/enterprises").param("province", "511500")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"511500\" selected>宜宾市</option>")))
                .andExpect(content().string(containsString("宜宾五粮液股份有限公司")));
        // the city named in a search, on both search pages: CATL by its plant there, which the hit names
        mvc.perform(get("/enterprises").param("q", "宜宾 动力电池")).andExpect(status().isOk())
                .andExpect(content().string(containsString("宁德时代新能源科技股份有限公司")))
                .andExpect(content().string(containsString("生产基地：宜宾市")));
        mvc.perform(get("/search").param("q", "宜宾 动力电池")).andExpect(status().isOk())
                .andExpect(content().string(containsString("宁德时代新能源科技股份有限公司")))
                .andExpect(content().string(containsString("生产基地：宜宾市")));
        mvc.perform(get("/parks").param("province", "511500")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"511500\" selected>宜宾市</option>")));
    }

    @Test
    void referenceListsAreBrowsable() throws Exception {
        mvc.perform(get("/zones").param("province", "230000").param("kind", "HTZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("哈尔滨高新技术产业开发区")))
                .andExpect(content().string(not(containsString("哈尔滨经济技术开发区"))))
                .andExpect(content().string(containsString("<td>国家级高新技术产业开发区</td>")))
                .andExpect(content().string(not(containsString("<td>HTZ</td>"))));
        mvc.perform(get("/zones").param("province", "230000").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Heilongjiang</td>")))
                .andExpect(content().string(not(containsString("<td>黑龙江省</td>"))));
        mvc.perform(get("/clusters")).andExpect(status().isOk()).andExpect(content().string(containsString("集群")));
        mvc.perform(get("/chain-systems")).andExpect(status().isOk()).andExpect(content().string(containsString("33618")))
                .andExpect(content().string(containsString("<td>产业</td>"))).andExpect(content().string(not(containsString("<td>industry</td>"))));
        mvc.perform(get("/chain-systems").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Sichuan</a>"))).andExpect(content().string(not(containsString(">四川省</a>"))));
        mvc.perform(get("/clusters").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Jiangsu</td>")));
    }

    /** A cluster listed for whole provinces is said to be its province's on a city page, not the city's own. */
    @Test
    void aCityPageSaysWhichClustersItsListNamesAndWhichItsProvinces() throws Exception {
        String xian = mvc.perform(get("/regions/610100").param("lang", "zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String entry = xian.substring(xian.indexOf("榆鄂宁现代煤化工集群"));
        assertThat(entry.substring(0, entry.indexOf("</li>"))).contains("名单列全省，未列本市");
        String wuxi = mvc.perform(get("/regions/320200").param("lang", "zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String own = wuxi.substring(wuxi.indexOf("无锡市物联网集群"));
        assertThat(own.substring(0, own.indexOf("</li>"))).doesNotContain("名单列全省");
    }

    @Test
    void unknownChainOrRegionGivesANotFoundPage() throws Exception {
        mvc.perform(get("/chains/nope")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到")));
        mvc.perform(get("/regions/999999")).andExpect(status().isNotFound());
    }

    /** A catalogue zone's type is said in English on English pages (it stayed 经济技术开发区). */
    /**
     * English pages name an event and its sessions in English where the organiser gave the names, and list with English
     * separators (Chinese 、 and ： stood between English names).
     */
    @Test
    void englishPagesUseEnglishNamesAndSeparators() throws Exception {
        java.util.Map<String, Object> event = jdbc.queryForList("select id, name_zh, name_en from match_event where name_en is not null "
                + "order by id").getFirst();
        String list = mvc.perform(get("/events").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains((String) event.get("name_en")).doesNotContain(">" + event.get("name_zh") + "<");
        String detail = mvc.perform(get("/events/" + event.get("id")).param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(detail).contains("id=\"event-name\">" + event.get("name_en") + "<");
        String chinese = mvc.perform(get("/events/" + event.get("id")).param("lang", "zh")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(chinese).contains("id=\"event-name\">" + event.get("name_zh") + "<");
        String chain = mvc.perform(get("/chains/nev-battery").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(chain).doesNotContain(">、<").doesNotContain("、</span>");
        assertThat(detail).doesNotContain("：<").doesNotContain("；");
        String zones = mvc.perform(get("/zones").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(zones).doesNotContain(">北京市<");
    }

    @Test
    void aZonesTypeIsSaidInTheReadersLanguage() throws Exception {
        long zone = jdbc.queryForObject("select min(id) from park where zone_type_zh = '经济技术开发区'", Long.class);
        assertThat(mvc.perform(get("/parks/" + zone).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Economic and technological development zone")
                .as("and its source").contains("China Development Zone Catalogue (2018 edition)").doesNotContain("中国开发区审核公告目录");
        assertThat(mvc.perform(get("/parks/" + zone).param("lang", "zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("经济技术开发区");
    }

    /** The location check's note and a never-verified zone are said in the reader's language ("Verified – not verified"). */
    @Test
    void aZonesLocationNoteAndVerificationAreSaidInTheReadersLanguage() throws Exception {
        long zone = jdbc.queryForObject("select id from park where catalogue_code = 'G111001' and last_verified_at is null", Long.class);
        String english = mvc.perform(get("/parks/" + zone).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("location approximate (geocoded to an area only)").doesNotContain("(city centre)");
        assertThat(english).contains("catalogue point inside Beijing, but how precisely it was geocoded is not known", "not yet verified by its locality")
                .doesNotContain("地理编码精度", "Verified –");
        String chinese = mvc.perform(get("/parks/" + zone).param("lang", "zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(chinese).contains("目录坐标，位于北京市境内，但其地理编码精度未知", "所在地尚未核实").doesNotContain("核实于 –");
    }

    /** Each flag names its file with its row: rows of two files were shown as one number (5492 both 000018.SZ and 873233.BJ). */
    @Test
    void theDataQualityPageNamesTheFileOfEachRow() throws Exception {
        String page = mvc.perform(get("/data-quality").param("lang", "zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("文件 · 行", "listed_company_profiles.csv · ", "development_zones_2018.csv · ")
                .doesNotContain("data/real/listed_company_profiles.csv · ");
    }

    @Test
    void loginPageHasCsrfProtection() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("演示")));
    }

    @Test
    void theEnterpriseListShowsSegmentsWithoutASearch() throws Exception {
        String html = mvc.perform(get("/enterprises").param("chain", "nev-battery")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String table = html.substring(html.indexOf("id=\"enterprises\""));
        // which companies fill page 1 depends on the order of equal scores; what must hold is that each row names its
        // segments, and that the chain's own segments are among them
        java.util.List<String> segmentNames = jdbc.queryForList("select n.name_zh from chain_node n join chain c on c.id = n.chain_id"
                + " where c.code = 'nev-battery'", String.class);
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"small text-muted\">([^<]*)</td>").matcher(table);
        int rows = 0;
        boolean chainSegment = false;
        while (cells.find()) {
            rows++;
            String cell = cells.group(1);
            assertThat(cell).as("segment names in the segments column when nothing is searched").isNotBlank();
            chainSegment |= segmentNames.stream().anyMatch(cell::contains);
        }
        assertThat(rows).isPositive();
        assertThat(chainSegment).as("a segment of the chain filtered by").isTrue();
    }
}
