package org.chainatlas.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.chainatlas.support.Api;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * The lead pipeline through the API: made once per place, enterprise and chain, only inside the maker's region;
 * worked through its stages with the visit log as evidence of contact; signed into a project of the pipeline in
 * the same step; invited to an event through the event's own registration; stale writes refused.
 */
@AtlasTest
@Tag("db")
class LeadApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private JsonNode call(MockHttpServletRequestBuilder request, Users who, Object body, int expected) throws Exception {
        return new Api(mvc).call(request, who, body, expected);
    }

    /** The n-th listed company seated outside Sichuan that works in the battery chain: a target for 宜宾. */
    private long target(int n) {
        return jdbc.queryForObject("select e.id from enterprise e where e.hq_region_code not like '51%' and e.deleted_at is null"
                + " and exists (select 1 from enterprise_segment s join chain_node c on c.id = s.node_id"
                + " join chain ch on ch.id = c.chain_id where s.enterprise_id = e.id and ch.code = 'nev-battery') order by e.id offset " + n
                + " rows fetch next 1 rows only", Long.class);
    }

    private long node() {
        return jdbc.queryForObject("select c.id from chain_node c join chain ch on ch.id = c.chain_id where ch.code = 'nev-battery'"
                + " order by c.position, c.id fetch first 1 rows only",
                Long.class);
    }

    private Map<String, Object> form(long enterprise, String region) {
        Map<String, Object> form = new HashMap<>();
        form.put("regionCode", region);
        form.put("enterpriseId", enterprise);
        form.put("nodeId", node());
        form.put("origin", "GAP");
        form.put("reasonZh", "补链：正极材料");
        return form;
    }

    @Test
    void aLeadIsMadeOnceAndOnlyInsideTheMakersRegion() throws Exception {
        long enterprise = target(0);
        JsonNode made = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 201);
        assertThat(made.get("stage").asString()).isEqualTo("TARGET");
        assertThat(made.get("chainCode").asString()).as("the chain follows from the segment").isEqualTo("nev-battery");
        JsonNode again = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 200);
        assertThat(again.get("id").asLong()).as("the same place, enterprise and chain opens the lead there is")
                .isEqualTo(made.get("id").asLong());
        assertThat(jdbc.queryForObject("select count(*) from investment_lead where enterprise_id = ? and region_code = '511500'",
                Integer.class, enterprise)).isEqualTo(1);

        call(post("/api/v1/leads"), Users.CHENGDU_LOCALITY, form(enterprise, "511500"), 403);
        call(post("/api/v1/leads"), Users.CATL, form(enterprise, "511500"), 403);
        call(post("/api/v1/leads"), Users.ANONYMOUS, form(enterprise, "511500"), 401);
        call(get("/api/v1/leads/" + made.get("id").asLong()), Users.CHENGDU_LOCALITY, null, 403);
        call(get("/api/v1/leads/" + made.get("id").asLong()), Users.SICHUAN_ORGANISER, null, 200);

        Map<String, Object> bad = form(enterprise, "511500");
        bad.put("nodeId", null);
        bad.put("chainCode", "no-such-chain");
        JsonNode problem = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, bad, 400);
        assertThat(problem.toString()).contains("chainCode");
    }

    /** A signing refused on a stale version (one's own visit in between) keeps what was typed, now on the current version. */
    @Test
    void aRefusedSigningKeepsTheFormOnTheCurrentVersion() throws Exception {
        JsonNode lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(target(7), "511500"), 201);
        long id = lead.get("id").asLong();
        call(post("/api/v1/leads/" + id + "/visits"), Users.YIBIN_LOCALITY,
                Map.of("visitedOn", TODAY.toString(), "kind", "VISIT", "noteZh", "拜访"), 200);
        var refused = mvc.perform(post("/leads/" + id + "/sign").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .param("projectName", "宜宾储能电池项目（表单保留测试）").param("amountWan", "120000")
                        .param("signedOn", TODAY.toString()).param("version", String.valueOf(lead.get("version").asLong())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().containsKey("errors")).isTrue();
        String page = mvc.perform(get("/leads/" + id).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"宜宾储能电池项目（表单保留测试）\"").contains("value=\"120000\"");
        assertThat(jdbc.queryForObject("select stage from investment_lead where id = ?", String.class, id)).isNotEqualTo("SIGNED");
        // a visit dated 1900 is refused with the field's label, and its note comes back as typed
        var visit = mvc.perform(post("/leads/" + id + "/visits").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .param("visitedOn", "1900-01-01").param("kind", "CALL").param("note", "电话回访记录（表单保留）"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String again = mvc.perform(get("/leads/" + id).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .cookie(visit.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("value=\"电话回访记录（表单保留）\"").contains("走访日期").contains("1900-01-01 不在 2000-01-01");
        // dropping without a reason is refused in the reader's language (it read "say why the lead is dropped")
        var drop = mvc.perform(post("/leads/" + id + "/stage").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .param("to", "DROPPED").param("reason", " "))
                .andExpect(status().is3xxRedirection()).andReturn();
        String dropped = mvc.perform(get("/leads/" + id).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .cookie(drop.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dropped).contains("请说明放弃这条线索的原因").doesNotContain("say why the lead is dropped");
        assertThat(jdbc.queryForObject("select stage from investment_lead where id = ?", String.class, id)).isNotEqualTo("DROPPED");
    }

    @Test
    void aLeadIsWorkedThroughItsStagesAndSignedIntoAProject() throws Exception {
        long enterprise = target(1);
        JsonNode lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 201);
        long id = lead.get("id").asLong();

        JsonNode refused = call(post("/api/v1/leads/" + id + "/stage"), Users.YIBIN_LOCALITY,
                Map.of("to", "CONTACTED", "version", lead.get("version").asLong()), 400);
        assertThat(refused.toString()).contains("visit");
        JsonNode tooLong = call(post("/api/v1/leads/" + id + "/stage"), Users.YIBIN_LOCALITY,
                Map.of("to", "DROPPED", "reason", "因".repeat(600), "version", lead.get("version").asLong()), 400);
        assertThat(tooLong.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(tooLong.toString()).contains("at most 500");

        call(post("/api/v1/leads/" + id + "/visits"), Users.YIBIN_LOCALITY,
                Map.of("visitedOn", TODAY.plusDays(2).toString(), "kind", "VISIT", "noteZh", "future"), 400);
        call(post("/api/v1/leads/" + id + "/visits"), Users.YIBIN_LOCALITY,
                Map.of("visitedOn", "1900-01-01", "kind", "VISIT", "noteZh", "long ago"), 400);
        JsonNode visited = call(post("/api/v1/leads/" + id + "/visits"), Users.YIBIN_LOCALITY,
                Map.of("visitedOn", TODAY.minusDays(1).toString(), "kind", "VISIT", "noteZh", "拜访总部，介绍宜宾三江新区配套"), 200);
        assertThat(visited.get("stage").asString()).isEqualTo("CONTACTED");
        assertThat(visited.get("visits").get(0).get("noteZh").asString()).contains("三江新区");

        JsonNode planned = call(post("/api/v1/leads/" + id + "/next-step"), Users.YIBIN_LOCALITY,
                Map.of("nextStepZh", "邀请来宜考察", "nextStepOn", TODAY.plusDays(7).toString()), 200);
        assertThat(planned.get("nextStepOn").asString()).isEqualTo(TODAY.plusDays(7).toString());

        long version = planned.get("version").asLong();
        JsonNode negotiating = call(post("/api/v1/leads/" + id + "/stage"), Users.YIBIN_LOCALITY,
                Map.of("to", "NEGOTIATING", "version", version), 200);
        assertThat(negotiating.get("stage").asString()).isEqualTo("NEGOTIATING");
        call(post("/api/v1/leads/" + id + "/stage"), Users.YIBIN_LOCALITY, Map.of("to", "DROPPED", "reason", "x",
                "version", version), 409);

        long projectsBefore = jdbc.queryForObject("select count(*) from project where enterprise_id = ?", Long.class, enterprise);
        call(post("/api/v1/leads/" + id + "/sign"), Users.YIBIN_LOCALITY, Map.of("contractedAmountCny", 0,
                "signedOn", TODAY.toString(), "version", negotiating.get("version").asLong()), 400);
        assertThat(jdbc.queryForObject("select count(*) from project where enterprise_id = ?", Long.class, enterprise))
                .as("a refused signing leaves no project behind").isEqualTo(projectsBefore);
        JsonNode signed = call(post("/api/v1/leads/" + id + "/sign"), Users.YIBIN_LOCALITY, Map.of("contractedAmountCny",
                1_500_000_000L, "signedOn", TODAY.toString(), "version", negotiating.get("version").asLong()), 200);
        assertThat(signed.get("stage").asString()).isEqualTo("SIGNED");
        long project = signed.get("projectId").asLong();
        JsonNode p = call(get("/api/v1/projects/" + project), Users.YIBIN_LOCALITY, null, 200);
        assertThat(p.get("stage").asString()).isEqualTo("SIGNED");
        assertThat(p.get("contractedAmountCny").asLong()).isEqualTo(1_500_000_000L);
        assertThat(p.get("enterpriseId").asLong()).isEqualTo(enterprise);
        assertThat(p.get("hostRegionCode").asString()).isEqualTo("511500");
        assertThat(p.get("nodeId").asLong()).isEqualTo(node());

        call(post("/api/v1/leads/" + id + "/stage"), Users.YIBIN_LOCALITY, Map.of("to", "DROPPED", "reason", "x",
                "version", signed.get("version").asLong()), 409);
        call(post("/api/v1/leads/" + id + "/sign"), Users.YIBIN_LOCALITY, Map.of("contractedAmountCny", 1L,
                "signedOn", TODAY.toString(), "version", signed.get("version").asLong()), 409);
        assertThat(jdbc.queryForObject("select count(*) from project where enterprise_id = ?", Long.class, enterprise))
                .as("signed once, one project").isEqualTo(projectsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'lead' and entity_id = ?",
                Integer.class, id)).as("every write audited").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFunnelCountsWhatReachedEachStage() throws Exception {
        JsonNode before = call(get("/api/v1/leads/funnel?region=511500"), Users.YIBIN_LOCALITY, null, 200);
        long enterprise = target(2);
        JsonNode lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 201);
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/visits"), Users.YIBIN_LOCALITY,
                Map.of("visitedOn", TODAY.toString(), "kind", "CALL", "noteZh", "电话沟通"), 200);
        JsonNode after = call(get("/api/v1/leads/funnel?region=511500"), Users.YIBIN_LOCALITY, null, 200);
        assertThat(after.get("TARGET").asLong()).isEqualTo(before.get("TARGET").asLong() + 1);
        assertThat(after.get("CONTACTED").asLong()).isEqualTo(before.get("CONTACTED").asLong() + 1);
        assertThat(after.get("NEGOTIATING").asLong()).isEqualTo(before.get("NEGOTIATING").asLong());
        JsonNode chengdu = call(get("/api/v1/leads/funnel"), Users.CHENGDU_LOCALITY, null, 200);
        JsonNode all = call(get("/api/v1/leads?size=200"), Users.CHENGDU_LOCALITY, null, 200);
        long dropped = 0;
        for (JsonNode l : all.get("content")) {
            assertThat(l.get("regionCode").asString()).as("成都 sees only its own leads").startsWith("5101");
            dropped += l.get("stage").asString().equals("DROPPED") ? 1 : 0;
        }
        assertThat(chengdu.get("TARGET").asLong()).isEqualTo(all.get("totalElements").asLong() - dropped);
        // each funnel card lists what it counts: the page behind it holds as many leads as the card says
        String page = mvc.perform(get("/leads").with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("/leads?stage=TARGET&amp;reached=true", "/leads?stage=CONTACTED&amp;reached=true");
        JsonNode yibin = call(get("/api/v1/leads/funnel"), Users.YIBIN_LOCALITY, null, 200);
        for (String stage : new String[] {"TARGET", "CONTACTED"}) {
            String listed = mvc.perform(get("/leads").param("stage", stage).param("reached", "true")
                            .with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))).andReturn().getResponse().getContentAsString();
            int rows = listed.split("class=\"lead-row\"", -1).length - 1;
            assertThat((long) rows).as(stage).isEqualTo(Math.min(30, yibin.get(stage).asLong()));
        }
        // a lead that is only a target offers no "mark contacted": a logged visit or call does that
        String target = mvc.perform(get("/leads/" + call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(target(11), "511500"), 201)
                        .get("id").asLong()).with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(target).contains("id=\"contacted-by-visit\"").doesNotContain("id=\"to-CONTACTED\"");
    }

    @Test
    void aLeadIsInvitedToAnEventThroughTheEventsOwnRegistration() throws Exception {
        Long event = jdbc.query("select id from match_event where host_region_code like '51%' and status <> 'FINISHED'"
                + " order by id fetch first 1 rows only", rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(event).as("a Sichuan event to come in the demo data").isNotNull();
        long enterprise = target(3);
        JsonNode lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 201);
        JsonNode invited = call(post("/api/v1/leads/" + lead.get("id").asLong() + "/invite"), Users.YIBIN_LOCALITY,
                Map.of("eventId", event), 200);
        assertThat(invited.get("eventId").asLong()).isEqualTo(event);
        assertThat(jdbc.queryForObject("select status from participant where event_id = ? and enterprise_id = ?", String.class,
                event, enterprise)).isEqualTo("INVITED");
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/invite"), Users.YIBIN_LOCALITY, Map.of("eventId", event), 200);
        assertThat(jdbc.queryForObject("select count(*) from participant where event_id = ? and enterprise_id = ?", Integer.class,
                event, enterprise)).as("inviting twice registers once").isEqualTo(1);
        // a second event: the lead page lists both, the earlier invitation is not hidden by the later one
        long second = call(post("/api/v1/events"), Users.SICHUAN_ORGANISER, Map.of("nameZh", "线索第二场邀请测试活动", "hostRegionCode",
                "511500", "startsOn", TODAY.plusDays(60).toString(), "endsOn", TODAY.plusDays(60).toString(),
                "requestExpiryHours", 48, "requestQuota", 20), 201).get("id").asLong();
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/invite"), Users.YIBIN_LOCALITY, Map.of("eventId", second), 200);
        String page = mvc.perform(get("/leads/" + lead.get("id").asLong()).with(org.chainatlas.support.SignedIn.as(userDetails,
                "yibin-locality"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String firstName = jdbc.queryForObject("select name_zh from match_event where id = ?", String.class, event);
        String firstNameEn = jdbc.queryForObject("select name_en from match_event where id = ?", String.class, event);
        assertThat(firstNameEn).as("the demo event has an English title").isNotBlank();
        assertThat(mvc.perform(get("/leads/" + lead.get("id").asLong()).param("lang", "en").with(org.chainatlas.support.SignedIn.as(userDetails,
                "yibin-locality"))).andReturn().getResponse().getContentAsString()).as("the event in English on English pages")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(firstNameEn));
        assertThat(page).contains("id=\"lead-events\"", "线索第二场邀请测试活动", firstName, "已邀请")
                .containsPattern("href=\"/events/" + second + "\" id=\"lead-event\"");
        // inviting again through the page says it takes part already, not "invitation sent"
        var again = mvc.perform(post("/leads/" + lead.get("id").asLong() + "/invite").param("eventId", String.valueOf(second))
                        .with(org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(mvc.perform(get("/leads/" + lead.get("id").asLong()).with(org.chainatlas.support.SignedIn.as(userDetails,
                        "yibin-locality")).cookie(again.getResponse().getCookies()).flashAttrs(again.getFlashMap())).andReturn()
                .getResponse().getContentAsString()).contains("该企业已在参加这场对接活动").doesNotContain("已发出活动邀请");

        Long elsewhere = jdbc.query("select id from match_event where host_region_code not like '51%' and status <> 'FINISHED'"
                + " order by id fetch first 1 rows only", rs -> rs.next() ? rs.getLong(1) : null);
        if (elsewhere != null) {
            call(post("/api/v1/leads/" + lead.get("id").asLong() + "/invite"), Users.YIBIN_LOCALITY, Map.of("eventId", elsewhere), 403);
        }
    }

    @Test
    void onlyAnOfficerOfThePlaceIsAssigned() throws Exception {
        long enterprise = target(4);
        JsonNode lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form(enterprise, "511500"), 201);
        long officer = jdbc.queryForObject("select id from app_user where username = 'sichuan-officer'", Long.class);
        long notOfficer = jdbc.queryForObject("select id from app_user where username = 'chengdu-locality'", Long.class);
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/officer"), Users.YIBIN_LOCALITY, Map.of("officerId", notOfficer), 400);
        JsonNode assigned = call(post("/api/v1/leads/" + lead.get("id").asLong() + "/officer"), Users.YIBIN_LOCALITY,
                Map.of("officerId", officer), 200);
        assertThat(assigned.get("officerId").asLong()).isEqualTo(officer);
        JsonNode seen = call(get("/api/v1/leads/" + lead.get("id").asLong()), Users.SERVICE_OFFICER, null, 200);
        assertThat(seen.get("id").asLong()).isEqualTo(lead.get("id").asLong());
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/visits"), Users.SERVICE_OFFICER,
                Map.of("visitedOn", TODAY.toString(), "kind", "HOSTED", "noteZh", "陪同考察园区"), 200);
        call(post("/api/v1/leads/" + lead.get("id").asLong() + "/stage"), Users.SERVICE_OFFICER,
                Map.of("to", "NEGOTIATING"), 403);
    }

    /**
     * A gap target the place already works as a lead shows that lead and its stage on the gap page, instead of a second
     * "make a lead" (it opened the lead there was, but the page did not say so); to the place's staff only.
     */
    @Test
    void aGapTargetAlreadyALeadShowsItsLead() throws Exception {
        JsonNode gaps = call(get("/api/v1/match/gaps").param("region", "511500").param("chain", "nev-battery"), Users.YIBIN_LOCALITY,
                null, 200);
        long enterprise = -1;
        long node = -1;
        for (var e : gaps.get("targets").properties()) {
            for (JsonNode t : e.getValue()) {
                if (jdbc.queryForObject("select count(*) from investment_lead where region_code = '511500' and chain_code = 'nev-battery'"
                        + " and enterprise_id = ?", Long.class, t.get("enterpriseId").asLong()) == 0) {
                    enterprise = t.get("enterpriseId").asLong();
                    node = Long.parseLong(e.getKey());
                    break;
                }
            }
            if (enterprise > 0) {
                break;
            }
        }
        assertThat(enterprise).as("a target of 宜宾's battery gaps that is not yet a lead").isPositive();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("<tr[^>]*data-enterprise=\"" + enterprise + "\"[^>]*>(.*?)</tr>",
                java.util.regex.Pattern.DOTALL);
        String before = page(Users.YIBIN_LOCALITY);
        assertThat(row.matcher(before).results().map(m -> m.group(1)).toList()).isNotEmpty()
                .allSatisfy(r -> assertThat(r).contains("make-lead").doesNotContain("known-lead"));

        Map<String, Object> form = form(enterprise, "511500");
        form.put("nodeId", node);
        long lead = call(post("/api/v1/leads"), Users.YIBIN_LOCALITY, form, 201).get("id").asLong();
        String after = page(Users.YIBIN_LOCALITY);
        assertThat(row.matcher(after).results().map(m -> m.group(1)).toList()).isNotEmpty().allSatisfy(r -> assertThat(r)
                .contains("known-lead").contains("/leads/" + lead).contains("已是线索（目标企业）").doesNotContain("make-lead"));
        assertThat(page(null)).as("not to a reader who does not work 宜宾's leads").doesNotContain("known-lead");
    }

    private String page(Users who) throws Exception {
        var request = get("/match/gaps").param("region", "511500").param("chain", "nev-battery").param("lang", "zh");
        if (who != null) {
            request = request.with(org.chainatlas.support.SignedIn.as(userDetails, who.username()));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
