package org.chainatlas.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 产业大脑 overview: the user's own area by default, figures that add up, the month trend and the flows. */
@AtlasTest
@Tag("db")
class OverviewTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode overview(Users who, String region) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/overview" + (region == null ? "" : "?region=" + region)).with(who.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The API answers a caller without the right with a problem, as every API call does, not the HTML error page (check 129). */
    @Test
    void theApiRefusesAnAnonymousCallerWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/overview?region=620100").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void opensOnTheUsersOwnAreaAndOnlyForSignedInUsers() throws Exception {
        mvc.perform(get("/overview")).andExpect(redirectedUrl("/login"));
        String page = mvc.perform(get("/overview").with(SignedIn.as(users, "yibin-locality"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"overview-title\"", "宜宾市", "id=\"league\"", "id=\"overview-trend\"", "id=\"overview-flows\"",
                "id=\"overview-leads\"", "id=\"wall-toggle\"", "统计至 " + TODAY);
        assertThat(overview(Users.YIBIN_LOCALITY, null).get("region").asString()).isEqualTo("511500");
        assertThat(overview(Users.SICHUAN_ORGANISER, null).get("level").asString()).isEqualTo("province");
        String wall = mvc.perform(get("/overview?wall=true").with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wall).contains("ca-wall").doesNotContain("id=\"nav-search\"");
        // an enterprise's overview shows its own projects: titled as such, not 全国
        String own = mvc.perform(get("/overview").with(SignedIn.as(users, "catl-enterprise"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("id=\"overview-own-only\"").containsPattern("id=\"overview-title\"><span>本企业</span>");
        assertThat(page).doesNotContain("id=\"overview-own-only\"");
    }

    @Test
    void theFiguresAreThoseOfTheCountedProjectsOfThePlace() throws Exception {
        JsonNode sichuan = overview(Users.SICHUAN_ORGANISER, "510000");
        long signed = jdbc.queryForObject("select count(*) from project where counted = true and host_region_code like '51%'"
                + " and stage in ('SIGNED','LAND_SECURED','CONSTRUCTION_STARTED','PRODUCING','FULL_CAPACITY')", Long.class);
        long contracted = jdbc.queryForObject("select coalesce(sum(contracted_amount_cny), 0) from project where counted = true"
                + " and host_region_code like '51%' and stage in ('SIGNED','LAND_SECURED','CONSTRUCTION_STARTED','PRODUCING',"
                + "'FULL_CAPACITY')", Long.class);
        assertThat(sichuan.get("figures").get("signed").asLong()).isEqualTo(signed);
        assertThat(sichuan.get("figures").get("contractedCny").asLong()).isEqualTo(contracted);
        long league = 0;
        long previous = Long.MAX_VALUE;
        for (JsonNode city : sichuan.get("figures").get("byCity")) {
            assertThat(city.get("code").asString()).startsWith("51");
            assertThat(city.get("contractedCny").asLong()).as("ranked by amount").isLessThanOrEqualTo(previous);
            previous = city.get("contractedCny").asLong();
            league += city.get("signed").asLong();
        }
        assertThat(league).as("the league adds up to the total").isEqualTo(signed);
        assertThat(sichuan.get("months").size()).isEqualTo(12);
        assertThat(sichuan.get("months").get(11).get("month").asString()).isEqualTo(YearMonth.from(TODAY).toString());
        mvc.perform(get("/api/v1/overview?region=440000").with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isOk());
        JsonNode elsewhere = overview(Users.YIBIN_LOCALITY, "440000");
        assertThat(elsewhere.get("figures").get("signed").asLong()).as("宜宾 sees no projects of 广东").isZero();
    }

    @Test
    void aSigningThisMonthShowsInTheTrendAndItsOriginInTheFlows() throws Exception {
        long enterprise = jdbc.queryForObject("select id from enterprise where hq_region_code like '44%' and deleted_at is null"
                + " order by id desc fetch first 1 rows only", Long.class);
        JsonNode before = overview(Users.YIBIN_LOCALITY, "511500");
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", "粤企入川测试项目", "enterpriseId", enterprise, "hostRegionCode", "511500",
                "chainCode", "nev-battery", "contractedAmountCny", 800_000_000L, "stage", "SIGNED", "signedOn", TODAY.toString()));
        mvc.perform(post("/api/v1/projects").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().is2xxSuccessful());
        JsonNode after = overview(Users.YIBIN_LOCALITY, "511500");
        assertThat(after.get("months").get(11).get("signed").asLong()).isEqualTo(before.get("months").get(11).get("signed").asLong() + 1);
        assertThat(after.get("months").get(11).get("contractedCny").asLong())
                .isEqualTo(before.get("months").get(11).get("contractedCny").asLong() + 800_000_000L);
        JsonNode flow = null;
        for (JsonNode f : after.get("flows")) {
            if (f.get("originCode").asString().equals("440000") && f.get("hostCode").asString().equals("511500")) {
                flow = f;
            }
        }
        assertThat(flow).as("广东省 → 宜宾市 among the flows").isNotNull();
        assertThat(flow.get("originName").asString()).isEqualTo("广东省");
        assertThat(flow.get("contractedCny").asLong()).isGreaterThanOrEqualTo(800_000_000L);
    }
}
