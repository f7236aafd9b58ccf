package org.chainatlas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each role × resource × action, through the API: what a role may do succeeds, what it may not gets 401
 * (anonymous writes) or 403 — and 404 for another enterprise's needs fetched by guessing their id (no hint which exist).
 */
@AtlasTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private long yibinPark;
    private long catl;
    private long catlNeed;
    private long cellNode;

    @BeforeAll
    void fixtures() throws Exception {
        cellNode = jdbc.queryForObject("""
                select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery' and n.code = 'cell'""",
                Long.class);
        yibinPark = id(mvc.perform(post("/api/v1/parks").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(park("权限测试宜宾园区", "511500"))).andExpect(status().isCreated()).andReturn());
        catl = jdbc.queryForObject("select min(id) from enterprise where name_zh = '宁德时代新能源科技股份有限公司'", Long.class);
        catlNeed = id(mvc.perform(post("/api/v1/enterprises/" + catl + "/needs").with(Users.CATL.auth())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "EXPANSION",
                        "nodeId", cellNode, "investmentCny", 5_000_000_000L, "landMu", 800, "preferredProvinces",
                        List.of("510000")))))
                .andExpect(status().isCreated()).andReturn());
    }

    private long id(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    private static String park(String name, String region) {
        return "{\"nameZh\":\"" + name + "\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"" + region + "\",\"availableLandMu\":500}";
    }

    record Case(String what, Users user, int expected) {
        @Override
        public String toString() {
            return what + " as " + user + " → " + expected;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Publishing a park in Chengdu.
                Arguments.of(new Case("create park in Chengdu", Users.ANONYMOUS, 401)),
                Arguments.of(new Case("create park in Chengdu", Users.CATL, 403)),
                Arguments.of(new Case("create park in Chengdu", Users.SERVICE_OFFICER, 403)),
                Arguments.of(new Case("create park in Chengdu", Users.YIBIN_LOCALITY, 403)),
                Arguments.of(new Case("create park in Chengdu", Users.CHENGDU_LOCALITY, 201)),
                Arguments.of(new Case("create park in Chengdu", Users.SICHUAN_ORGANISER, 201)),
                Arguments.of(new Case("create park in Chengdu", Users.ADMIN, 201)),
                // Editing a Yibin park.
                Arguments.of(new Case("edit Yibin park", Users.ANONYMOUS, 401)),
                Arguments.of(new Case("edit Yibin park", Users.BYD, 403)),
                Arguments.of(new Case("edit Yibin park", Users.CHENGDU_LOCALITY, 403)),
                Arguments.of(new Case("edit Yibin park", Users.YIBIN_LOCALITY, 200)),
                Arguments.of(new Case("edit Yibin park", Users.SICHUAN_ORGANISER, 200)),
                // Publishing a key project in the Yibin park.
                Arguments.of(new Case("publish opportunity in Yibin park", Users.CATL, 403)),
                Arguments.of(new Case("publish opportunity in Yibin park", Users.CHENGDU_LOCALITY, 403)),
                Arguments.of(new Case("publish opportunity in Yibin park", Users.YIBIN_LOCALITY, 201)),
                // A park's audit trail.
                Arguments.of(new Case("read Yibin park history", Users.ANONYMOUS, 403)),
                Arguments.of(new Case("read Yibin park history", Users.CATL, 403)),
                Arguments.of(new Case("read Yibin park history", Users.CHENGDU_LOCALITY, 403)),
                Arguments.of(new Case("read Yibin park history", Users.YIBIN_LOCALITY, 200)),
                // Another enterprise's need, by guessing its id.
                Arguments.of(new Case("read CATL need", Users.ANONYMOUS, 404)),
                Arguments.of(new Case("read CATL need", Users.BYD, 404)),
                Arguments.of(new Case("read CATL need", Users.YIBIN_LOCALITY, 404)),
                Arguments.of(new Case("read CATL need", Users.SERVICE_OFFICER, 404)),
                Arguments.of(new Case("read CATL need", Users.CATL, 200)),
                Arguments.of(new Case("read CATL need", Users.SICHUAN_ORGANISER, 200)),
                Arguments.of(new Case("read CATL need", Users.ADMIN, 200)),
                // and editing it: no hint which ids exist either (CATL's need as it is: 200 for those who keep it)
                Arguments.of(new Case("edit CATL need", Users.BYD, 404)),
                Arguments.of(new Case("edit CATL need", Users.YIBIN_LOCALITY, 404)),
                Arguments.of(new Case("edit CATL need", Users.CATL, 200)),
                // Editing an enterprise.
                Arguments.of(new Case("edit CATL", Users.ANONYMOUS, 401)),
                Arguments.of(new Case("edit CATL", Users.BYD, 403)),
                Arguments.of(new Case("edit CATL", Users.SICHUAN_ORGANISER, 403)),
                Arguments.of(new Case("edit CATL", Users.CATL, 200)),
                Arguments.of(new Case("edit CATL", Users.ADMIN, 200)),
                // Registering an enterprise (organisers of its HQ region, and the bureau of its own city).
                Arguments.of(new Case("register enterprise in Chengdu", Users.CATL, 403)),
                Arguments.of(new Case("register enterprise in Chengdu", Users.CHENGDU_LOCALITY, 201)),
                Arguments.of(new Case("register enterprise in Chengdu", Users.YIBIN_LOCALITY, 403)),
                Arguments.of(new Case("register enterprise in Chengdu", Users.SICHUAN_ORGANISER, 201)),
                // Creating users.
                Arguments.of(new Case("create locality user in Mianyang", Users.ANONYMOUS, 401)),
                Arguments.of(new Case("create locality user in Mianyang", Users.CATL, 403)),
                Arguments.of(new Case("create locality user in Mianyang", Users.YIBIN_LOCALITY, 403)),
                Arguments.of(new Case("create locality user in Mianyang", Users.SICHUAN_ORGANISER, 201)),
                Arguments.of(new Case("create locality user in Chongqing", Users.SICHUAN_ORGANISER, 403)),
                Arguments.of(new Case("create organiser", Users.SICHUAN_ORGANISER, 403)),
                Arguments.of(new Case("create organiser", Users.ADMIN, 201)));
    }

    private static int serial;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRoleGetsWhatItMayAndOnlyThat(Case c) throws Exception {
        int n = ++serial;
        MockHttpServletRequestBuilder request = switch (c.what()) {
            case "create park in Chengdu" -> post("/api/v1/parks").content(park("权限测试成都园区" + n, "510100"));
            case "edit Yibin park" -> put("/api/v1/parks/" + yibinPark).content(park("权限测试宜宾园区", "511500"));
            case "publish opportunity in Yibin park" -> post("/api/v1/opportunities").content(json.writeValueAsString(Map.of(
                    "parkId", yibinPark, "titleZh", "权限测试项目" + n, "nodeId", cellNode, "cooperationMode", "SOLE_INVESTMENT")));
            case "read Yibin park history" -> get("/api/v1/parks/" + yibinPark + "/history");
            case "read CATL need" -> get("/api/v1/needs/" + catlNeed);
            case "edit CATL need" -> put("/api/v1/needs/" + catlNeed).content(catlNeedForm());
            case "edit CATL" -> put("/api/v1/enterprises/" + catl).content(catlForm());
            case "register enterprise in Chengdu" -> post("/api/v1/enterprises").content(json.writeValueAsString(Map.of(
                    "nameZh", "权限测试企业" + n, "uscc", org.chainatlas.enterprise.Uscc.compose("510100", 77_000_000L + n).value(),
                    "hqRegionCode", "510100")));
            case "create locality user in Mianyang" -> post("/api/v1/users").content(user("mianyang-" + n, "LOCALITY", "510700"));
            case "create locality user in Chongqing" -> post("/api/v1/users").content(user("cq-" + n, "LOCALITY", "500000"));
            case "create organiser" -> post("/api/v1/users").content(user("organiser-" + n, "ORGANISER", "510000"));
            default -> throw new IllegalArgumentException(c.what());
        };
        MvcResult result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(c.user().auth())).andReturn();
        assertThat(result.getResponse().getStatus()).as(c + ": " + result.getResponse().getContentAsString()).isEqualTo(c.expected());
    }

    private String catlNeedForm() throws Exception {
        return json.writeValueAsString(Map.of("kind", "EXPANSION", "nodeId", cellNode, "investmentCny", 5_000_000_000L, "landMu", 800,
                "preferredProvinces", List.of("510000")));
    }

    private String catlForm() throws Exception {
        JsonNode view = json.readTree(mvc.perform(get("/api/v1/enterprises/" + catl).with(Users.ADMIN.auth()))
                .andReturn().getResponse().getContentAsString());
        List<Map<String, Object>> segments = new java.util.ArrayList<>();
        view.get("segments").forEach(s -> segments.add(Map.of("nodeId", s.get("nodeId").asLong(),
                "regionCode", s.get("regionCode").asString(), "role", s.get("role").asString())));
        List<Map<String, Object>> facilities = new java.util.ArrayList<>();
        view.get("facilities").forEach(f -> facilities.add(Map.of("regionCode", f.get("regionCode").asString())));
        return json.writeValueAsString(Map.of("nameZh", view.get("nameZh").asString(), "uscc", view.get("uscc").asString(),
                "hqRegionCode", view.get("hqRegionCode").asString(), "tags", view.get("tags"),
                "revenueBand", view.get("revenueBand").asString(), "descriptionZh", view.get("descriptionZh").asString(),
                "facilities", facilities, "segments", segments));
    }

    private static String user(String username, String role, String region) {
        return "{\"username\":\"" + username + "\",\"password\":\"matrix-pass-2025\",\"role\":\"" + role
                + "\",\"regionCode\":\"" + region + "\"}";
    }

    @ParameterizedTest(name = "contact of CATL seen by {0}: {1}")
    @MethodSource("contacts")
    void contactsAreShownOnlyToThoseAllowed(Users user, boolean shown) throws Exception {
        JsonNode view = json.readTree(mvc.perform(get("/api/v1/enterprises/" + catl).with(user.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(view.get("contact") != null && !view.get("contact").isNull()).isEqualTo(shown);
    }

    static Stream<Arguments> contacts() {
        return Stream.of(Arguments.of(Users.ANONYMOUS, false), Arguments.of(Users.BYD, false),
                Arguments.of(Users.SICHUAN_ORGANISER, false), Arguments.of(Users.CATL, true), Arguments.of(Users.ADMIN, true));
    }

    @ParameterizedTest(name = "CATL needs listed to {0}: {1}")
    @MethodSource("needLists")
    void needListsHideWhatTheViewerMayNotSee(Users user, boolean listed) throws Exception {
        JsonNode needs = json.readTree(mvc.perform(get("/api/v1/enterprises/" + catl + "/needs").with(user.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        boolean found = false;
        for (JsonNode need : needs) {
            found |= need.get("id").asLong() == catlNeed;
        }
        assertThat(found).isEqualTo(listed);
    }

    static Stream<Arguments> needLists() {
        return Stream.of(Arguments.of(Users.ANONYMOUS, false), Arguments.of(Users.BYD, false),
                Arguments.of(Users.CHENGDU_LOCALITY, false), Arguments.of(Users.SICHUAN_ORGANISER, true),
                Arguments.of(Users.CATL, true));
    }
}
