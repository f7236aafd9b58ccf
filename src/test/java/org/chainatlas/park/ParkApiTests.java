package org.chainatlas.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** Parks and key projects through the API: validation, lists (一链一清单) with stale entries last, audit and restore. */
@AtlasTest
@Tag("db")
class ParkApiTests {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private long node(String chain, String code) {
        return jdbc.queryForObject("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = ? and n.code = ?",
                Long.class, chain, code);
    }

    private Map<String, Object> park(String name) {
        Map<String, Object> park = new HashMap<>(Map.of("nameZh", name, "kind", "PROVINCIAL", "regionCode", "511500",
                "plannedLandMu", 12000, "availableLandMu", 3000, "landPriceCnyPerMu", 180000, "electricityCnyPerKwh", 0.45,
                "wageCnyPerMonth", 5200, "chainCodes", List.of("nev-battery")));
        return park;
    }

    private long create(Map<String, Object> park) throws Exception {
        String body = mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(park))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private long parks() {
        return jdbc.queryForObject("select count(*) from park", Long.class);
    }

    @Test
    void negativeLandAndPricesInTheWrongUnitAreRefusedWithTheirFieldsAndNothingIsStored() throws Exception {
        long before = parks();
        Map<String, Object> bad = park("单位错误园区");
        bad.put("availableLandMu", -5);
        bad.put("electricityCnyPerKwh", 650);
        bad.put("landPriceCnyPerMu", 18);
        bad.put("wageCnyPerMonth", 6);
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("availableLandMu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("electricityCnyPerKwh")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("landPriceCnyPerMu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("wageCnyPerMonth")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("give CNY per kWh"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("万元 per mu"))));
        assertThat(parks()).isEqualTo(before);
    }

    /** A park's point must lie in its province: a 宜宾 park placed at Beijing's coordinates was stored and drawn in Beijing. */
    @Test
    void aParkPlacedInAnotherProvinceIsRefusedAtItsPoint() throws Exception {
        long before = parks();
        Map<String, Object> beijing = park("坐标错省测试园区");
        beijing.put("longitude", 116.4);
        beijing.put("latitude", 39.9);
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(beijing)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("longitude"))
                .andExpect(jsonPath("$.errors[0].message", containsString("116.4")));
        assertThat(parks()).isEqualTo(before);
        Map<String, Object> yibin = park("坐标本省测试园区");
        yibin.put("longitude", 104.64);
        yibin.put("latitude", 28.75);
        assertThat(create(yibin)).isPositive();
    }

    /** A park's name is its handle in lists and imports: a second park of the same name is refused at its name. */
    @Test
    void aSecondParkOfTheSameNameIsRefused() throws Exception {
        long first = create(park("重名测试园区"));
        long before = parks();
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(park("重名测试园区 "))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nameZh"))
                .andExpect(jsonPath("$.errors[0].message", containsString(String.valueOf(first))));
        assertThat(parks()).isEqualTo(before);
        String catalogue = jdbc.queryForObject("select name_zh from park where catalogue_code is not null order by id limit 1", String.class);
        Map<String, Object> copy = park(catalogue);
        mvc.perform(post("/api/v1/parks").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(copy)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nameZh"));
    }

    /** An API client that sends the version it read is refused when someone saved in between, not silently overwritten. */
    @Test
    void anApiEditWithAnOldVersionIsAConflict() throws Exception {
        Map<String, Object> form = park("版本冲突测试园区");
        long id = create(form);
        long version = json.readTree(mvc.perform(get("/api/v1/parks/" + id)).andReturn().getResponse().getContentAsString())
                .get("version").asLong();
        form.put("availableLandMu", 2800);
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form))).andExpect(status().isOk());
        form.put("availableLandMu", 2600);
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).header("If-Match", String.valueOf(version))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).header("If-Match", "latest")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select available_land_mu from park where id = ?", Double.class, id)).isEqualTo(2800.0);
        // without the header, as before: the last save wins
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());
    }

    /** The opportunity list shows the land a project needs, and the park's available land beside it, each said as such. */
    @Test
    void theOpportunityListShowsTheProjectsLandNotOnlyTheParks() throws Exception {
        long park = create(park("用地列测试园区"));
        mvc.perform(post("/api/v1/opportunities").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("parkId", park, "titleZh", "用地列测试项目", "nodeId", node("nev-battery", "cathode"),
                        "investmentSoughtCny", 500_000_000L, "landMu", 321, "cooperationMode", "JOINT_VENTURE"))))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/opportunities").param("region", "511500").param("lang", "zh")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("用地列测试项目"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<span class=\"opportunity-land\">321 亩</span>", "园区可供 3,000 亩");
        assertThat(page).contains("项目用地（园区可供）");
    }

    @Test
    void anOpportunityWithAnUnknownSegmentIsRefused() throws Exception {
        long park = create(park("未知环节园区"));
        long before = jdbc.queryForObject("select count(*) from opportunity", Long.class);
        mvc.perform(post("/api/v1/opportunities").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("parkId", park, "titleZh", "未知环节项目", "nodeId", 424242,
                                "cooperationMode", "SOLE_INVESTMENT"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nodeId"));
        assertThat(jdbc.queryForObject("select count(*) from opportunity", Long.class)).isEqualTo(before);
    }

    @Test
    void theChainListShowsPublishedProjectsAndPutsStaleOnesLast() throws Exception {
        long park = create(park("清单测试园区"));
        long cell = node("nev-battery", "cell");
        long fresh = opportunity(park, "清单测试新鲜项目", cell, 9_000_000_000L);
        long stale = opportunity(park, "清单测试过期项目", cell, 9_500_000_000L);
        jdbc.update("update opportunity set last_verified_at = current_timestamp - interval '200' day where id = ?", stale);
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/opportunities").param("chain", "nev-battery")
                        .param("region", "511500").param("sort", "INVESTMENT_DESC").param("size", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        int freshAt = -1;
        int staleAt = -1;
        for (int i = 0; i < list.get("content").size(); i++) {
            JsonNode o = list.get("content").get(i);
            if (o.get("id").asLong() == fresh) {
                freshAt = i;
                assertThat(o.get("stale").asBoolean()).isFalse();
            }
            if (o.get("id").asLong() == stale) {
                staleAt = i;
                assertThat(o.get("stale").asBoolean()).isTrue();
            }
        }
        assertThat(freshAt).isNotNegative();
        assertThat(staleAt).as("the stale project ranks after the fresh one despite a larger investment").isGreaterThan(freshAt);
        for (JsonNode o : list.get("content")) {
            assertThat(o.get("regionCode").asString()).startsWith("5115");
            assertThat(o.get("chainCode").asString()).isEqualTo("nev-battery");
        }
        mvc.perform(get("/api/v1/opportunities").param("chain", "no-such-chain")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chain"));
        mvc.perform(get("/api/v1/search").param("q", "清单测试新鲜"))
                .andExpect(jsonPath("$.parks.content[*].titleZh", hasItem("清单测试新鲜项目")));
    }

    /** The opportunity factor of one park in a site recommendation for a segment in Sichuan. */
    private double opportunityFactor(long park, long node) throws Exception {
        JsonNode result = json.readTree(mvc.perform(get("/api/v1/match/sites").param("node", String.valueOf(node))
                .param("provinces", "510000").param("limit", "5000")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        for (JsonNode site : result.get("sites")) {
            if (site.get("parkId").asLong() == park) {
                for (JsonNode f : site.get("factors")) {
                    if (f.get("factor").asString().equals("opportunity")) {
                        return f.get("value").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("park " + park + " not among the sites");
    }

    /**
     * A demo key project (（演示）) was invented for the demo: it must not make a zone score as one that "lists key projects
     * in this segment" (the fact check of 2026-12-04 found the demo's projects feeding real recommendations).
     */
    @Test
    void aDemoProjectIsNoReasonInASiteRecommendation() throws Exception {
        var demo = jdbc.queryForMap("""
                select o.park_id, o.node_id from opportunity o join park k on k.id = o.park_id
                where o.demo = true and o.deleted_at is null and o.status in ('OPEN','NEGOTIATING') and k.region_code like '51%'
                and not exists (select 1 from opportunity r where r.park_id = o.park_id and r.demo = false and r.deleted_at is null)
                order by o.id fetch first 1 rows only""");
        assertThat(opportunityFactor(((Number) demo.get("park_id")).longValue(), ((Number) demo.get("node_id")).longValue()))
                .as("a zone with only demo projects").isZero();
    }

    /** The matching index reloads a changed park with its own opportunities, and the next request sees them. */
    @Test
    void aPublishedOpportunityCountsInTheNextSiteRecommendationAndOtherParksKeepTheirs() throws Exception {
        long cell = node("nev-battery", "cell");
        long first = create(park("机会测试园区甲"));
        long second = create(park("机会测试园区乙"));
        assertThat(opportunityFactor(first, cell)).isZero();
        opportunity(first, "机会测试项目甲", cell, 1_000_000_000L);
        assertThat(opportunityFactor(first, cell)).isEqualTo(1.0);
        opportunity(second, "机会测试项目乙", cell, 1_000_000_000L);
        assertThat(opportunityFactor(second, cell)).isEqualTo(1.0);
        assertThat(opportunityFactor(first, cell)).as("a change of the second park keeps the first's project").isEqualTo(1.0);
    }

    private long opportunity(long park, String title, long node, long investment) throws Exception {
        String body = mvc.perform(post("/api/v1/opportunities").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("parkId", park, "titleZh", title, "nodeId", node,
                        "investmentSoughtCny", investment, "cooperationMode", "JOINT_VENTURE"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void theAuditShowsAParkEditedTwiceAndDeletedAndItCanBeRestored() throws Exception {
        Map<String, Object> form = park("审计测试园区");
        long id = create(form);
        form.put("availableLandMu", 2500);
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());
        form.put("electricityCnyPerKwh", 0.41);
        form.put("nameZh", "审计测试园区（更名）");
        mvc.perform(put("/api/v1/parks/" + id).with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/parks/" + id)).andExpect(status().isNotFound());

        JsonNode history = json.readTree(mvc.perform(get("/api/v1/parks/" + id + "/history").with(Users.YIBIN_LOCALITY.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("yibin-locality");
        assertThat(history.get(1).get("changes").toString()).contains("availableLandMu").contains("3000").contains("2500");
        assertThat(history.get(2).get("actor").asString()).isEqualTo("sichuan-organiser");
        assertThat(history.get(2).get("changes").toString()).contains("\"oldValue\":\"审计测试园区\"")
                .contains("\"newValue\":\"审计测试园区（更名）\"").contains("electricityCnyPerKwh");
        assertThat(history.get(3).get("action").asString()).isEqualTo("DELETE");
        // the page says each change under its field's label, without the record's bookkeeping (version, updatedAt)
        String page = mvc.perform(get("/parks/" + id + "/history").param("lang", "en")
                        .with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Available land (mu)<").doesNotContain(">updatedAt<").doesNotContain(">version<")
                .doesNotContain(">availableLandMu<");

        mvc.perform(post("/api/v1/parks/" + id + "/restore").with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parks/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.nameZh").value("审计测试园区（更名）"))
                .andExpect(jsonPath("$.availableLandMu").value(2500.0));
        mvc.perform(get("/api/v1/parks/" + id + "/history").with(Users.YIBIN_LOCALITY.auth()))
                .andExpect(jsonPath("$.length()").value(5)).andExpect(jsonPath("$[4].action").value("RESTORE"));
    }

    @Test
    void nearbyEnterprisesOfTheChainAreWithinTheRadius() throws Exception {
        long park = create(park("周边测试园区"));
        JsonNode nearby = json.readTree(mvc.perform(get("/api/v1/parks/" + park + "/nearby").param("chain", "nev-battery")
                .param("radiusKm", "150")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(nearby.size()).isPositive();
        double last = 0;
        for (JsonNode e : nearby) {
            double d = e.get("distanceKm").asDouble();
            assertThat(d).isLessThanOrEqualTo(150).isGreaterThanOrEqualTo(last);
            last = d;
        }
        mvc.perform(get("/api/v1/parks/" + park + "/nearby").param("chain", "nev-battery").param("radiusKm", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("radiusKm"));
    }

    @Test
    void confirmationsOfOneParkSentAtOnceAreAllTakenOneAfterTheOther() throws Exception {
        long park = jdbc.queryForObject("select min(id) from park where region_code like '51%' and deleted_at is null", Long.class);
        long version = jdbc.queryForObject("select version from park where id = ?", Long.class, park);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return mvc.perform(post("/api/v1/parks/" + park + "/verify").with(Users.SICHUAN_ORGANISER.auth()))
                        .andReturn().getResponse().getStatus();
            }));
        }
        go.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).as("a confirmation carries no version: none conflicts").containsOnly(200);
        assertThat(jdbc.queryForObject("select version from park where id = ?", Long.class, park)).isEqualTo(version + 6);
    }
}
