package org.chainatlas.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chainatlas.chain.ChainFixtures;
import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@AtlasTest
@Tag("db")
class ApiTests {

    private static final String ADMIN_PASSWORD = "test-admin-secret";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void servesAtLeast340PrefectureLevelDivisionsWithCoordinates() throws Exception {
        mvc.perform(get("/api/v1/regions").param("size", "500").param("level", "PREFECTURE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(330)));
        mvc.perform(get("/api/v1/regions").param("size", "1").param("level", "COUNTY_UNDER_PROVINCE"))
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(10)));
        mvc.perform(get("/api/v1/regions/510100"))
                .andExpect(jsonPath("$.nameZh").value("成都市"))
                .andExpect(jsonPath("$.parentCode").value("510000"))
                .andExpect(jsonPath("$.longitude", greaterThanOrEqualTo(103.0)));
    }

    @Test
    void paginatesRegions() throws Exception {
        mvc.perform(get("/api/v1/regions").param("page", "1").param("size", "10"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.content.length()").value(10))
                .andExpect(jsonPath("$.totalPages", greaterThanOrEqualTo(37)));
    }

    @Test
    void unknownRegionIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/regions/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.resource").value("region"))
                .andExpect(jsonPath("$.detail", containsString("999999")));
    }

    @Test
    void badQueryParametersNameTheField() throws Exception {
        mvc.perform(get("/api/v1/regions").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/regions/distance").param("from", "510100").param("to", "123456"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown region code '123456'")));
        mvc.perform(get("/api/v1/regions").param("level", "VILLAGE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/chains/nev-battery/presence").param("region", "000000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
    }

    @Test
    void distanceBetweenChengduAndChongqing() throws Exception {
        mvc.perform(get("/api/v1/regions/distance").param("from", "510100").param("to", "500000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distanceKm", org.hamcrest.Matchers.both(greaterThanOrEqualTo(240.0))
                        .and(org.hamcrest.Matchers.lessThanOrEqualTo(300.0))));
    }

    @Test
    void servesThe410NationalZones() throws Exception {
        mvc.perform(get("/api/v1/zones").param("size", "1"))
                .andExpect(jsonPath("$.totalElements").value(410));
        mvc.perform(get("/api/v1/zones").param("region", "510000").param("size", "500"))
                .andExpect(jsonPath("$.content[*].regionCode", everyItem(org.hamcrest.Matchers.startsWith("51"))))
                .andExpect(jsonPath("$.content[*].nameZh", hasItem("成都高新技术产业开发区")));
        mvc.perform(get("/api/v1/clusters").param("size", "1")).andExpect(jsonPath("$.totalElements").value(60));
        mvc.perform(get("/api/v1/chain-systems").param("region", "230000"))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(20)));
    }

    @Test
    void servesAtLeastTenChainsEachWithGovernance() throws Exception {
        mvc.perform(get("/api/v1/chains"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(10)))
                .andExpect(jsonPath("$.content[*].nodeCount", everyItem(greaterThanOrEqualTo(1))));
        mvc.perform(get("/api/v1/chains/nev-battery/governance"))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$[0].leadDepartmentZh", not(is(""))));
        mvc.perform(get("/api/v1/chains/nev-battery/graph"))
                .andExpect(jsonPath("$.nodes.length()", greaterThanOrEqualTo(15)))
                .andExpect(jsonPath("$.nodes[0].stage").value("UPSTREAM"))
                .andExpect(jsonPath("$.edges.length()", greaterThanOrEqualTo(15)));
        mvc.perform(get("/api/v1/chains/nev-battery/nodes").param("size", "5"))
                .andExpect(jsonPath("$.content.length()").value(5));
    }

    @Test
    void unknownChainIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/chains/no-such-chain")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resource").value("chain"));
        mvc.perform(get("/api/v1/chains/no-such-chain/graph")).andExpect(status().isNotFound());
    }

    @Test
    void presenceCountsLocalEnterprisesPerSegment() throws Exception {
        mvc.perform(get("/api/v1/chains/nev-battery/presence").param("region", "510000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionNameZh").value("四川省"))
                .andExpect(jsonPath("$.presentAt").value(3))
                .andExpect(jsonPath("$.segments[*].status", everyItem(is(oneOf("PRESENT", "WEAK", "MISSING")))))
                .andExpect(jsonPath("$.segments[*].status", hasItem("PRESENT")));
    }

    @Test
    void writingNeedsALogin() throws Exception {
        mvc.perform(post("/api/v1/chains").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ChainFixtures.validBatteryChain("anonymous-chain"))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/chains/anonymous-chain")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/chains").with(httpBasic("admin", "wrong")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ChainFixtures.validBatteryChain("anonymous-chain"))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createsAChainAndRefusesADuplicate() throws Exception {
        String body = json.writeValueAsString(ChainFixtures.validBatteryChain("api-created-chain"));
        mvc.perform(post("/api/v1/chains").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/chains/api-created-chain"))
                .andExpect(jsonPath("$.nodeCount").value(5))
                .andExpect(jsonPath("$.origin").value("USER"));
        mvc.perform(get("/api/v1/chains/api-created-chain/governance"))
                .andExpect(jsonPath("$[0].primaryHostCodes[0]").value("511500"));
        mvc.perform(post("/api/v1/chains").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void invalidChainIsRefusedWithFieldPathsAndNothingStored() throws Exception {
        ChainDefinition broken = ChainFixtures.withExtraEdge(ChainFixtures.validBatteryChain("broken-chain"),
                new EdgeDefinition("cell", "separator", 1.0));
        mvc.perform(post("/api/v1/chains").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(broken)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("edges[4].to"))
                .andExpect(jsonPath("$.errors[0].message", containsString("separator")));
        mvc.perform(get("/api/v1/chains/broken-chain")).andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/chains").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"x\", \"nodes\": [ }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    /** A value of the wrong shape is named by its place in the body, and the answer names none of the server's classes. */
    @Test
    void aValueOfTheWrongShapeIsNamedByItsPlaceNotByTheServersClasses() throws Exception {
        String answer = mvc.perform(post("/api/v1/events").with(org.chainatlas.support.Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\": \"形状测试\", \"hostRegionCode\": \"511500\", \"hostsZh\": [\"宜宾市\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostsZh"))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("org.chainatlas", "reference chain");
    }

    @Test
    void publishesOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/chains/{code}/presence")))
                .andExpect(content().string(containsString("/api/v1/regions")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
