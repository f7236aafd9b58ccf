package org.chainatlas.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event's prints and clerks' files, read back: one table sign per table in use, one printed schedule per
 * participant with meetings, the registrations and check-ins in words, the signing list with both parties and
 * the total; only for the event's organisers.
 */
@AtlasTest
@Tag("db")
class EventPrintsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private long heldEvent() {
        return jdbc.queryForObject("select e.id from match_event e where e.host_region_code like '51%' and exists"
                + " (select 1 from meeting m where m.event_id = e.id and m.slot_id is not null) order by e.id fetch first 1 rows only",
                Long.class);
    }

    private byte[] download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(users, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void oneTableSignPerTableInUseAndOneSchedulePerParticipant() throws Exception {
        long event = heldEvent();
        byte[] cards = download("/events/" + event + "/table-cards.pdf", "sichuan-organiser");
        int tables = jdbc.queryForObject("""
                select count(*) from (select m.table_id from meeting m where m.event_id = ? and m.slot_id is not null
                union select t.id from meeting_table t join event_session s on s.id = t.session_id
                where s.event_id = ? and t.booth_participant_id is not null) x""", Integer.class, event, event);
        assertThat(new PdfReader(cards).getNumberOfPages()).as("one sign per table in use or kept as a booth").isEqualTo(tables);
        byte[] schedules = download("/events/" + event + "/schedules.pdf", "sichuan-organiser");
        int people = jdbc.queryForObject("select count(distinct x.name_zh) from participant x where exists (select 1 from meeting m"
                + " where m.event_id = ? and m.slot_id is not null and (m.participant_a = x.id or m.participant_b = x.id))",
                Integer.class, event);
        assertThat(new PdfReader(schedules).getNumberOfPages()).as("one page per participant with meetings").isGreaterThanOrEqualTo(people);
        String firstName = jdbc.queryForObject("select min(x.name_zh) from participant x join meeting m on (m.participant_a = x.id"
                + " or m.participant_b = x.id) where m.event_id = ? and m.slot_id is not null", String.class, event);
        assertThat(text(schedules)).as("the schedules name the participants").contains(firstName);
        mvc.perform(get("/events/" + event + "/table-cards.pdf").with(SignedIn.as(users, "chengdu-locality")))
                .andExpect(status().isForbidden());
    }

    @Test
    void registrationsAndCheckInsAreInWords() throws Exception {
        long event = heldEvent();
        byte[] xlsx = download("/events/" + event + "/registrations.xlsx", "sichuan-organiser");
        List<String> cells = new ArrayList<>();
        int registrations;
        int checkins;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet first = workbook.getSheet("报名");
            Sheet second = workbook.getSheet("签到");
            registrations = first.getLastRowNum();
            checkins = second.getLastRowNum();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(c -> cells.add(c.toString()));
                }
            }
        }
        assertThat(registrations).isEqualTo(jdbc.queryForObject("select count(*) from participant where event_id = ?", Integer.class, event));
        assertThat(checkins).isEqualTo(jdbc.queryForObject("select count(*) from meeting where event_id = ?", Integer.class, event));
        for (String code : List.of("APPROVED", "PENDING", "INVITED", "ENTERPRISE", "PARK", "GOVERNMENT", "SIGNED", "FOLLOW_UP", "INTENT")) {
            assertThat(cells).as("no code " + code).noneMatch(c -> c.equals(code));
        }
        assertThat(cells).contains("已通过", "企业");
    }

    @Test
    void theSigningListNamesBothPartiesAndTheTotal() throws Exception {
        Long event = jdbc.query("select event_id from project where event_id is not null order by event_id fetch first 1 rows only",
                rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(event).as("a demo event with signings").isNotNull();
        String text = text(download("/projects/signings.pdf?event=" + event, "sichuan-organiser"));
        assertThat(text).contains("承接方", "投资方", "合计");
        assertThat(text).doesNotContain("CONSTRUCTION_STARTED", "LAND_SECURED", "PRODUCING");
    }

    @Test
    void theDashboardShowsTheAmountSignedByBothSides() throws Exception {
        long event = heldEvent();
        long expected = jdbc.queryForObject("select coalesce(sum(signed_amount_cny), 0) from meeting where event_id = ?"
                + " and outcome_a = 'SIGNED' and outcome_b = 'SIGNED'", Long.class, event);
        String body = mvc.perform(get("/api/v1/events/" + event + "/dashboard").with(org.chainatlas.support.Users.SICHUAN_ORGANISER
                .auth())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long shown = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("signedAmountCny").asLong();
        assertThat(shown).isEqualTo(expected);
        assertThat(expected).as("the held demo event has signings with amounts").isPositive();
        String page = mvc.perform(get("/events/" + event + "/dashboard").with(SignedIn.as(users, "sichuan-organiser")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"fig-signed-amount\"");
    }

    @Test
    void registrationStartsFromTheAccountAndKeepsTheAttendees() throws Exception {
        long open = jdbc.queryForObject("select id from match_event where status = 'OPEN' and host_region_code like '51%'"
                + " order by id fetch first 1 rows only", Long.class);
        String catlName = jdbc.queryForObject("select e.name_zh from enterprise e join app_user u on u.enterprise_id = e.id"
                + " where u.username = 'catl-enterprise'", String.class);
        String form = mvc.perform(get("/events/" + open + "/register").with(SignedIn.as(users, "catl-enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).as("the enterprise's own name is filled in").contains("value=\"" + catlName + "\"");
        assertThat(form).as("an enterprise user registers its enterprise only").contains("value=\"ENTERPRISE\"")
                .doesNotContain("value=\"GOVERNMENT\"").doesNotContain("value=\"PARK\"");
        long session = jdbc.queryForObject("select id from event_session where event_id = ? order by id fetch first 1 rows only",
                Long.class, open);
        // a kind sent anyway is refused at the form, which stays (not a bare 403 page)
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/events/" + open + "/register")
                .with(SignedIn.as(users, "catl-enterprise")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("kind", "GOVERNMENT").param("nameZh", "冒名政府部门（测试）").param("regionCode", "511500")
                .param("delegates", "1").param("sessionIds", String.valueOf(session)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("您不能为此单位报名").contains("value=\"冒名政府部门（测试）\"");
        assertThat(jdbc.queryForObject("select count(*) from participant where name_zh = '冒名政府部门（测试）'", Long.class)).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/events/" + open + "/register")
                .with(SignedIn.as(users, "yibin-locality")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("kind", "GOVERNMENT").param("nameZh", "宜宾市经济和信息化局（测试）").param("regionCode", "511500")
                .param("delegates", "2").param("attendeesZh", "王五 副局长；赵六 科长").param("sessionIds", String.valueOf(session)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select attendees_zh from participant where event_id = ? and name_zh = ?", String.class, open,
                "宜宾市经济和信息化局（测试）")).isEqualTo("王五 副局长；赵六 科长");
    }
}
