package org.chainatlas.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The workbench: where sign-in lands, what each role finds waiting, and that each count is the list it opens.
 */
@AtlasTest
@Tag("db")
class WorkbenchTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String page(String username) throws Exception {
        return mvc.perform(get("/workbench").with(SignedIn.as(users, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The count on a section's card at the top of the workbench. */
    private static long count(String html, String section) {
        Matcher m = Pattern.compile("data-section=\"" + Pattern.quote(section)
                + "\"[^>]*>\\s*<div[^>]*>[^<]*</div>\\s*<div class=\"ca-stat[^\"]*\">(\\d+)</div>").matcher(html);
        assertThat(m.find()).as("the workbench shows the section " + section).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long total(String url, Users who) throws Exception {
        String body = mvc.perform(get(url).with(who.auth())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("totalElements").asLong();
    }

    @Test
    void signingInLandsOnTheWorkbench() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "yibin-locality").param("password", Users.DEMO_PASSWORD)
                .with(request -> {
                    request.setRemoteAddr("10.77.0.1");
                    return request;
                })).andExpect(redirectedUrl("/workbench"));
        mvc.perform(get("/workbench")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void eachRoleFindsItsOwnWork() throws Exception {
        String organiser = page("sichuan-organiser");
        assertThat(organiser).contains("id=\"section-registrations\"", "id=\"section-enterprise-registrations\"",
                "id=\"section-projects-overdue\"", "id=\"section-tickets-open\"", "id=\"section-events-upcoming\"",
                "id=\"section-schedules\"", "id=\"section-leads-funnel\"").doesNotContain("id=\"section-needs\"");

        String locality = page("yibin-locality");
        assertThat(locality).contains("id=\"section-leads\"", "id=\"section-opportunities-stale\"", "id=\"section-parks-stale\"",
                "id=\"section-projects-by-stage\"", "id=\"section-tickets-open\"", "宜宾")
                .doesNotContain("id=\"section-registrations\"");
        // its parks to verify: the list behind the section is its own city's parks not verified, as many as the section counts
        assertThat(locality).contains("href=\"/parks?province=511500&amp;stale=true\"");
        long stale = jdbc.queryForObject("select count(*) from park where region_code like '5115%' and deleted_at is null"
                + " and (last_verified_at is null or last_verified_at < ?)", Long.class,
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(180))));
        String listed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/parks")
                .param("province", "511500").param("stale", "true")).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("共 " + stale + " 个").contains("id=\"stale\" name=\"stale\" value=\"true\" checked");

        String officer = page("sichuan-officer");
        assertThat(officer).contains("id=\"section-projects-mine\"", "id=\"section-tickets-open\"")
                .doesNotContain("id=\"section-projects-overdue\"", "id=\"section-opportunities-stale\"");

        String enterprise = page("catl-enterprise");
        assertThat(enterprise).contains("id=\"section-requests\"", "id=\"section-meetings\"", "id=\"section-needs\"",
                "id=\"section-tickets-confirm\"").doesNotContain("id=\"section-projects-overdue\"", "id=\"section-leads\"");
    }

    /** An enterprise's meetings on the workbench are those its agenda holds: scheduled ones and accepted ones still to place. */
    @Test
    void anEnterprisesMeetingsCountTheAcceptedOnesTheScheduleHasNotPlacedYet() throws Exception {
        String mine = " from meeting m join participant x on (x.id = m.participant_a or x.id = m.participant_b)"
                + " join app_user u on u.enterprise_id = x.enterprise_id join match_event ev on ev.id = m.event_id"
                + " where u.username = 'catl-enterprise'";
        java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        long waiting = jdbc.queryForObject("select count(*)" + mine + " and (m.slot_id is null or not m.published) and ev.ends_on >= ?",
                Long.class, today);
        long scheduled = jdbc.queryForObject("select count(*)" + mine + " and m.published and exists (select 1 from time_slot s"
                + " where s.id = m.slot_id and s.starts_at >= ?)", Long.class, java.sql.Timestamp.from(java.time.Instant.now()));
        String enterprise = page("catl-enterprise");
        assertThat(count(enterprise, "meetings")).isEqualTo(scheduled + waiting);
        assertThat(waiting).as("the demo's upcoming event has accepted meetings of CATL not yet scheduled").isPositive();
        assertThat(enterprise).contains("待排期");
    }

    @Test
    void eachCountIsTheListItOpens() throws Exception {
        String organiser = page("sichuan-organiser");
        assertThat(count(organiser, "projects-overdue")).isEqualTo(total("/api/v1/projects?overdue=true", Users.SICHUAN_ORGANISER));
        String officer = page("sichuan-officer");
        long assigned = jdbc.queryForObject("select count(*) from project p join app_user u on u.id = p.service_officer_id"
                + " where u.username = 'sichuan-officer' and p.stage in ('SIGNED','LAND_SECURED','CONSTRUCTION_STARTED')"
                + " and p.counted = true", Long.class);
        assertThat(count(officer, "projects-mine")).isEqualTo(assigned)
                .as("the officer's list it opens (it opened every project of theirs, producing ones too)")
                .isEqualTo(total("/api/v1/projects?step=underway", Users.SERVICE_OFFICER));
        assertThat(officer).contains("href=\"/projects?step=underway\"");
        // a locality's open leads: the list it opens holds the leads still worked, not the signed and dropped ones
        String locality = page("yibin-locality");
        assertThat(locality).contains("href=\"/leads?open=true\"");
        assertThat(count(locality, "leads")).isEqualTo(total("/api/v1/leads?open=true", Users.YIBIN_LOCALITY));
        // the open tickets: the list it opens holds those still handled, not those resolved and waiting for confirmation
        assertThat(officer).contains("href=\"/tickets?open=true\"");
        String tickets = mvc.perform(get("/tickets").param("open", "true").param("lang", "zh").with(SignedIn.as(users, "sichuan-officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher listed = Pattern.compile("id=\"ticket-count\">（(\\d+) 件）").matcher(tickets);
        assertThat(listed.find()).as(tickets).isTrue();
        assertThat(Long.parseLong(listed.group(1))).isEqualTo(count(officer, "tickets-open"));
        // an enterprise's meetings: those its agenda lists as still to come
        String agenda = mvc.perform(get("/agenda").with(SignedIn.as(users, "catl-enterprise")).param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher toCome = Pattern.compile("id=\"agenda-upcoming\"[^>]*>待举行（(\\d+) 场").matcher(agenda);
        assertThat(toCome.find()).as(agenda).isTrue();
        assertThat(Long.parseLong(toCome.group(1))).isEqualTo(count(page("catl-enterprise"), "meetings"));
        long pendingForCatl = jdbc.queryForObject("select count(*) from meeting_request r join participant x on x.id = r.partner_id"
                + " join app_user u on u.enterprise_id = x.enterprise_id where u.username = 'catl-enterprise'"
                + " and r.status = 'PENDING' and r.expires_at > current_timestamp", Long.class);
        assertThat(count(page("catl-enterprise"), "requests")).isEqualTo(pendingForCatl);
        long staleOpportunities = jdbc.queryForObject("select count(*) from opportunity o join park k on k.id = o.park_id"
                + " where k.region_code like '5115%' and o.deleted_at is null and k.deleted_at is null"
                + " and o.status in ('OPEN','NEGOTIATING') and o.demo = false and (o.last_verified_at is null"
                + " or o.last_verified_at < current_timestamp - interval '180' day)", Long.class);
        assertThat(count(page("yibin-locality"), "opportunities-stale")).isEqualTo(staleOpportunities);
    }

    @Test
    void aLeadWhoseNextStepIsPastIsUrgentAndOpensTheLead() throws Exception {
        long enterprise = jdbc.queryForObject("select e.id from enterprise e where e.hq_region_code like '44%'"
                + " and e.deleted_at is null and not exists (select 1 from investment_lead l where l.enterprise_id = e.id)"
                + " order by e.id fetch first 1 rows only", Long.class);
        String before = page("yibin-locality");
        long leadsBefore = count(before, "leads");
        String made = mvc.perform(post("/api/v1/leads").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("regionCode", "511500", "enterpriseId", enterprise, "chainCode", "nev-battery",
                        "origin", "MANUAL")))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode lead = json.readTree(made);
        long id = lead.get("id").asLong();
        mvc.perform(post("/api/v1/leads/" + id + "/next-step").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nextStepZh", "回访<b>董事长</b>", "nextStepOn", TODAY.minusDays(3).toString()))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/leads/" + id + "/next-step").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("nextStepZh", "回访<b>董事长</b>", "nextStepOn", TODAY.toString()))))
                .andExpect(status().isOk());
        // a step planned three days ago and not taken: its date has passed since (a date in the past is refused when planning)
        jdbc.update("update investment_lead set next_step_on = ? where id = ?", java.sql.Date.valueOf(TODAY.minusDays(3)), id);
        String after = page("yibin-locality");
        assertThat(count(after, "leads")).isEqualTo(leadsBefore + 1);
        assertThat(after).contains("href=\"/leads/" + id + "\"");
        assertThat(after).as("typed text is escaped").contains("回访&lt;b&gt;董事长&lt;/b&gt;").doesNotContain("<b>董事长</b>");
        Matcher item = Pattern.compile("href=\"/leads/" + id + "\"[\\s\\S]*?<span class=\"badge text-nowrap ([^\"]*)\">"
                + Pattern.quote(TODAY.minusDays(3).toString())).matcher(after);
        assertThat(item.find()).as("the lead's date is shown").isTrue();
        assertThat(item.group(1)).as("a date passed is marked").contains("text-bg-danger");
        assertThat(after).contains("id=\"workbench-urgent\"");
        String english = mvc.perform(get("/workbench").param("lang", "en").with(SignedIn.as(users, "yibin-locality")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher urgent = Pattern.compile("id=\"workbench-urgent\"[^>]*>\\s*([^<]*)<").matcher(english);
        assertThat(urgent.find()).isTrue();
        assertThat(urgent.group(1).strip()).as("counted in English words").matches("1 item needs action|[2-9]\\d* items need action|\\d{2,} items need action");
        mvc.perform(get("/leads/" + id).with(SignedIn.as(users, "yibin-locality"))).andExpect(status().isOk());
    }
    /** An English reader's workbench names events by their English names (it said the Chinese ones). */
    @Test
    void anEnglishWorkbenchNamesEventsInEnglish() throws Exception {
        java.util.Map<String, Object> event = jdbc.queryForList("select name_zh, name_en from match_event where name_en is not null"
                + " and host_region_code like '51%' and ends_on >= ? order by starts_on, id",
                java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))).getFirst();
        String english = mvc.perform(get("/workbench").param("lang", "en").with(SignedIn.as(users, "sichuan-organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(org.springframework.web.util.HtmlUtils.htmlEscape((String) event.get("name_en")));
        assertThat(english).doesNotContain((String) event.get("name_zh"));
    }
}
