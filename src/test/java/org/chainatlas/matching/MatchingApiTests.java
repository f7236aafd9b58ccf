package org.chainatlas.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainatlas.enterprise.Uscc;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matching API: explained scores that add up, weights that change the ranking, gaps, partners, bad requests. */
@AtlasTest
@Tag("db")
class MatchingApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private final JsonMapper json = JsonMapper.builder().build();

    private long node(String chain, String code) {
        return jdbc.queryForObject("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = ? and n.code = ?",
                Long.class, chain, code);
    }

    private JsonNode get200(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode factor(JsonNode site, String name) {
        for (JsonNode f : site.get("factors")) {
            if (f.get("factor").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no factor " + name + " in " + site);
    }

    private static List<Long> order(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("sites").forEach(s -> ids.add(s.get("parkId").asLong()));
        return ids;
    }

    @Test
    void everyScoreIsExplainedByContributionsThatAddUp() throws Exception {
        JsonNode result = get200(get("/api/v1/match/sites").param("node", String.valueOf(node("nev-battery", "cell")))
                .param("provinces", "510000").param("limit", "30"));
        assertThat(result.get("sites").size()).isPositive();
        double previous = Double.MAX_VALUE;
        for (JsonNode site : result.get("sites")) {
            double sum = 0;
            for (JsonNode f : site.get("factors")) {
                sum += f.get("contribution").asDouble();
                assertThat(f.get("value").asDouble()).isBetween(0.0, 1.0);
                assertThat(f.get("detail").asString()).isNotBlank();
            }
            assertThat(site.get("factors")).hasSize(SiteFactor.values().length);
            assertThat(site.has("exactLocation")).isTrue();
            assertThat(sum).isCloseTo(site.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.011));
            assertThat(site.get("regionCode").asString()).startsWith("51");
            assertThat(site.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = site.get("score").asDouble();
        }
        assertThat(result.get("sources").size()).as("the data the factors rest on is named").isPositive();
        assertThat(result.get("sources").toString()).contains("2018");
    }

    /** A cluster factor names its cluster and the batch it was listed in (成都's software cluster, 2022), not only "a cluster". */
    @Test
    void theClusterFactorNamesTheCluster() throws Exception {
        JsonNode result = get200(get("/api/v1/match/sites").param("node", String.valueOf(node("software-info", "os")))
                .param("provinces", "510000").param("limit", "50"));
        int named = 0;
        for (JsonNode site : result.get("sites")) {
            if (factor(site, "programme").get("value").asDouble() > 0) {
                assertThat(factor(site, "programme").get("detail").asString()).containsPattern("集群：.+集群（20\\d\\d）");
                named++;
            }
        }
        assertThat(named).as("sites in 成都 or Sichuan with the software cluster").isPositive();
    }

    @Test
    void explanationsFollowTheLanguageAndTheRankingDoesNot() throws Exception {
        String cell = String.valueOf(node("nev-battery", "cell"));
        JsonNode zh = get200(get("/api/v1/match/sites").param("node", cell).param("provinces", "510000"));
        JsonNode en = get200(get("/api/v1/match/sites").param("node", cell).param("provinces", "510000").param("lang", "en"));
        assertThat(factor(zh.get("sites").get(0), "suppliers").get("detail").asString()).startsWith("半径 ");
        JsonNode first = en.get("sites").get(0);
        assertThat(factor(first, "suppliers").get("detail").asString()).startsWith("upstream within ");
        for (JsonNode f : first.get("factors")) {
            // data quoted from the sources (a zone's leading industries) stays Chinese; the words around it do not
            assertThat(f.get("detail").asString().replaceAll("“[^”]*”", "")).as(f.get("factor").asString())
                    .doesNotContainPattern("[\\u4e00-\\u9fa5]{2}");
        }
        assertThat(en.get("sites").findValuesAsString("parkId")).isEqualTo(zh.get("sites").findValuesAsString("parkId"));
    }

    @Test
    void changingTheWeightsChangesTheRanking() throws Exception {
        String cell = String.valueOf(node("nev-battery", "cell"));
        JsonNode byDefault = get200(get("/api/v1/match/sites").param("node", cell).param("provinces", "510000", "500000", "420000"));
        var request = get("/api/v1/match/sites").param("node", cell).param("provinces", "510000", "500000", "420000");
        for (SiteFactor f : SiteFactor.values()) {
            request.param("w_" + f.key(), f == SiteFactor.LABOUR ? "100" : "0");
        }
        JsonNode byLabour = get200(request);
        assertThat(order(byLabour)).isNotEqualTo(order(byDefault));
        JsonNode top = byLabour.get("sites").get(0);
        for (JsonNode f : top.get("factors")) {
            if (!f.get("factor").asString().equals("labour")) {
                assertThat(f.get("contribution").asDouble()).isZero();
            }
        }
        assertThat(top.get("score").asDouble()).isEqualTo(factor(top, "labour").get("value").asDouble() * 100,
                org.assertj.core.data.Offset.offset(0.011));
        assertThat(byLabour.get("weights").get("labour").asDouble()).isEqualTo(100.0);
    }

    @Test
    void badRequestsNameTheirFields() throws Exception {
        String cell = String.valueOf(node("nev-battery", "cell"));
        mvc.perform(get("/api/v1/match/sites").param("node", "987654")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nodeId"));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("radiusKm", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("radiusKm"));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("radiusKm", "2500")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("radiusKm"));
        var zero = get("/api/v1/match/sites").param("node", cell);
        for (SiteFactor f : SiteFactor.values()) {
            zero.param("w_" + f.key(), "0");
        }
        mvc.perform(zero).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("weights")));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("w_cost", "-5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("weights.cost")));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("w_cost", "abc"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("weights.cost")));
        mvc.perform(get("/api/v1/match/sites")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nodeId"));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("home", "999999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("homeRegionCode"));
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("provinces", "510100"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("provinces[0]"));
        mvc.perform(get("/api/v1/match/gaps").param("region", "999999").param("chain", "nev-battery"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nope"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("chain"));
    }

    /** A segment the chain map calls 已具备 is never called weak by the gap page: 强链 then says it is below its peers. */
    @Test
    void theGapPageNeverCallsWeakWhatTheSharedRuleCallsPresent() throws Exception {
        // battery cities of the centre, west and east: every row of their pages agrees with the API
        for (String region : List.of("511500", "510100", "340100", "610100", "500000", "420100", "430100", "360900", "350900",
                "320400", "320200", "440300", "320500", "330100", "410100", "520100", "450100", "360100", "340200", "441300",
                "120000", "310000", "110000")) {
            gapRows(region);
        }
        // and a city with a segment present but under half its peers' median (which one follows the data: as wrong producers
        // left the maps, the cities above stopped having one) labels it as such
        String belowPeers = null;
        for (String region : jdbc.queryForList("select code from region where level = 'PREFECTURE' order by code", String.class)) {
            JsonNode analysis = get200(get("/api/v1/match/gaps").param("region", region).param("chain", "nev-battery"));
            for (JsonNode s : analysis.get("segments")) {
                if (s.get("status").asString().equals("PRESENT") && s.get("gap").asString().equals("WEAK")) {
                    belowPeers = region;
                }
            }
            if (belowPeers != null) {
                break;
            }
        }
        assertThat(belowPeers).as("a segment present but under half the peers' median somewhere").isNotNull();
        assertThat(gapRows(belowPeers)).as("labelled as such on " + belowPeers + "'s page").isPositive();
        // in English: lists, counts and contributions in English typography
        String english = mvc.perform(get("/match/gaps").param("region", belowPeers).param("chain", "nev-battery").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).doesNotContain("<span>、</span>", "）</span>", "1 cities").contains("Strengthen (present, below peers)",
                "<span>, </span>");
    }

    /** Checks every row of a region's battery-chain gap page against the API; returns the rows present but below peers. */
    private int gapRows(String region) throws Exception {
        JsonNode analysis = get200(get("/api/v1/match/gaps").param("region", region).param("chain", "nev-battery"));
        String page = mvc.perform(get("/match/gaps").param("region", region).param("chain", "nev-battery").param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int belowPeers = 0;
        for (JsonNode s : analysis.get("segments")) {
            String name = s.get("nodeNameZh").asString();
            int at = page.indexOf(">" + name + "<");
            assertThat(at).as(name).isPositive();
            String row = page.substring(at, page.indexOf("</tr>", at));
            if (s.get("status").asString().equals("PRESENT")) {
                assertThat(row).as(name).doesNotContain("薄弱");
            }
            JsonNode targets = analysis.get("targets").get(s.get("nodeId").asString());
            boolean none = targets == null || targets.isEmpty();
            assertThat(row.contains("class=\"small text-muted no-targets\""))
                    .as("%s: a gap without targets says why", name).isEqualTo(none && !s.get("gap").asString().equals("NONE"));
            if (s.get("status").asString().equals("PRESENT") && s.get("gap").asString().equals("WEAK")) {
                assertThat(row).contains("强链（已具备，低于对标城市）");
                belowPeers++;
            }
        }
        return belowPeers;
    }

    @Test
    void gapAnalysisClassifiesEverySegmentAndTargetsComeFromElsewhere() throws Exception {
        JsonNode analysis = get200(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nev-battery").param("targets", "5"));
        int segments = jdbc.queryForObject("select count(*) from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'",
                Integer.class);
        assertThat(analysis.get("segments")).hasSize(segments);
        assertThat(analysis.get("peerRegions").size()).isBetween(1, 8);
        assertThat(analysis.get("peerRegions").toString()).doesNotContain("511500");
        assertThat(analysis.get("sources").size()).isPositive();
        assertThat(analysis.get("needsShown").asBoolean()).as("anonymous viewers do not see needs").isFalse();
        int gaps = 0;
        for (JsonNode s : analysis.get("segments")) {
            String gap = s.get("gap").asString();
            assertThat(gap).isIn("MISSING", "WEAK", "EXTEND", "NONE");
            if (gap.equals("MISSING") || gap.equals("EXTEND")) {
                assertThat(s.get("evidence").asDouble()).isZero();
                assertThat(s.get("status").asString()).isEqualTo("MISSING");
            }
            if (!gap.equals("NONE")) {
                gaps++;
                for (JsonNode t : analysis.get("targets").get(s.get("nodeId").asString())) {
                    assertThat(t.get("regionCode").asString()).doesNotStartWith("5115");
                    assertThat(t.get("siteRegionCodes").toString()).doesNotContain("\"5115");
                    assertThat(factor(t, "intent").get("detail").asString()).contains("仅对目标省份的组织方可见");
                }
            }
        }
        assertThat(gaps).isPositive();
        // 宁德时代 produces cells in 宜宾: a local firm to serve, never a target for 宜宾 in any segment (it was one for
        // storage systems and recycling)
        long catl = jdbc.queryForObject("select id from enterprise where stock_code = '300750.SZ'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment where enterprise_id = ? and region_code like '5115%'",
                Long.class, catl)).as("宁德时代 works in 宜宾 in the registry").isPositive();
        JsonNode many = get200(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nev-battery").param("targets", "100"));
        java.util.List<Long> targeted = new java.util.ArrayList<>();
        many.get("targets").forEach(list -> list.forEach(t -> targeted.add(t.get("enterpriseId").asLong())));
        assertThat(targeted).isNotEmpty().doesNotContain(catl);
        JsonNode forOrganiser = json.readTree(mvc.perform(get("/api/v1/match/gaps").with(Users.SICHUAN_ORGANISER.auth())
                .param("region", "511500").param("chain", "nev-battery")).andReturn().getResponse().getContentAsString());
        assertThat(forOrganiser.get("needsShown").asBoolean()).isTrue();

        // each gap's list is the best of all candidates, in order, every score explained by contributions that add up
        JsonNode wide = json.readTree(mvc.perform(get("/api/v1/match/gaps").with(Users.SICHUAN_ORGANISER.auth())
                .param("region", "511500").param("chain", "nev-battery").param("targets", "60")).andReturn().getResponse()
                .getContentAsString());
        JsonNode narrow = json.readTree(mvc.perform(get("/api/v1/match/gaps").with(Users.SICHUAN_ORGANISER.auth())
                .param("region", "511500").param("chain", "nev-battery").param("targets", "5")).andReturn().getResponse()
                .getContentAsString());
        int listed = 0;
        for (var entry : wide.get("targets").properties()) {
            JsonNode all = entry.getValue();
            JsonNode first = narrow.get("targets").get(entry.getKey());
            assertThat(first.size()).isEqualTo(Math.min(5, all.size()));
            double previous = Double.MAX_VALUE;
            for (int i = 0; i < all.size(); i++) {
                JsonNode t = all.get(i);
                double sum = 0;
                for (JsonNode f : t.get("factors")) {
                    sum += f.get("contribution").asDouble();
                }
                assertThat(sum).isCloseTo(t.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.011));
                assertThat(t.get("score").asDouble()).isLessThanOrEqualTo(previous);
                previous = t.get("score").asDouble();
                if (i < first.size()) {
                    assertThat(first.get(i).get("enterpriseId").asLong()).isEqualTo(t.get("enterpriseId").asLong());
                }
                listed++;
            }
        }
        assertThat(listed).isGreaterThan(20);
    }

    @Test
    void theChainMapAndTheGapAnalysisShareOneRuleOnRealEvidence() throws Exception {
        JsonNode presence = get200(get("/api/v1/chains/nev-battery/presence").param("region", "511500"));
        JsonNode gaps = get200(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nev-battery"));
        double presentAt = presence.get("presentAt").asDouble();
        assertThat(presentAt).isEqualTo(SegmentPresence.CITY_PRESENT_AT);
        java.util.Map<String, String> statusOf = new java.util.HashMap<>();
        for (JsonNode s : presence.get("segments")) {
            double evidence = s.get("evidence").asDouble();
            assertThat(evidence).isCloseTo(s.get("enterpriseEvidence").asDouble() + s.get("zoneEvidence").asDouble(),
                    org.assertj.core.data.Offset.offset(0.011));
            assertThat(s.get("status").asString()).isEqualTo(SegmentPresence.classify(evidence, presentAt).name());
            statusOf.put(s.get("nodeCode").asString(), s.get("status").asString());
        }
        for (JsonNode s : gaps.get("segments")) {
            assertThat(s.get("status").asString()).as(s.get("nodeCode").asString()).isEqualTo(statusOf.get(s.get("nodeCode").asString()));
        }
        // 宜宾 hosts CATL's cell plant (seed article) and listed companies' bases: cells are present, and the page says the source
        assertThat(statusOf.get("cell")).isEqualTo("PRESENT");
        assertThat(presence.get("sources").toString()).contains("2018");
        JsonNode evidence = get200(get("/api/v1/chains/nev-battery/segments/cell/evidence").param("region", "511500"));
        assertThat(evidence.get("producers").findValuesAsString("nameZh")).contains("宁德时代新能源科技股份有限公司");
        // each real producer says why it is filed there (one entered by a user may say nothing): CATL's 宜宾 plant from the
        // news report that names it
        for (JsonNode p : evidence.get("producers")) {
            if (!p.get("stockCode").isNull()) {
                assertThat(p.get("evidence").asString()).as(p.get("nameZh").asString()).isNotBlank();
            }
        }
        assertThat(evidence.get("producers")).filteredOn(p -> p.get("nameZh").asString().equals("宁德时代新能源科技股份有限公司"))
                .singleElement().satisfies(p -> assertThat(p.get("evidence").asString()).startsWith("报道：")
                        // with what the report says, not only where it appeared
                        .contains("灯塔工厂"));
    }

    /**
     * The evidence behind a segment lists the key projects localities published there, never a demo project (invented for
     * the demo, titled （演示）): it is only counted, for the page to point at the opportunity list that labels it.
     */
    @Test
    void evidenceListsPublishedProjectsAndOnlyCountsDemoOnes() throws Exception {
        JsonNode demo = null;
        for (JsonNode o : get200(get("/api/v1/opportunities").param("region", "510000").param("size", "200")).get("content")) {
            if (o.get("demo").asBoolean()) {
                demo = o;
                break;
            }
        }
        assertThat(demo).as("the default demo publishes demo projects in Sichuan").isNotNull();
        String chain = demo.get("chainCode").asString();
        String region = demo.get("regionCode").asString();
        String nodeCode = jdbc.queryForObject("select code from chain_node where id = ?", String.class, demo.get("nodeId").asLong());
        JsonNode before = get200(get("/api/v1/chains/" + chain + "/segments/" + nodeCode + "/evidence").param("region", region));
        assertThat(before.get("opportunities").findValuesAsString("titleZh")).noneMatch(t -> t.contains("演示"));
        assertThat(before.get("opportunities").findValues("demo")).noneMatch(JsonNode::asBoolean);
        assertThat(before.get("demoOpportunities").asInt()).isPositive();

        String created = mvc.perform(post("/api/v1/opportunities").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("parkId", demo.get("parkId").asLong(),
                                "titleZh", "证据测试发布项目", "nodeId", demo.get("nodeId").asLong(), "cooperationMode", "SOLE_INVESTMENT"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long published = json.readTree(created).get("id").asLong();
        JsonNode after = get200(get("/api/v1/chains/" + chain + "/segments/" + nodeCode + "/evidence").param("region", region));
        assertThat(after.get("opportunities").findValues("id")).extracting(JsonNode::asLong).contains(published);
        assertThat(after.get("demoOpportunities").asInt()).isEqualTo(before.get("demoOpportunities").asInt());
    }

    /**
     * 包头 and 赣州 host the country's two rare-earth clusters; until 2026-12-05 the atlas had no segment for them. Now the
     * chain map of each shows rare earths present, from the listed company seated there and the catalogue zones whose
     * leading industry is 稀土.
     */
    @Test
    void baotouAndGanzhouShowTheirRareEarths() throws Exception {
        for (String[] city : new String[][] {{"150200", "中国北方稀土(集团)高科技股份有限公司", "包头稀土高新技术产业开发区"},
                {"360700", "中国稀土集团资源科技股份有限公司", "赣州高新技术产业开发区"}}) {
            JsonNode presence = get200(get("/api/v1/chains/chemical-new-materials/presence").param("region", city[0]));
            JsonNode rareEarth = null;
            for (JsonNode s : presence.get("segments")) {
                if (s.get("nodeCode").asString().equals("rare-earth")) {
                    rareEarth = s;
                }
            }
            assertThat(rareEarth).as(city[0]).isNotNull();
            assertThat(rareEarth.get("status").asString()).as(city[0]).isEqualTo("PRESENT");
            assertThat(rareEarth.get("zoneEvidence").asDouble()).as(city[0]).isPositive();
            JsonNode evidence = get200(get("/api/v1/chains/chemical-new-materials/segments/rare-earth/evidence").param("region", city[0]));
            assertThat(evidence.get("producers").findValuesAsString("nameZh")).as(city[0]).contains(city[1]);
            assertThat(evidence.toString()).as(city[0]).contains(city[2]);
        }
    }

    /** 京东方's 绵阳 base is named in its introduction without what it makes: the chain map says its panels there are presumed. */
    @Test
    void aProducerPresumedAtABaseSaysSo() throws Exception {
        JsonNode evidence = get200(get("/api/v1/chains/new-display/segments/tft-lcd/evidence").param("region", "510700"));
        assertThat(evidence.get("producers")).filteredOn(p -> p.get("nameZh").asString().startsWith("京东方"))
                .singleElement().satisfies(p -> assertThat(p.get("evidence").asString()).contains("按公司业务推定"));
        var en = new jakarta.servlet.http.Cookie("chainatlas-lang", "en");
        JsonNode english = get200(get("/api/v1/chains/new-display/segments/tft-lcd/evidence").param("region", "510700").cookie(en));
        assertThat(english.get("producers")).filteredOn(p -> p.get("nameZh").asString().startsWith("京东方"))
                .singleElement().satisfies(p -> assertThat(p.get("evidence").asString()).startsWith("Classified from:")
                        .contains("presumed from the company's business").doesNotContain("推定"));
    }

    /** The page's export is what the signed-in reader sees: an organiser's includes the expansion plans it may see. */
    @Test
    void theGapWorkbookIsWhatTheSignedInReaderSees() throws Exception {
        String hidden = "扩产意向仅对目标省份的组织方可见";
        String anonymous = sheetText(mvc.perform(get("/match/gaps.xlsx").param("region", "511500").param("chain", "nev-battery"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(anonymous).contains(hidden);
        String organiser = sheetText(mvc.perform(get("/match/gaps.xlsx").param("region", "511500").param("chain", "nev-battery")
                        .with(org.chainatlas.support.SignedIn.as(userDetails, "sichuan-organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(organiser).doesNotContain(hidden);
        String english = sheetText(mvc.perform(get("/match/gaps.xlsx").param("region", "511500").param("chain", "nev-battery")
                        .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).as("the reader's language throughout").contains("Enterprise|", "Reasons|", "Power battery cells")
                .doesNotContain("企业|")
                .doesNotContain("动力电池电芯");
        assertThat(anonymous).contains("企业|", "依据|", "动力电池电芯");
    }

    private static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|'))));
        }
        return text.toString();
    }

    /** A chain its locality adds to a catalogue zone counts in site recommendation at once, as a registered park's does. */
    @Test
    void aChainAddedToACatalogueZoneByItsLocalityCountsInTheZonesFit() throws Exception {
        long zone = jdbc.queryForObject("select id from park where catalogue_code = 'S517033'", Long.class);
        String cathode = String.valueOf(node("nev-battery", "cathode"));
        JsonNode before = site(zone, cathode);
        assertThat(factor(before, "fit").get("value").asDouble()).as("机械、电子、服装 do not name batteries").isLessThan(0.7);

        JsonNode park = get200(get("/api/v1/parks/" + zone));
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("nameZh", park.get("nameZh").asString());
        form.put("kind", park.get("kind").asString());
        form.put("regionCode", park.get("regionCode").asString());
        java.util.List<String> chains = new java.util.ArrayList<>(park.get("chainCodes").valueStream().map(JsonNode::asString).toList());
        chains.add("nev-battery");
        form.put("chainCodes", chains);
        form.put("version", park.get("version").asLong());
        mvc.perform(put("/api/v1/parks/" + zone).with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());

        JsonNode after = site(zone, cathode);
        assertThat(factor(after, "fit").get("value").asDouble()).isEqualTo(0.7);
        assertThat(factor(after, "fit").get("detail").asString()).contains("园区登记的主导产业链包含本产业链（所在地登记）")
                .doesNotContain("开发区目录");
        // the catalogue's own chains keep their phrase's confidence, however the zone's list was saved
        JsonNode electronics = get200(get("/api/v1/match/sites").param("industry", "电子").param("provinces", "510000").param("limit", "500"));
        for (JsonNode s : electronics.get("sites")) {
            if (s.get("parkId").asLong() == zone) {
                assertThat(factor(s, "fit").get("detail").asString()).doesNotContain("园区登记");
            }
        }
    }

    private JsonNode site(long park, String node) throws Exception {
        JsonNode result = get200(get("/api/v1/match/sites").param("node", node).param("provinces", "510000").param("limit", "500"));
        for (JsonNode s : result.get("sites")) {
            if (s.get("parkId").asLong() == park) {
                return s;
            }
        }
        throw new AssertionError("park " + park + " not among the sites");
    }

    @Test
    void aProductOutsideTheChainsIsMatchedOnTheZonesLeadingIndustries() throws Exception {
        JsonNode result = get200(get("/api/v1/match/sites").param("industry", "食品饮料").param("limit", "10"));
        assertThat(result.get("nodeId").isNull()).isTrue();
        JsonNode top = result.get("sites").get(0);
        assertThat(factor(top, "fit").get("value").asDouble()).isEqualTo(1.0);
        assertThat(factor(top, "fit").get("detail").asString()).contains("食品饮料");
        assertThat(factor(top, "cost").get("detail").asString()).as("never estimated").contains("不计分");
    }

    @Test
    void suppliersForANeedAreWithinTheRadiusAndOnlyItsViewersMayAsk() throws Exception {
        long catl = jdbc.queryForObject("select min(id) from enterprise where name_zh = '宁德时代新能源科技股份有限公司'", Long.class);
        String created = mvc.perform(post("/api/v1/enterprises/" + catl + "/needs").with(Users.CATL.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "SUPPLIERS",
                                "nodeId", node("nev-battery", "cathode"), "volumeCny", 300_000_000L))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long need = json.readTree(created).get("id").asLong();
        JsonNode result = get200(get("/api/v1/match/partners").with(Users.CATL.auth()).param("need", String.valueOf(need))
                .param("radiusKm", "600"));
        assertThat(result.get("partners").size()).isPositive();
        for (JsonNode p : result.get("partners")) {
            assertThat(p.get("distanceKm").asDouble()).isLessThanOrEqualTo(600);
            assertThat(p.get("relation").asString()).startsWith("生产");
            assertThat(p.get("enterpriseId").asLong()).isNotEqualTo(catl);
        }
        // another enterprise's need is not there for BYD (no hint which ids exist)
        mvc.perform(get("/api/v1/match/partners").with(Users.BYD.auth()).param("need", String.valueOf(need)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/match/partners").with(Users.CATL.auth()).param("need", String.valueOf(need)).param("radiusKm", "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("radiusKm"));
    }

    @Test
    void theIndexFollowsChangesWithoutARestart() throws Exception {
        long cathode = node("nev-battery", "cathode");
        double lng = 97.0;
        double lat = 34.5;
        JsonNode before = get200(get("/api/v1/match/sites").param("node", String.valueOf(node("nev-battery", "cell")))
                .param("provinces", "630000").param("radiusKm", "80").param("limit", "500"));
        String body = json.writeValueAsString(Map.of("nameZh", "索引测试正极材料公司", "uscc", Uscc.compose("632700", 44_000_001L).value(),
                "hqRegionCode", "632700", "facilities", List.of(Map.of("regionCode", "632700", "longitude", lng, "latitude", lat)),
                "segments", List.of(Map.of("nodeId", cathode, "regionCode", "632700", "role", "PRODUCES"))));
        mvc.perform(post("/api/v1/enterprises").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        String park = mvc.perform(post("/api/v1/parks").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nameZh", "索引测试园区", "kind", "OTHER", "regionCode", "632700",
                        "longitude", lng + 0.1, "latitude", lat))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long parkId = json.readTree(park).get("id").asLong();
        JsonNode after = get200(get("/api/v1/match/sites").param("node", String.valueOf(node("nev-battery", "cell")))
                .param("provinces", "630000").param("radiusKm", "80").param("limit", "500"));
        assertThat(after.get("candidates").asInt()).isEqualTo(before.get("candidates").asInt() + 1);
        JsonNode site = null;
        for (JsonNode s : after.get("sites")) {
            if (s.get("parkId").asLong() == parkId) {
                site = s;
            }
        }
        assertThat(site).as("the new park is ranked").isNotNull();
        assertThat(factor(site, "suppliers").get("detail").asString()).contains("正极材料 1 家");
        JsonNode presence = get200(get("/api/v1/chains/nev-battery/presence").param("region", "632700"));
        for (JsonNode s : presence.get("segments")) {
            if (s.get("nodeCode").asString().equals("cathode")) {
                assertThat(s.get("enterprises").asInt()).as("an enterprise a locality adds counts at once").isPositive();
            }
        }
        // a park registered with the chain among its leading chains counts among the chain's zones of the place at once
        int zonesBefore = presence.get("chainZones").asInt();
        mvc.perform(post("/api/v1/parks").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "索引测试电池园区", "kind", "OTHER", "regionCode", "632700",
                                "longitude", lng + 0.2, "latitude", lat, "chainCodes", List.of("nev-battery")))))
                .andExpect(status().isCreated());
        assertThat(get200(get("/api/v1/chains/nev-battery/presence").param("region", "632700")).get("chainZones").asInt())
                .isEqualTo(zonesBefore + 1);
    }

    @Test
    void theSitePageListsAtMostThreeParksOfACityUnlessAskedForAll() throws Exception {
        String cell = String.valueOf(node("nev-battery", "cell"));
        java.util.function.Function<String, List<String>> regionsOf = html -> {
            List<String> regions = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"site-region\" href=\"/regions/(\\d{6})\"").matcher(
                    html.substring(html.indexOf("id=\"sites\"")));
            while (m.find()) {
                regions.add(m.group(1));
            }
            return regions;
        };
        String spread = mvc.perform(get("/match/sites").param("node", cell)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> spreadRegions = regionsOf.apply(spread);
        assertThat(spreadRegions).hasSize(30);
        assertThat(spreadRegions.stream().collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.stream.Collectors.counting())))
                .allSatisfy((region, n) -> assertThat(n).as(region).isLessThanOrEqualTo(3));
        assertThat(spread).contains("id=\"per-city-note\"");

        String all = mvc.perform(get("/match/sites").param("node", cell).param("perCity", "0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> allRegions = regionsOf.apply(all);
        assertThat(allRegions).hasSize(30);
        assertThat(allRegions.stream().filter("500000"::equals).count()).as("重庆's zones fill the uncapped list").isGreaterThan(3);
        assertThat(all).doesNotContain("id=\"per-city-note\"");
    }

    @Test
    void theApiSpreadsSitesOverCitiesWhenAskedKeepingTheirRanks() throws Exception {
        String cell = String.valueOf(node("nev-battery", "cell"));
        JsonNode spread = get200(get("/api/v1/match/sites").param("node", cell).param("limit", "15").param("perCity", "2"));
        assertThat(spread.get("sites")).hasSize(15);
        java.util.Map<String, Integer> perCity = new java.util.HashMap<>();
        int lastRank = 0;
        for (JsonNode site : spread.get("sites")) {
            assertThat(perCity.merge(site.get("regionCode").asString(), 1, Integer::sum)).isLessThanOrEqualTo(2);
            assertThat(site.get("rank").asInt()).isGreaterThan(lastRank);
            lastRank = site.get("rank").asInt();
        }
        assertThat(lastRank).as("ranks of the parks left out are skipped").isGreaterThan(15);
        JsonNode plain = get200(get("/api/v1/match/sites").param("node", cell).param("limit", "15"));
        assertThat(plain.get("sites").get(14).get("rank").asInt()).isEqualTo(15);
        mvc.perform(get("/api/v1/match/sites").param("node", cell).param("perCity", "-1")).andExpect(status().isBadRequest());
    }

    /** Where the figures come from, in the reader's language: the chain map's presence and evidence, and the site page. */
    @Test
    void sourcesAreSaidInTheReadersLanguage() throws Exception {
        var en = new jakarta.servlet.http.Cookie("chainatlas-lang", "en");
        JsonNode zh = get200(get("/api/v1/chains/nev-battery/presence").param("region", "511500"));
        assertThat(zh.get("sources").toString()).contains("中国开发区审核公告目录");
        JsonNode english = get200(get("/api/v1/chains/nev-battery/presence").param("region", "511500").cookie(en));
        assertThat(english.get("sources").toString()).contains("China Development Zone Audit Catalogue").doesNotContain("开发区：");
        JsonNode evidence = get200(get("/api/v1/chains/nev-battery/segments/cell/evidence").param("region", "511500").cookie(en));
        assertThat(evidence.get("sources").toString()).contains("listed companies").doesNotContain("上市公司公开信息");
        String page = mvc.perform(get("/match/sites").param("node", String.valueOf(zh.get("segments").get(0).get("nodeId").asLong()))
                .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("China Development Zone Audit Catalogue").doesNotContain("开发区：中国开发区审核公告目录");
    }

    /** A company delisted years ago (成都华泽钴镍, 000693, 2019) is no target to court; the list keeps its length with others. */
    @Test
    void delistedCompaniesAreNoGapTargets() throws Exception {
        JsonNode analysis = get200(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nev-battery").param("targets", "10"));
        List<Long> ids = new java.util.ArrayList<>();
        analysis.get("targets").properties().forEach(e -> e.getValue().forEach(t -> ids.add(t.get("enterpriseId").asLong())));
        assertThat(ids).isNotEmpty();
        for (long id : ids) {
            assertThat(jdbc.queryForObject("select coalesce(listing_status, 'L') from enterprise where id = ?", String.class, id))
                    .as("target " + id).isNotEqualTo("D");
        }
        assertThat(jdbc.queryForObject("select count(*) from enterprise where stock_code = '000693.SZ' and listing_status = 'D'", Long.class))
                .as("华泽 is in the data, delisted").isEqualTo(1);
        analysis.get("targets").properties().forEach(e -> assertThat(e.getValue().size()).isLessThanOrEqualTo(10));
    }
    /**
     * A delisted company's page says that it counts nowhere (fact check 37: 承德新新钒钛's page showed its vanadium in 承德,
     * the chain map of 承德 none, and nothing said why); a listed one's page says nothing of it.
     */
    @Test
    void aDelistedCompanysPageSaysItCountsNowhere() throws Exception {
        long delisted = jdbc.queryForObject("select id from enterprise where stock_code = '000693.SZ'", Long.class);
        String page = mvc.perform(get("/enterprises/{id}", delisted)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"delisted-note\"", "不计入各地链图");
        long listed = jdbc.queryForObject("select id from enterprise where stock_code = '300750.SZ'", Long.class);
        assertThat(mvc.perform(get("/enterprises/{id}", listed)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain("delisted-note");
    }

    /**
     * Nor is a delisted company evidence that a city has a segment (保力新, delisted in 2024, made 西安 look present in
     * cells): the segment's producers there are the companies still listed, and its count says so.
     */
    @Test
    void delistedCompaniesAreNoEvidenceOfPresence() throws Exception {
        Map<String, Object> row = jdbc.queryForList("""
                select s.region_code, n.code as node, c.code as chain from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id join chain c on c.id = n.chain_id
                where e.listing_status = 'D' and s.role = 'PRODUCES' and e.deleted_at is null and length(s.region_code) = 6
                  and s.region_code not like '%0000' order by s.confidence desc, e.id""").getFirst();
        String region = (String) row.get("region_code");
        JsonNode evidence = get200(get("/api/v1/chains/" + row.get("chain") + "/segments/" + row.get("node") + "/evidence")
                .param("region", region));
        List<Long> shown = new java.util.ArrayList<>();
        evidence.get("producers").forEach(p -> shown.add(p.get("enterpriseId").asLong()));
        for (long id : shown) {
            assertThat(jdbc.queryForObject("select coalesce(listing_status, 'L') from enterprise where id = ?", String.class, id))
                    .as("producer " + id + " in " + region).isNotEqualTo("D");
        }
        long listed = jdbc.queryForObject("""
                select count(distinct s.enterprise_id) from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                join chain_node n on n.id = s.node_id
                where n.code = ? and s.region_code = ? and s.role = 'PRODUCES' and e.deleted_at is null
                  and coalesce(e.listing_status, 'L') <> 'D'""", Long.class, row.get("node"), region);
        assertThat(evidence.get("segment").get("enterprises").asLong()).as("the count is of listed producers only").isEqualTo(listed);
    }
}
