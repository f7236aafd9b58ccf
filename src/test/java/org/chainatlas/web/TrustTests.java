package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainFixtures;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The findings of the outside review (issue 12, items 1–4), each reproduced and now refused. */
@AtlasTest
@Tag("db")
class TrustTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    // ---------------------------------------------------------------- 1. script injection: CSP and headers

    @ParameterizedTest
    @ValueSource(strings = {"/", "/chains/nev-battery", "/regions/510000", "/parks", "/enterprises", "/search?q=电池",
            "/match/sites", "/data-quality"})
    void everyPageCarriesAStrictContentSecurityPolicyAndItsInlineScriptsTheNonce(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'");
        Matcher nonce = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'").matcher(policy);
        assertThat(nonce.find()).as("script-src allows only its nonce: " + policy).isTrue();
        assertThat(policy.substring(policy.indexOf("script-src")).split(";")[0]).doesNotContain("unsafe-inline");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String html = response.getContentAsString();
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as(url + ": inline script without the nonce").contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(html).as(url + ": no inline event handlers").doesNotContainPattern("\\son(click|submit|load|error|change)=\"");
        // a second request gets another nonce
        String again = mvc.perform(get(url)).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(again).doesNotContain(nonce.group(1));
    }

    /** The fact check of 2026-12-04: a demo key project showed an invented amount with "核实于 2026-09-24" beside it. */
    @Test
    void aDemoOpportunityNeverSaysItWasVerified() throws Exception {
        long demo = jdbc.queryForObject("select min(id) from opportunity where demo = true", Long.class);
        String page = mvc.perform(get("/opportunities/" + demo).param("lang", "zh")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String line = page.substring(page.indexOf("id=\"opportunity-verified\""), page.indexOf("</span>", page.indexOf("id=\"opportunity-verified\"")));
        assertThat(line).contains("演示数据，未经核实").doesNotContain("核实于");
        String list = mvc.perform(get("/opportunities").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("demo data, never verified");
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/opportunities/" + demo)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(api.get("demo").asBoolean()).isTrue();
        assertThat(api.get("lastVerifiedAt").isNull()).as("the API gives no verification date either: " + api).isTrue();
        assertThat(api.get("stale").asBoolean()).as("nor calls it due for re-verification").isFalse();
    }

    @Test
    void theRememberMeCookieIsSecureAndHttpOnly() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").with(csrf()).param("username", "yibin-locality")
                .param("password", "demo-2025-chainatlas").param("remember-me", "on")
                .with(request -> {
                    request.setRemoteAddr("10.12.0.1");
                    return request;
                })).andReturn().getResponse();
        String cookie = response.getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("chainatlas-remember-me="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly");
        // SameSite is added by the servlet container: HostileNamesBrowserTest checks it on the running server
    }

    // ---------------------------------------------------------------- 2. chains and governance: administrators only

    @Test
    void onlyAdministratorsCreateChainsAndSourcesAreWebLinks() throws Exception {
        long chains = jdbc.queryForObject("select count(*) from chain", Long.class);
        for (Users who : new Users[] {Users.SICHUAN_ORGANISER, Users.YIBIN_LOCALITY, Users.CATL}) {
            mvc.perform(post("/api/v1/chains").with(who.auth()).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(ChainFixtures.validBatteryChain("fake-chain-" + who.ordinal()))))
                    .andExpect(status().isForbidden());
        }
        ChainDefinition valid = ChainFixtures.validBatteryChain("script-source-chain");
        List<ChainDefinition.GovernanceDefinition> governance = new ArrayList<>();
        for (ChainDefinition.GovernanceDefinition g : valid.governance()) {
            governance.add(new ChainDefinition.GovernanceDefinition(g.provinceCode(), g.systemNameZh(), g.chainChiefZh(),
                    g.deputyChiefZh(), g.leadDepartmentZh(), g.primaryHostCodes(), g.collaboratingCodes(),
                    "javascript:alert(document.cookie)", g.note()));
        }
        ChainDefinition hostile = new ChainDefinition(valid.code(), valid.nameZh(), valid.nameEn(), valid.descriptionZh(),
                valid.descriptionEn(), valid.supplyRadiusKm(), valid.sources(), valid.nodes(), valid.edges(), governance);
        mvc.perform(post("/api/v1/chains").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(hostile)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("sourceUrl")));
        assertThat(jdbc.queryForObject("select count(*) from chain", Long.class)).isEqualTo(chains);
    }

    // ---------------------------------------------------------------- 3. users and officers inside the organiser's scope

    @Test
    void anOrganiserCannotBindAUserToAnotherProvincesParkOrToAnEnterprise() throws Exception {
        long chongqingPark = jdbc.queryForObject("select min(id) from park where region_code like '50%'", Long.class);
        long catl = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        // a display name too long is refused with its field, not as a database refusal of "data"
        mvc.perform(post("/api/v1/users").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "scope-long-name", "password", "scope-pass-2025",
                                "role", "LOCALITY", "regionCode", "511500", "displayName", "长".repeat(20_000)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("displayName"));
        // the user list says when each account was made (it said null for all)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/users").with(Users.ADMIN.auth()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].createdAt").isNotEmpty());
        mvc.perform(post("/api/v1/users").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "scope-park-user", "password", "scope-pass-2025",
                                "role", "LOCALITY", "regionCode", "511500", "parkId", chongqingPark))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parkId"));
        mvc.perform(post("/api/v1/users").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "scope-ent-user", "password", "scope-pass-2025",
                                "role", "LOCALITY", "regionCode", "511500", "enterpriseId", catl))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
        mvc.perform(post("/api/v1/users").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "scope-cq-user", "password", "scope-pass-2025",
                                "role", "LOCALITY", "regionCode", "500000"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "scope-admin-user", "password", "scope-pass-2025",
                                "role", "ENTERPRISE", "enterpriseId", catl))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(users);
    }

    @Test
    void anOfficerFromAnotherProvinceCannotServeAProject() throws Exception {
        mvc.perform(post("/api/v1/users").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", "chongqing-officer-x", "password", "cq-officer-2025",
                                "role", "SERVICE_OFFICER", "regionCode", "500000"))))
                .andExpect(status().isCreated());
        long officer = jdbc.queryForObject("select id from app_user where username = 'chongqing-officer-x'", Long.class);
        long project = jdbc.queryForObject("select min(id) from project where host_region_code like '51%'", Long.class);
        Long before = jdbc.queryForObject("select service_officer_id from project where id = ?", Long.class, project);
        int status = mvc.perform(post("/api/v1/projects/" + project + "/officer").with(Users.ADMIN.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"serviceOfficerId\": " + officer + "}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(400, 403);
        assertThat(jdbc.queryForObject("select service_officer_id from project where id = ?", Long.class, project)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- 4. identity and official tags: verified only

    private Map<String, Object> formOf(JsonNode e) {
        Map<String, Object> form = new HashMap<>();
        form.put("nameZh", e.get("nameZh").asString());
        form.put("uscc", e.get("uscc").isNull() ? null : e.get("uscc").asString());
        form.put("hqRegionCode", e.get("hqRegionCode").asString());
        List<String> tags = new ArrayList<>();
        e.get("tags").forEach(t -> tags.add(t.asString()));
        form.put("tags", tags);
        form.put("revenueBand", e.get("revenueBand").isNull() ? null : e.get("revenueBand").asString());
        form.put("descriptionZh", e.get("descriptionZh").isNull() ? null : e.get("descriptionZh").asString());
        List<Map<String, Object>> segments = new ArrayList<>();
        e.get("segments").forEach(s -> segments.add(Map.of("nodeId", s.get("nodeId").asLong(), "regionCode",
                s.get("regionCode").asString(), "role", s.get("role").asString())));
        form.put("segments", segments);
        return form;
    }

    @Test
    void anEnterpriseCannotGrantItselfOfficialTagsRenameItselfOrMoveItsSeat() throws Exception {
        long catl = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        JsonNode before = json.readTree(mvc.perform(get("/api/v1/enterprises/" + catl).with(Users.CATL.auth()))
                .andReturn().getResponse().getContentAsString());
        for (String change : new String[] {"tags", "nameZh", "hqRegionCode"}) {
            Map<String, Object> form = formOf(before);
            switch (change) {
                case "tags" -> {
                    List<String> tags = new ArrayList<>(List.of("FORTUNE_GLOBAL_500", "CENTRAL_SOE", "CHAIN_LEADER"));
                    form.put("tags", tags);
                }
                case "nameZh" -> form.put("nameZh", "比亚迪股份有限公司");
                default -> form.put("hqRegionCode", "500000");
            }
            mvc.perform(put("/api/v1/enterprises/" + catl).with(Users.CATL.auth()).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(form))).andExpect(status().isForbidden());
        }
        JsonNode after = json.readTree(mvc.perform(get("/api/v1/enterprises/" + catl).with(Users.CATL.auth()))
                .andReturn().getResponse().getContentAsString());
        assertThat(after.get("tags")).isEqualTo(before.get("tags"));
        assertThat(after.get("nameZh")).isEqualTo(before.get("nameZh"));
        assertThat(after.get("hqRegionCode")).isEqualTo(before.get("hqRegionCode"));
    }

    @Test
    void anOrganiserOfTheRegionVerifiesATagChangeAndTheAuditTrailSaysSo() throws Exception {
        long byd = jdbc.queryForObject("select enterprise_id from app_user where username = 'byd-enterprise'", Long.class);
        JsonNode before = json.readTree(mvc.perform(get("/api/v1/enterprises/" + byd).with(Users.ADMIN.auth()))
                .andReturn().getResponse().getContentAsString());
        Map<String, Object> form = formOf(before);
        List<String> tags = new ArrayList<>((List<String>) form.get("tags"));
        tags.add(tags.contains("LITTLE_GIANT") ? "CHINA_TOP_500" : "LITTLE_GIANT");
        form.put("tags", tags);
        mvc.perform(put("/api/v1/enterprises/" + byd).with(httpBasic("admin", "test-admin-secret"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'enterprise' and entity_id = ?"
                + " and action = 'VERIFY'", Long.class, byd)).isPositive();
    }
}
