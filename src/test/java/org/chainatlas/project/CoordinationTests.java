package org.chainatlas.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.chainatlas.support.Api;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.chainatlas.support.TestMail;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * 三级协调 as the seeds describe it: named people per place and level, a ticket escalated by hand reaches them (by
 * name on the ticket and by mail), hand-off to a department, attachments, overdue days, satisfaction on closing.
 */
@AtlasTest
@Tag("db")
class CoordinationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private JsonNode call(MockHttpServletRequestBuilder request, Users who, Object body, int expected) throws Exception {
        return new Api(mvc).call(request, who, body, expected);
    }

    /** Mails received for an address (the server lists them by mailbox, not in the order they came). */
    private static long mailsTo(String address) throws Exception {
        long n = 0;
        for (MimeMessage m : TestMail.server().getReceivedMessages()) {
            n += m.getAllRecipients()[0].toString().equals(address) ? 1 : 0;
        }
        return n;
    }

    /** A new project of CATL's signed in 宜宾 ten days ago (a product of its own, so no duplicate of another test's). */
    private long catlProjectInYibin(String name, long amountCny) throws Exception {
        long catl = jdbc.queryForObject("select enterprise_id from app_user where username = 'catl-enterprise'", Long.class);
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", name, "enterpriseId", catl, "hostRegionCode", "511500",
                "chainCode", "nev-battery", "productZh", "协调 " + System.nanoTime(), "contractedAmountCny", amountCny,
                "stage", "SIGNED", "signedOn", TODAY.minusDays(10).toString()));
        return call(post("/api/v1/projects"), Users.SICHUAN_ORGANISER, form, 201).get("id").asLong();
    }

    private long user(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void organisersNamePeopleOfTheirOwnPlacesOnly() throws Exception {
        JsonNode named = call(get("/api/v1/coordination?region=510000"), Users.SICHUAN_ORGANISER, null, 200);
        assertThat(named.findValuesAsString("regionCode")).contains("511500", "510000");
        call(get("/api/v1/coordination?region=510000"), Users.YIBIN_LOCALITY, null, 403);

        Map<String, Object> form = new HashMap<>(Map.of("regionCode", "510100", "level", 3, "userId", user("chengdu-locality"),
                "titleZh", "区领导（测试）"));
        call(post("/api/v1/coordination"), Users.YIBIN_LOCALITY, form, 403);
        JsonNode created = call(post("/api/v1/coordination"), Users.SICHUAN_ORGANISER, form, 201);
        call(post("/api/v1/coordination"), Users.SICHUAN_ORGANISER, form, 409);
        Map<String, Object> enterprise = new HashMap<>(form);
        enterprise.put("userId", user("catl-enterprise"));
        assertThat(call(post("/api/v1/coordination"), Users.SICHUAN_ORGANISER, enterprise, 400).toString()).contains("userId");
        Map<String, Object> outside = new HashMap<>(form);
        outside.put("userId", user("yibin-locality"));
        assertThat(call(post("/api/v1/coordination"), Users.SICHUAN_ORGANISER, outside, 400).toString())
                .as("a 宜宾 officer does not answer for 成都").contains("does not work for");
        Map<String, Object> level1 = new HashMap<>(form);
        level1.put("level", 1);
        call(post("/api/v1/coordination"), Users.SICHUAN_ORGANISER, level1, 400);
        call(delete("/api/v1/coordination/" + created.get("id").asLong()), Users.SICHUAN_ORGANISER, null, 204);
        assertThat(jdbc.queryForObject("select count(*) from coordination_assignee where id = ?", Integer.class,
                created.get("id").asLong())).isZero();
        mvc.perform(get("/coordination").with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk());
    }

    @Test
    void aTicketEscalatedByHandReachesTheNamedHeadHandedOffAttachedAndRated() throws Exception {
        long project = catlProjectInYibin("三级协调测试项目", 50_000_000L);
        JsonNode ticket = call(post("/api/v1/projects/" + project + "/tickets"), Users.CATL, Map.of("category", "LAND",
                "titleZh", "二期用地指标", "description", "需协调自然资源部门"), 201);
        long t = ticket.get("id").asLong();
        assertThat(call(get("/api/v1/tickets/" + t), Users.CATL, null, 200).get("handlers").toString())
                .as("level 1: the project's chief service officer").contains("首席服务官");

        call(post("/api/v1/tickets/" + t + "/escalate"), Users.CATL, Map.of("reason", " "), 400);
        call(post("/api/v1/tickets/" + t + "/escalate"), Users.BYD, Map.of("reason", "催办"), 403);
        long mails = mailsTo("yibin@demo.chainatlas");
        JsonNode escalated = call(post("/api/v1/tickets/" + t + "/escalate"), Users.CATL, Map.of("reason", "涉及多个部门"), 200);
        assertThat(escalated.get("level").asInt()).isEqualTo(2);
        assertThat(escalated.get("handlers").toString()).as("the 部门负责人 named for 宜宾").contains("宜宾市投资促进局", "部门负责人");
        boolean mailed = false;
        for (int wait = 0; wait < 100 && !mailed; wait++) {
            mailed = mailsTo("yibin@demo.chainatlas") > mails;
            if (!mailed) {
                Thread.sleep(100);
            }
        }
        assertThat(mailed).as("the named head is told by mail").isTrue();
        MimeMessage told = java.util.Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("yibin@demo.chainatlas") && m.getSubject().contains("二期用地指标");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).reduce((a, b) -> b).orElseThrow();
        String body = String.valueOf(told.getContent());
        assertThat(body).as("the mail says the category and level in words, the deadline in Beijing time")
                .contains("诉求（用地，第2级 · 部门负责人）").doesNotContain("LAND").contains("（北京时间）");

        call(post("/api/v1/tickets/" + t + "/hand-off"), Users.CATL, Map.of("department", "市自然资源和规划局"), 403);
        JsonNode handed = call(post("/api/v1/tickets/" + t + "/hand-off"), Users.YIBIN_LOCALITY, Map.of("department",
                "宜宾市自然资源和规划局", "note", "核实用地指标"), 200);
        assertThat(handed.get("departmentZh").asString()).isEqualTo("宜宾市自然资源和规划局");
        assertThat(handed.get("status").asString()).isEqualTo("IN_PROGRESS");

        mvc.perform(multipart("/tickets/" + t + "/attach").file(new MockMultipartFile("file", "地块红线图.pdf", "application/pdf", PDF))
                .with(SignedIn.as(users, "catl-enterprise")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/tickets/" + t + "/attach").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                "not a pdf".getBytes())).with(SignedIn.as(users, "catl-enterprise")).with(org.springframework.security.test.web
                .servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().is3xxRedirection());
        JsonNode attached = call(get("/api/v1/tickets/" + t), Users.CATL, null, 200);
        assertThat(attached.get("attachments").size()).as("the PDF is kept, the fake one refused").isEqualTo(1);
        assertThat(attached.get("attachments").get(0).get("fileName").asString()).isEqualTo("地块红线图.pdf");
        // on the project the file is listed as the ticket's attachment, not as evidence of the kind 其他
        JsonNode files = call(get("/api/v1/projects/" + project), Users.CATL, null, 200).get("evidence");
        assertThat(files).singleElement().satisfies(e -> assertThat(e.get("ticketId").asLong()).isEqualTo(t));
        assertThat(mvc.perform(get("/projects/" + project).with(SignedIn.as(users, "yibin-locality"))).andReturn().getResponse()
                .getContentAsString()).contains("服务工单附件", "href=\"/tickets/" + t + "\"").doesNotContain(">其他 · ");

        jdbc.update("update service_ticket set due_at = current_timestamp - interval '3' day where id = ?", t);
        JsonNode late = call(get("/api/v1/tickets/" + t), Users.CATL, null, 200);
        assertThat(late.get("overdueDays").asLong()).isBetween(3L, 4L);
        String page = mvc.perform(get("/tickets/" + t).with(SignedIn.as(users, "yibin-locality"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"ticket-overdue\"", "逾期 " + late.get("overdueDays").asLong() + " 天", "部门负责人", "地块红线图.pdf");
        // the dashboard lists an overdue ticket while it is being handled, and no longer once it is resolved (the database
        // picks the overdue ones of the organiser's projects)
        assertThat(call(get("/api/v1/dashboard/projects"), Users.SICHUAN_ORGANISER, null, 200).get("overdueTickets")
                .findValuesAsString("id")).contains(String.valueOf(t));

        call(post("/api/v1/tickets/" + t + "/resolve"), Users.YIBIN_LOCALITY, Map.of("note", "指标已落实"), 200);
        call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL, Map.of("solved", true, "satisfaction", 0), 400);
        JsonNode closed = call(post("/api/v1/tickets/" + t + "/confirm"), Users.CATL, Map.of("solved", true, "satisfaction", 5,
                "note", "很及时"), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(closed.get("overdueDays").asLong()).isZero();
        assertThat(call(get("/api/v1/dashboard/projects"), Users.SICHUAN_ORGANISER, null, 200).get("overdueTickets")
                .findValuesAsString("id")).doesNotContain(String.valueOf(t));
        assertThat(closed.get("entries").findValuesAsString("action")).contains("ESCALATED", "HANDED_OFF", "ATTACHED", "RESOLVED",
                "CLOSED");
    }
    /** Who answers a ticket is said in the reader's language: an English ticket read 首席服务官 and 代为办理. */
    @Test
    void whoAnswersIsSaidInTheReadersLanguage() throws Exception {
        long project = catlProjectInYibin("经办人语言测试项目", 60_000_000L);
        long t = call(post("/api/v1/projects/" + project + "/tickets"), Users.CATL, Map.of("category", "LAND",
                "titleZh", "用地手续", "description", "需协调"), 201).get("id").asLong();
        assertThat(call(get("/api/v1/tickets/" + t), Users.CATL, null, 200).get("handlers").toString()).contains("）（首席服务官）");
        String english = call(get("/api/v1/tickets/" + t).param("lang", "en"), Users.CATL, null, 200).get("handlers").toString();
        assertThat(english).as("the officer's own name as given, the part in English").contains(" (chief service officer)")
                .doesNotContain("（首席服务官）");
    }
}
