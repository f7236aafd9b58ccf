package org.chainatlas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.chainatlas.project.internal.ServiceDesk;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project pipeline through the API: guarded stage changes with evidence, refused moves that leave nothing
 * behind, duplicate signings flagged and kept out of the figures, scoping by role, tickets escalating by level.
 */
@AtlasTest
@Tag("db")
class ProjectApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServiceDesk desk;
    @Autowired
    UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected) throws Exception {
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String text = mvc.perform(request.with(who)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return text.isBlank() ? null : json.readTree(text);
    }

    private JsonNode upload(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
            RequestPostProcessor who, int expected) throws Exception {
        return json.readTree(mvc.perform(request.with(who)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }

    private long catl() {
        return jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
    }

    private Map<String, Object> form(String name, String product, long amount) {
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", name, "enterpriseId", catl(), "hostRegionCode", "511500",
                "chainCode", "nev-battery", "productZh", product, "contractedAmountCny", amount, "stage", "SIGNED",
                "signedOn", TODAY.minusDays(30).toString()));
        return form;
    }

    private JsonNode create(Map<String, Object> form) throws Exception {
        return call(post("/api/v1/projects"), Users.SICHUAN_ORGANISER.auth(), form, 201);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * The production form shows the figures recorded, in 万元 as typed: changing the jobs alone kept nothing else (blank
     * output and tax were saved as cleared).
     */
    @Test
    void theProductionFormShowsTheRecordedFigures() throws Exception {
        Map<String, Object> row = jdbc.queryForList("select id, annual_output_cny, annual_tax_cny, jobs from project where stage = 'PRODUCING' and host_region_code like '51%' "
                + "and annual_output_cny is not null and annual_tax_cny is not null and jobs is not null order by id").getFirst();
        String page = mvc.perform(get("/projects/" + row.get("id")).with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String output = new java.math.BigDecimal(row.get("annual_output_cny").toString()).movePointLeft(4).stripTrailingZeros().toPlainString();
        String tax = new java.math.BigDecimal(row.get("annual_tax_cny").toString()).movePointLeft(4).stripTrailingZeros().toPlainString();
        assertThat(page).contains("name=\"outputWan\" value=\"" + output + "\"").contains("name=\"taxWan\" value=\"" + tax + "\"")
                .contains("name=\"jobs\" value=\"" + row.get("jobs") + "\"");
    }

    @Test
    void illegalMovesAndBadInputAreRefusedAndLeaveTheProjectAsItWas() throws Exception {
        mvc.perform(post("/api/v1/projects").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form("负金额项目", "电芯", -5))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("contractedAmountCny")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("cannot be negative"))));
        long id = create(form("宜宾固态电池中试项目", "固态电池中试线 " + System.nanoTime(), 800_000_000L)).get("id").asLong();
        long evidence = count("select count(*) from project_evidence where project_id = ?", id);

        mvc.perform(multipart("/api/v1/projects/" + id + "/stage").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2})).param("to", "PRODUCING")
                        .param("onDate", TODAY.toString()).param("kind", "SITE_PHOTO").with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[*].field", hasItem("status")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("cannot move to PRODUCING"))));
        mvc.perform(multipart("/api/v1/projects/" + id + "/stage").param("to", "CONSTRUCTION_STARTED")
                        .param("onDate", TODAY.toString()).with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("file")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("needs evidence"))));
        mvc.perform(multipart("/api/v1/projects/" + id + "/stage").file(new MockMultipartFile("file", "permit.pdf", "application/pdf",
                        "just text pretending".getBytes())).param("to", "CONSTRUCTION_STARTED").param("kind", "CONSTRUCTION_PERMIT")
                        .param("onDate", TODAY.toString()).with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].message", hasItem(containsString("not a PDF"))));
        mvc.perform(multipart("/api/v1/projects/" + id + "/stage").file(new MockMultipartFile("file", "permit.pdf", "application/pdf", PDF))
                        .param("to", "CONSTRUCTION_STARTED").param("kind", "CONSTRUCTION_PERMIT")
                        .param("onDate", TODAY.minusDays(60).toString()).with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("onDate")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("before the previous stage"))));
        JsonNode unchanged = call(get("/api/v1/projects/" + id), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(unchanged.get("stage").asString()).isEqualTo("SIGNED");
        assertThat(count("select count(*) from project_evidence where project_id = ?", id)).as("no file kept from refused moves")
                .isEqualTo(evidence);
        // an enterprise may see its project but not move it
        mvc.perform(multipart("/api/v1/projects/" + id + "/stage").file(new MockMultipartFile("file", "permit.pdf", "application/pdf", PDF))
                .param("to", "CONSTRUCTION_STARTED").param("kind", "CONSTRUCTION_PERMIT").param("onDate", TODAY.toString())
                .with(Users.CATL.auth())).andExpect(status().isForbidden());

        JsonNode moved = upload(multipart("/api/v1/projects/" + id + "/stage").file(new MockMultipartFile("file", "permit.pdf",
                "application/pdf", PDF)).param("to", "CONSTRUCTION_STARTED").param("kind", "CONSTRUCTION_PERMIT")
                .param("onDate", TODAY.toString()), Users.SICHUAN_ORGANISER.auth(), 200);
        assertThat(moved.get("stage").asString()).isEqualTo("CONSTRUCTION_STARTED");
        assertThat(moved.get("constructionStartedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(moved.get("evidence")).hasSize(1);
        assertThat(moved.get("history").get(1).get("evidenceId").isNull()).isFalse();
        byte[] stored = mvc.perform(get("/projects/" + id + "/evidence/" + moved.get("evidence").get(0).get("id").asLong())
                .with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(stored).isEqualTo(PDF);
        mvc.perform(get("/projects/" + id + "/evidence/" + moved.get("evidence").get(0).get("id").asLong())
                .with(SignedIn.as(users, "byd-enterprise"))).andExpect(status().isForbidden());

        call(post("/api/v1/projects/" + id + "/funds"), Users.SICHUAN_ORGANISER.auth(), Map.of("onDate", TODAY.toString(),
                "amountCny", -1), 400);
        JsonNode funded = call(post("/api/v1/projects/" + id + "/funds"), Users.SICHUAN_ORGANISER.auth(), Map.of("onDate",
                TODAY.toString(), "amountCny", 200_000_000L), 200);
        assertThat(funded.get("fundsInPlaceCny").asLong()).isEqualTo(200_000_000L);
        assertThat(mvc.perform(get("/projects/" + id).with(SignedIn.as(users, "sichuan-organiser"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"funds-above-contract\"");
        // more funds than the contract are kept (investments grow) but the page asks to check them
        call(post("/api/v1/projects/" + id + "/funds"), Users.SICHUAN_ORGANISER.auth(), Map.of("onDate", TODAY.toString(),
                "amountCny", 700_000_000L), 200);
        assertThat(mvc.perform(get("/projects/" + id).with(SignedIn.as(users, "sichuan-organiser"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"funds-above-contract\"").contains("超过签约额 8.00 亿元");
        call(post("/api/v1/projects/" + id + "/production"), Users.SICHUAN_ORGANISER.auth(), Map.of("jobs", 300), 400);
    }

    @Test
    void aSigningLikeAnEarlierOneIsFlaggedWithItAndNotCountedUntilCleared() throws Exception {
        String product = "磷酸铁锂储能电池 " + System.nanoTime();
        long earlier = create(form("宁德时代宜宾储能电池项目", product, 5_000_000_000L)).get("id").asLong();
        JsonNode before = call(get("/api/v1/dashboard/projects?region=511500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        JsonNode again = create(form("宁德时代宜宾储能电池项目（再次签约）", product + "二期", 4_800_000_000L));
        assertThat(again.get("duplicateStatus").asString()).isEqualTo("FLAGGED");
        assertThat(again.get("duplicateOf").asLong()).isEqualTo(earlier);
        assertThat(again.get("counted").asBoolean()).isFalse();
        JsonNode after = call(get("/api/v1/dashboard/projects?region=511500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(after.get("signed").asLong()).as("not counted").isEqualTo(before.get("signed").asLong());
        assertThat(after.get("flagged").asLong()).isEqualTo(before.get("flagged").asLong() + 1);

        // another segment of the same enterprise in the same city is not a duplicate
        JsonNode other = create(form("宁德时代宜宾光伏项目", "光伏组件", 5_000_000_000L).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("chainCode")
                        ? (Object) "crystalline-pv" : e.getValue())));
        assertThat(other.get("duplicateStatus").asString()).isEqualTo("NONE");

        call(post("/api/v1/projects/" + again.get("id").asLong() + "/duplicate-decision"), Users.YIBIN_LOCALITY.auth(),
                Map.of("duplicate", false), 403);
        JsonNode cleared = call(post("/api/v1/projects/" + again.get("id").asLong() + "/duplicate-decision"),
                Users.SICHUAN_ORGANISER.auth(), Map.of("duplicate", false), 200);
        assertThat(cleared.get("counted").asBoolean()).isTrue();
        JsonNode counted = call(get("/api/v1/dashboard/projects?region=511500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(counted.get("signed").asLong()).isEqualTo(before.get("signed").asLong() + 2);
        // the events the projects were signed at, each by its name
        JsonNode all = call(get("/api/v1/dashboard/projects"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(all.get("byEvent").size()).as("the demo projects were signed at events").isPositive();
        all.get("byEvent").forEach(e -> assertThat(e.get("label").asString()).isEqualTo(jdbc.queryForObject(
                "select name_zh from match_event where id = ?", String.class, Long.parseLong(e.get("key").asString()))));
    }

    /** 0 is "not known" (the form asks for 0 then; the seed articles name projects without amounts): never shown as 0 万元. */
    @Test
    void aSignedProjectWithoutAnAmountSaysNotDisclosedAndTheSumsSayWhatTheyLeaveOut() throws Exception {
        JsonNode before = call(get("/api/v1/dashboard/projects?region=511500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        long id = create(form("宜宾未披露金额项目", "钠离子电池 " + System.nanoTime(), 0)).get("id").asLong();
        JsonNode after = call(get("/api/v1/dashboard/projects?region=511500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(after.get("undisclosed").asLong()).isEqualTo(before.get("undisclosed").asLong() + 1);
        assertThat(after.get("contractedCny").asLong()).isEqualTo(before.get("contractedCny").asLong());
        JsonNode battery = null;
        for (JsonNode g : after.get("byChain")) {
            if (g.get("key").asString().equals("nev-battery")) {
                battery = g;
            }
        }
        assertThat(battery).isNotNull();
        assertThat(battery.get("undisclosed").asLong()).isPositive();

        String detail = mvc.perform(get("/projects/" + id).with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"contracted\">未披露</strong>");
        String dashboard = mvc.perform(get("/dashboard/projects?region=511500").with(SignedIn.as(users, "sichuan-organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("id=\"dashboard-source\">数据来源：平台项目库");
        assertThat(dashboard).contains("id=\"undisclosed\">另有 " + after.get("undisclosed").asLong() + " 个签约项目未披露金额");
        String byChain = dashboard.substring(dashboard.indexOf("id=\"by-chain\""), dashboard.indexOf("id=\"by-event\""));
        assertThat(byChain).doesNotContain(">0 万元<");
        byte[] xlsx = mvc.perform(get("/projects.xlsx?region=511500").with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                    found = true;
                    var amount = row.getCell(12);
                    assertThat(amount == null || amount.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                            .as("合同金额 left empty, not 0").isTrue();
                }
            }
            assertThat(found).isTrue();
        }
    }

    /** A refused stage move says why in the reader's language and comes back with what was typed (but the file). */
    @Test
    void aRefusedStageMoveSaysWhyInChineseAndKeepsTheForm() throws Exception {
        long id = create(form("宜宾阶段推进表单测试项目", "隔膜 " + System.nanoTime(), 1_000_000_000L)).get("id").asLong();
        var refused = mvc.perform(post("/projects/" + id + "/move").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).with(SignedIn.as(users, "sichuan-organiser"))
                        .param("to", "CONSTRUCTION_STARTED").param("onDate", TODAY.minusDays(1).toString()).param("note", "基础开挖已完成")
                        .param("kind", "SITE_PHOTO"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("errors").toString()).contains("推进到“已开工”需要上传佐证材料").contains("施工许可证")
                .doesNotContain("CONSTRUCTION_PERMIT");
        String page = mvc.perform(get("/projects/" + id).with(SignedIn.as(users, "sichuan-organiser"))
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + TODAY.minusDays(1) + "\"").contains("value=\"基础开挖已完成\"")
                .containsPattern("<option value=\"SITE_PHOTO\"[^>]*selected");
        assertThat(count("select count(*) from project where id = ? and stage = 'SIGNED'", id)).isEqualTo(1);
    }

    @Test
    void aProjectListNamesEachRowsParkAndServiceOfficer() throws Exception {
        JsonNode list = call(get("/api/v1/projects?size=500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        int parks = 0;
        int officers = 0;
        for (JsonNode p : list.get("content")) {
            if (!p.get("parkId").isNull()) {
                parks++;
                assertThat(p.get("parkName").asString()).isEqualTo(jdbc.queryForObject("select name_zh from park where id = ?",
                        String.class, p.get("parkId").asLong()));
            }
            if (!p.get("serviceOfficerId").isNull()) {
                officers++;
                assertThat(p.get("serviceOfficerName").asString()).isEqualTo(jdbc.queryForObject(
                        "select display_name from app_user where id = ?", String.class, p.get("serviceOfficerId").asLong()));
            }
        }
        assertThat(parks).as("the demo projects in parks").isGreaterThan(1);
        assertThat(officers).as("the demo projects with a service officer").isGreaterThan(1);
    }

    @Test
    void eachRoleSeesOnlyItsProjects() throws Exception {
        long id = create(form("可见范围测试项目", "测试 " + System.nanoTime(), 100_000_000L)).get("id").asLong();
        call(get("/api/v1/projects/" + id), Users.CATL.auth(), null, 200);
        call(get("/api/v1/projects/" + id), Users.BYD.auth(), null, 403);
        call(get("/api/v1/projects/" + id), Users.CHENGDU_LOCALITY.auth(), null, 403);
        call(get("/api/v1/projects/" + id), Users.YIBIN_LOCALITY.auth(), null, 200);
        call(get("/api/v1/projects/" + id), Users.ANONYMOUS.auth(), null, 403);
        JsonNode mine = call(get("/api/v1/projects?size=500"), Users.CATL.auth(), null, 200);
        long catl = catl();
        mine.get("content").forEach(p -> assertThat(p.get("enterpriseId").asLong()).isEqualTo(catl));
        JsonNode officer = call(get("/api/v1/projects?size=500"), Users.SERVICE_OFFICER.auth(), null, 200);
        long officerId = jdbc.queryForObject("select id from app_user where username = 'sichuan-officer'", Long.class);
        officer.get("content").forEach(p -> assertThat(p.get("serviceOfficerId").asLong()).isEqualTo(officerId));
        assertThat(officer.get("content").findValuesAsString("id")).contains(String.valueOf(id));
    }

    /**
     * A project whose stage is as a news report stated it (京东方's 成都 8.6-generation line, signed per a January 2024 report)
     * is not called overdue: that it has not started is not known (it was under construction that year). Once a user moves
     * it, its deadlines count again.
     */
    @Test
    void aStageAsReportedIsNotCalledOverdue() throws Exception {
        long boe = jdbc.queryForObject("select id from project where product_zh = '第8.6代AMOLED显示器件生产线'", Long.class);
        assertThat(jdbc.queryForObject("select signed_on from project where id = ?", java.sql.Date.class, boe).toLocalDate())
                .as("signed long enough ago to be late by the dates alone").isBefore(TODAY.minusDays(180));
        JsonNode overdue = call(get("/api/v1/projects?overdue=true&size=500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(overdue.get("content").findValuesAsString("id")).doesNotContain(String.valueOf(boe));
        JsonNode all = call(get("/api/v1/projects?size=500"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(all.get("content").findValuesAsString("id")).contains(String.valueOf(boe));
    }

    @Test
    void aTicketGoesToTheOfficerEscalatesWhenOverdueAndIsClosedByTheEnterprise() throws Exception {
        long id = create(form("诉求测试项目", "测试 " + System.nanoTime(), 100_000_000L)).get("id").asLong();
        call(post("/api/v1/projects/" + id + "/tickets"), Users.CATL.auth(), Map.of("category", "POWER"), 400);
        JsonNode ticket = call(post("/api/v1/projects/" + id + "/tickets"), Users.CATL.auth(), Map.of("category", "POWER",
                "titleZh", "双回路供电接入", "description", "需要在开工前接入"), 201);
        long t = ticket.get("id").asLong();
        assertThat(ticket.get("level").asInt()).isEqualTo(1);
        call(post("/api/v1/tickets/" + t + "/resolve"), Users.BYD.auth(), Map.of("note", "x"), 403);

        Instant due = Instant.parse(ticket.get("dueAt").asString());
        desk.escalateOverdue(due.plus(Duration.ofHours(1)));
        JsonNode level2 = call(get("/api/v1/tickets/" + t), Users.CATL.auth(), null, 200);
        assertThat(level2.get("level").asInt()).isEqualTo(2);
        desk.escalateOverdue(Instant.parse(level2.get("dueAt").asString()).plus(Duration.ofHours(1)));
        JsonNode level3 = call(get("/api/v1/tickets/" + t), Users.CATL.auth(), null, 200);
        assertThat(level3.get("level").asInt()).isEqualTo(3);
        desk.escalateOverdue(Instant.parse(level3.get("dueAt").asString()).plus(Duration.ofHours(1)));
        assertThat(call(get("/api/v1/tickets/" + t), Users.CATL.auth(), null, 200).get("level").asInt()).as("3 is the top").isEqualTo(3);
        // who answers at the top level says who they are: named coordinators by their title, the place's staff as standing in
        assertThat(level3.get("handlers")).isNotEmpty().allSatisfy(h -> assertThat(h.asString()).matches(".+（.+）"));
        JsonNode top = call(post("/api/v1/tickets/" + t + "/escalate"), Users.CATL.auth(), Map.of("reason", "再次催办"), 409);
        assertThat(top.toString()).as("said as the top level").containsAnyOf("第 3 级", "level 3");

        call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL.auth(), Map.of("solved", true), 409);
        call(post("/api/v1/tickets/" + t + "/resolve"), Users.SERVICE_OFFICER.auth(), Map.of("note", "已协调供电公司"), 200);
        call(post("/api/v1/tickets/" + t + "/confirm"), Users.SERVICE_OFFICER.auth(), Map.of("solved", true), 403);
        JsonNode reopened = call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL.auth(), Map.of("solved", false,
                "note", "尚未通电"), 200);
        assertThat(reopened.get("status").asString()).isEqualTo("IN_PROGRESS");
        call(post("/api/v1/tickets/" + t + "/resolve"), Users.SICHUAN_ORGANISER.auth(), Map.of("note", "已通电"), 200);
        call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL.auth(), Map.of("solved", true), 400);
        JsonNode closed = call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL.auth(), Map.of("solved", true,
                "satisfaction", 4), 200);
        assertThat(closed.get("satisfaction").asInt()).isEqualTo(4);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        // escalations carry the (simulated) time they happened, so only the set of steps is compared
        assertThat(closed.get("entries").findValuesAsString("action")).containsExactlyInAnyOrder("RAISED", "ESCALATED", "ESCALATED",
                "RESOLVED", "REOPENED", "RESOLVED", "CLOSED");
    }
}
