package org.chainatlas.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestMail;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events through the API: bad input refused with its field and nothing half-saved, requests and their rules,
 * double booking impossible under concurrent accepts, the optimiser, agendas, iCalendar, QR check-in, outcomes
 * and the dashboard.
 */
@AtlasTest
@Tag("db")
// today's sessions (09:00–) are still ahead for the optimiser whatever the hour the tests run at: the clock says 00:01
@org.junit.jupiter.api.extension.ExtendWith(org.chainatlas.support.TestClock.EarlyToday.class)
class EventApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private int sessions;

    private JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected) throws Exception {
        return new org.chainatlas.support.Api(mvc).call(request, who, body, expected);
    }

    private long event(String name) throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", name, "hostRegionCode", "511500", "startsOn", TODAY.toString(),
                "endsOn", TODAY.plusDays(1).toString(), "requestExpiryHours", 48, "requestQuota", 20));
        return call(post("/api/v1/events"), Users.SICHUAN_ORGANISER.auth(), form, 201).get("id").asLong();
    }

    private JsonNode session(long event, int tables, int capacity) throws Exception {
        return call(post("/api/v1/events/" + event + "/sessions"), Users.SICHUAN_ORGANISER.auth(), Map.of("chainCode", "nev-battery",
                "titleZh", "动力电池专场", "day", TODAY.toString(), "startsAt", "09:00", "endsAt", "11:00", "slotMinutes", 20,
                "tables", tables, "tableCapacity", capacity, "areaZh", "第" + (++sessions) + "洽谈区"), 201);
    }

    /** A department registered by the given user (approved when the organiser registers it). */
    private long department(long event, long session, Users who, String name, int expected) throws Exception {
        return call(post("/api/v1/events/" + event + "/registrations"), who.auth(), Map.of("kind", "GOVERNMENT", "nameZh", name,
                "regionCode", "511500", "delegates", 1, "sessionIds", List.of(session)), expected).get("id").asLong();
    }

    private long enterpriseId(String username) {
        return jdbc.queryForObject("select enterprise_id from app_user where username = ?", Long.class, username);
    }

    private long requestBetween(long from, long to, long session, Users who) throws Exception {
        return call(post("/api/v1/meeting-requests"), who.auth(), Map.of("from", from, "to", to, "sessionId", session, "reason",
                "洽谈电池项目落地"), 201).get("id").asLong();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aSlotOutsideTheEventOrATableWithoutSeatsIsRefusedWithItsFieldAndNothingIsStored() throws Exception {
        long event = event("校验测试活动");
        long sessions = count("select count(*) from event_session");
        long slots = count("select count(*) from time_slot");
        mvc.perform(post("/api/v1/events/" + event + "/sessions").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("titleZh", "错误专场",
                                "day", TODAY.plusDays(10).toString(), "startsAt", "09:00", "endsAt", "11:00", "slotMinutes", 20,
                                "tables", 10, "tableCapacity", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("day")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("tableCapacity")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("outside the event"))))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("at least 2 seats"))));
        mvc.perform(post("/api/v1/events/" + event + "/sessions").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("titleZh", "反向时间",
                                "day", TODAY.toString(), "startsAt", "11:00", "endsAt", "09:00", "slotMinutes", 20, "tables", 3,
                                "tableCapacity", 4))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("endsAt")));
        assertThat(count("select count(*) from event_session")).isEqualTo(sessions);
        assertThat(count("select count(*) from time_slot")).isEqualTo(slots);
        // an enterprise user may not add sessions
        call(post("/api/v1/events/" + event + "/sessions"), Users.CATL.auth(), Map.of("titleZh", "x", "day", TODAY.toString(),
                "startsAt", "09:00", "endsAt", "10:00", "slotMinutes", 20, "tables", 1, "tableCapacity", 2), 403);
    }

    @Test
    void requestsToOneselfTwiceOrByStrangersAreRefusedAndAnExpiredRequestCannotBeAccepted() throws Exception {
        long event = event("请求规则测试");
        long session = session(event, 5, 4).get("id").asLong();
        long yibin = department(event, session, Users.YIBIN_LOCALITY, "宜宾市投资促进局", 201);
        long chengdu = department(event, session, Users.SICHUAN_ORGANISER, "成都市投资促进局（代报）", 201);
        // the locality's own registration waits for validation; the organiser validates it
        call(post("/api/v1/participants/" + yibin + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);

        mvc.perform(post("/api/v1/meeting-requests").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("from", yibin, "to", yibin, "sessionId", session, "reason", "自己"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("to")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("itself"))));
        call(post("/api/v1/meeting-requests"), Users.CATL.auth(), Map.of("from", yibin, "to", chengdu, "sessionId", session,
                "reason", "冒名"), 403);
        long request = requestBetween(yibin, chengdu, session, Users.YIBIN_LOCALITY);
        call(post("/api/v1/meeting-requests"), Users.YIBIN_LOCALITY.auth(), Map.of("from", yibin, "to", chengdu, "sessionId", session,
                "reason", "再来一次"), 409);
        // only the partner's side may accept
        call(post("/api/v1/meeting-requests/" + request + "/accept"), Users.YIBIN_LOCALITY.auth(), null, 403);

        jdbc.update("update meeting_request set expires_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(5))), request);
        long meetings = count("select count(*) from meeting");
        mvc.perform(post("/api/v1/meeting-requests/" + request + "/accept").with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("expired")));
        assertThat(count("select count(*) from meeting")).isEqualTo(meetings);
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, request)).isEqualTo("PENDING");
    }

    /** A request expires at the latest when its session ends (48 hours ran past the event), and none is made after it. */
    @Test
    void aRequestLivesNoLongerThanItsSession() throws Exception {
        long event = event("请求时限测试");
        long session = session(event, 2, 4).get("id").asLong();
        long a = department(event, session, Users.SICHUAN_ORGANISER, "时限甲", 201);
        long b = department(event, session, Users.SICHUAN_ORGANISER, "时限乙", 201);
        long request = requestBetween(a, b, session, Users.SICHUAN_ORGANISER);
        java.time.Instant ends = TODAY.atTime(11, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        assertThat(jdbc.queryForObject("select expires_at from meeting_request where id = ?", java.sql.Timestamp.class, request)
                .toInstant()).isEqualTo(ends);
        long c = department(event, session, Users.SICHUAN_ORGANISER, "时限丙", 201);
        try (AutoCloseable late = org.chainatlas.support.TestClock.pinned(ends.plusSeconds(60))) {
            mvc.perform(post("/api/v1/meeting-requests").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("from", c, "to", a, "sessionId", session, "reason", "会后补约"))))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("session is over")));
        }
    }

    @Test
    void acceptingIntoASlotOfAnotherSessionIsRefusedAndLeavesTheRequestPending() throws Exception {
        long event = event("时段校验测试");
        long session = session(event, 3, 4).get("id").asLong();
        long otherSlot = session(event, 3, 4).get("slots").get(0).get("id").asLong();
        long a = department(event, session, Users.SICHUAN_ORGANISER, "甲局", 201);
        long b = department(event, session, Users.SICHUAN_ORGANISER, "乙局", 201);
        long request = requestBetween(a, b, session, Users.SICHUAN_ORGANISER);
        mvc.perform(post("/api/v1/meeting-requests/" + request + "/accept").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": " + otherSlot + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("slotId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("outside the meeting's session"))));
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, request)).isEqualTo("PENDING");
        assertThat(count("select count(*) from meeting where request_id = ?", request)).isZero();
    }

    @Test
    void concurrentAcceptsNeverDoubleBookAParticipantOrATable() throws Exception {
        long event = event("并发预订测试");
        JsonNode created = session(event, 1, 4);
        long session = created.get("id").asLong();
        long slot = created.get("slots").get(0).get("id").asLong();
        long host = department(event, session, Users.SICHUAN_ORGANISER, "热门园区", 201);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long guest = department(event, session, Users.SICHUAN_ORGANISER, "来访单位" + i, 201);
            requests.add(requestBetween(guest, host, session, Users.SICHUAN_ORGANISER));
        }
        // six accepts of different requests, all into the same slot of the one participant and the one table
        List<Integer> statuses = race(requests.stream().map(r -> (Callable<Integer>) () -> mvc.perform(
                post("/api/v1/meeting-requests/" + r + "/accept").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": " + slot + "}"))
                .andReturn().getResponse().getStatus()).toList());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(count("select count(*) from meeting_attendance where participant_id = ? and slot_id = ?", host, slot)).isEqualTo(1);
        assertThat(count("select count(*) from meeting where slot_id = ?", slot)).isEqualTo(1);
        assertThat(count("select count(*) from meeting m join meeting_request r on r.id = m.request_id where r.event_id = ?", event))
                .as("refused accepts leave no meeting behind").isEqualTo(1);

        // the same pending request accepted by several clients at once: one meeting
        long again = requestBetween(department(event, session, Users.SICHUAN_ORGANISER, "重复接受测试", 201), host, session,
                Users.SICHUAN_ORGANISER);
        List<Integer> same = race(List.of(1, 2, 3, 4).stream().map(i -> (Callable<Integer>) () -> mvc.perform(
                post("/api/v1/meeting-requests/" + again + "/accept").with(Users.SICHUAN_ORGANISER.auth()))
                .andReturn().getResponse().getStatus()).toList());
        assertThat(same.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(same).containsOnly(200, 409);
        assertThat(count("select count(*) from meeting where request_id = ?", again)).isEqualTo(1);
    }

    @Test
    void identicalRequestsSentAtOnceStoreOneAndAQuotaIsNeverExceeded() throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", "并发请求测试", "hostRegionCode", "511500", "startsOn",
                TODAY.toString(), "endsOn", TODAY.plusDays(1).toString(), "requestExpiryHours", 48, "requestQuota", 5));
        long event = call(post("/api/v1/events"), Users.SICHUAN_ORGANISER.auth(), form, 201).get("id").asLong();
        long session = session(event, 4, 4).get("id").asLong();
        long from = department(event, session, Users.SICHUAN_ORGANISER, "热门请求方", 201);
        long to = department(event, session, Users.SICHUAN_ORGANISER, "被请求方", 201);
        Map<String, Object> same = Map.of("from", from, "to", to, "sessionId", session, "reason", "同一请求");
        List<Integer> statuses = race(List.of(1, 2, 3, 4, 5, 6).stream().map(i -> (Callable<Integer>) () -> mvc.perform(
                post("/api/v1/meeting-requests").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(same))).andReturn().getResponse().getStatus()).toList());
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(count("select count(*) from meeting_request where requester_id = ? and partner_id = ?", from, to)).isEqualTo(1);

        // a quota of 5 open requests, 8 different requests at once: 4 more are stored, never more
        List<Long> partners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            partners.add(department(event, session, Users.SICHUAN_ORGANISER, "配额测试单位" + i, 201));
        }
        List<Integer> quota = race(partners.stream().map(p -> (Callable<Integer>) () -> mvc.perform(
                post("/api/v1/meeting-requests").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("from", from, "to", p, "sessionId", session, "reason", "配额"))))
                .andReturn().getResponse().getStatus()).toList());
        assertThat(quota.stream().filter(s -> s == 201)).hasSize(4);
        assertThat(count("select count(*) from meeting_request where requester_id = ? and status = 'PENDING'", from)).isEqualTo(5);
    }

    @Test
    void twoScheduleRunsStartedAtOnceStartOne() throws Exception {
        long event = event("并发排程测试");
        long session = session(event, 2, 4).get("id").asLong();
        // one accepted meeting, so that a run has something to solve and lasts while the others try to start
        long a = department(event, session, Users.SICHUAN_ORGANISER, "排程甲局", 201);
        long b = department(event, session, Users.SICHUAN_ORGANISER, "排程乙局", 201);
        call(post("/api/v1/meeting-requests/" + requestBetween(a, b, session, Users.SICHUAN_ORGANISER) + "/accept"),
                Users.SICHUAN_ORGANISER.auth(), null, 200);
        List<Integer> statuses = race(List.of(1, 2, 3).stream().map(i -> (Callable<Integer>) () -> mvc.perform(
                post("/api/v1/events/" + event + "/schedule-runs").param("seconds", "1").with(Users.SICHUAN_ORGANISER.auth()))
                .andReturn().getResponse().getStatus()).toList());
        assertThat(statuses.stream().filter(s -> s == 202)).hasSize(1);
        assertThat(statuses).containsOnly(202, 409);
        assertThat(count("select count(*) from schedule_run where event_id = ?", event)).isEqualTo(1);
        for (int i = 0; i < 120 && count("select count(*) from schedule_run where event_id = ? and status in ('QUEUED', 'RUNNING')",
                event) > 0; i++) {
            Thread.sleep(250);
        }
        assertThat(jdbc.queryForObject("select status from schedule_run where event_id = ?", String.class, event)).isEqualTo("DONE");
    }

    @Test
    void anEventEditedByTwoOrganisersKeepsTheFirstSaveAndTellsTheSecond() throws Exception {
        long event = event("版本冲突测试");
        long version = jdbc.queryForObject("select version from match_event where id = ?", Long.class, event);
        var organiser = org.chainatlas.support.SignedIn.as(userDetails, "sichuan-organiser");
        mvc.perform(post("/events/" + event + "/edit").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).with(organiser).param("version", String.valueOf(version))
                        .param("nameZh", "版本冲突测试（甲改）").param("hostRegionCode", "511500").param("startsOn", TODAY.toString())
                        .param("endsOn", TODAY.plusDays(1).toString()).param("requestExpiryHours", "48").param("requestQuota", "20"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/" + event + "/edit").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).with(organiser).param("version", String.valueOf(version))
                        .param("nameZh", "版本冲突测试（乙改）").param("hostRegionCode", "511500").param("startsOn", TODAY.toString())
                        .param("endsOn", TODAY.plusDays(1).toString()).param("requestExpiryHours", "48").param("requestQuota", "20"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("有人修改了这条记录")));
        assertThat(jdbc.queryForObject("select name_zh from match_event where id = ?", String.class, event))
                .isEqualTo("版本冲突测试（甲改）");
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> f : futures) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A registration that names no enterprise or park says which is missing, not "no park numbered null". */
    @Test
    void aRegistrationWithoutItsEnterpriseOrParkSaysWhatIsMissing() throws Exception {
        long event = event("缺编号报名测试活动");
        long session = session(event, 2, 2).get("id").asLong();
        for (String kind : new String[] {"PARK", "ENTERPRISE"}) {
            JsonNode refused = call(post("/api/v1/events/" + event + "/registrations"), Users.YIBIN_LOCALITY.auth(),
                    Map.of("kind", kind, "sessionIds", List.of(session)), 400);
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo(kind.equals("PARK") ? "parkId" : "enterpriseId");
            assertThat(refused.toString()).as(kind).doesNotContain("null").contains("is required");
        }
    }

    @Test
    void theWholeLoopFromRequestToSigningIsCountedOnTheDashboard() throws Exception {
        long event = event("全流程测试活动");
        long session = session(event, 4, 4).get("id").asLong();
        long catl = call(post("/api/v1/events/" + event + "/registrations"), Users.CATL.auth(), Map.of("kind", "ENTERPRISE",
                "enterpriseId", enterpriseId("catl-enterprise"), "offersZh", "动力电池产能", "requestsZh", "正极材料配套",
                "sessionIds", List.of(session)), 201).get("id").asLong();
        long yibin = department(event, session, Users.YIBIN_LOCALITY, "宜宾市投资促进局", 201);
        for (long p : List.of(catl, yibin)) {
            call(post("/api/v1/participants/" + p + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);
        }
        List<String> mailsBefore = mails();
        long request = requestBetween(catl, yibin, session, Users.CATL);
        JsonNode meeting = call(post("/api/v1/meeting-requests/" + request + "/accept"), Users.YIBIN_LOCALITY.auth(), null, 200);
        long meetingId = meeting.get("id").asLong();
        assertThat(meeting.get("slotId").isNull()).isTrue();

        long run = call(post("/api/v1/events/" + event + "/schedule-runs?seconds=2"), Users.SICHUAN_ORGANISER.auth(), null, 202)
                .get("id").asLong();
        JsonNode done = null;
        for (int i = 0; i < 120; i++) {
            done = call(get("/api/v1/schedule-runs/" + run), Users.SICHUAN_ORGANISER.auth(), null, 200);
            if (!done.get("status").asString().equals("QUEUED") && !done.get("status").asString().equals("RUNNING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("scheduled").asInt()).isEqualTo(1);
        assertThat(call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200)
                .get("count").asInt()).isEqualTo(1);

        JsonNode agenda = call(get("/api/v1/agenda?event=" + event), Users.CATL.auth(), null, 200);
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).get("partnerName").asString()).isEqualTo("宜宾市投资促进局");
        assertThat(agenda.get(0).get("meeting").get("startsAt").isNull()).isFalse();
        String ics = mvc.perform(get("/api/v1/agenda.ics?event=" + event).with(Users.YIBIN_LOCALITY.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:");
        assertThat(ics.split("\r\n")).as("content lines folded at 75 octets (RFC 5545)")
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", "")).as("unfolded").contains("/checkin/" + meeting.get("checkinToken").asString());
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:洽谈：");
        String english = mvc.perform(get("/api/v1/agenda.ics?event=" + event).param("lang", "en").with(Users.YIBIN_LOCALITY.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replace("\r\n ", "");
        assertThat(english).as("a participant's own calendar in the reader's language").contains("SUMMARY:Meeting: ", "Check-in: ")
                .doesNotContain("洽谈：").doesNotContain("签到：");
        byte[] png = mvc.perform(get("/api/v1/meetings/" + meetingId + "/qr.png").with(Users.CATL.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        call(get("/api/v1/meetings/" + meetingId + "/qr.png"), Users.BYD.auth(), null, 403);

        // an outcome before the meeting was held is refused (the clock reads 00:01 of its day); check-in at its slot opens it
        java.time.Instant starts = java.time.Instant.parse(agenda.get(0).get("meeting").get("startsAt").asString());
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.CATL.auth(), Map.of("outcome", "SIGNED"), 409);
        String token = meeting.get("checkinToken").asString();
        call(post("/api/v1/checkin/" + token), Users.BYD.auth(), null, 403);
        JsonNode checked = call(post("/api/v1/checkin/" + token), Users.CATL.auth(), null, 200);
        assertThat(checked.get("checkedInA").isNull()).isFalse();
        assertThat(call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.CATL.auth(), Map.of("outcome", "SIGNED"), 409)
                .toString()).as("checked in hours before its slot: no meeting yet").contains("not begun yet");
        try (AutoCloseable begun = org.chainatlas.support.TestClock.pinned(starts.plusSeconds(60))) {
            recordTheSigning(event, meetingId, mailsBefore);
        }
    }

    /** The rest of the whole loop, from the slot's first minute: outcomes, the project, the dashboard and the mails. */
    private void recordTheSigning(long event, long meetingId, List<String> mailsBefore) throws Exception {
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/outcome").with(Users.CATL.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"SIGNED\", \"amountCny\": -5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("amountCny")));
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.CATL.auth(), Map.of("outcome", "SIGNED",
                "amountCny", 3_000_000_000L, "note", "正极材料项目"), 200);
        JsonNode board = call(get("/api/v1/events/" + event + "/dashboard"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(board.get("signed").asLong()).as("one side's SIGNED counts as intent").isZero();
        assertThat(board.get("intent").asLong()).isEqualTo(1);
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.YIBIN_LOCALITY.auth(), Map.of("outcome", "SIGNED"), 200);

        // the signing became a project of the pipeline, linked to the event and meeting (asynchronously, after the commit)
        awaitSigningHandled(meetingId);
        Map<String, Object> project = jdbc.queryForMap("select stage, contracted_amount_cny, event_id, host_region_code, enterprise_id "
                + "from project where meeting_id = ?", meetingId);
        assertThat(project.get("stage")).isEqualTo("SIGNED");
        assertThat(((Number) project.get("contracted_amount_cny")).longValue()).isEqualTo(3_000_000_000L);
        assertThat(((Number) project.get("event_id")).longValue()).isEqualTo(event);
        assertThat(project.get("host_region_code")).isEqualTo("511500");
        assertThat(((Number) project.get("enterprise_id")).longValue()).isEqualTo(enterpriseId("catl-enterprise"));
        assertThat(jdbc.queryForObject("select product_zh from project where meeting_id = ?", String.class, meetingId))
                .as("the meeting's notes are not its product").isNull();
        assertThat(jdbc.queryForObject("select s.note from project_stage_change s join project p on p.id = s.project_id"
                + " where p.meeting_id = ?", String.class, meetingId)).contains("洽谈记录：正极材料项目");
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.YIBIN_LOCALITY.auth(), Map.of("outcome", "SIGNED"), 200);
        awaitSigningHandled(meetingId);
        assertThat(count("select count(*) from project where meeting_id = ?", meetingId)).as("recording again adds nothing")
                .isEqualTo(1);

        board = call(get("/api/v1/events/" + event + "/dashboard"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(board.get("registrations").asLong()).isEqualTo(2);
        assertThat(board.get("requests").asLong()).isEqualTo(1);
        assertThat(board.get("accepted").asLong()).isEqualTo(1);
        assertThat(board.get("acceptanceRate").asDouble()).isEqualTo(1.0);
        assertThat(board.get("scheduled").asLong()).isEqualTo(1);
        assertThat(board.get("held").asLong()).isEqualTo(1);
        assertThat(board.get("signed").asLong()).isEqualTo(1);
        assertThat(board.get("sessions").get(0).get("signed").asLong()).isEqualTo(1);
        call(get("/api/v1/events/" + event + "/dashboard"), Users.CATL.auth(), null, 403);

        // mails: the request to the bureau, the acceptance to CATL, the schedule to both
        // mails go out one by one after their commits; other tests' mails may be ahead
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> subjects = List.of();
        while (System.currentTimeMillis() < deadline) {
            // the new mails: GreenMail lists them by mailbox, not by arrival, so they are what was not there before
            List<String> now = new ArrayList<>(mails());
            mailsBefore.forEach(now::remove);
            subjects = now;
            List<String> seen = subjects;
            if (seen.stream().anyMatch(x -> x.startsWith("yibin@demo.chainatlas") && x.contains("洽谈邀请"))
                    && seen.stream().anyMatch(x -> x.startsWith("catl-enterprise@demo.chainatlas") && x.contains("洽谈已接受"))
                    && seen.stream().anyMatch(x -> x.startsWith("catl-enterprise@demo.chainatlas") && x.contains("洽谈日程：全流程测试活动"))
                    && seen.stream().anyMatch(x -> x.startsWith("yibin@demo.chainatlas") && x.contains("洽谈日程：全流程测试活动"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(subjects).anyMatch(s -> s.startsWith("yibin@demo.chainatlas") && s.contains("洽谈邀请"));
        assertThat(subjects).anyMatch(s -> s.startsWith("catl-enterprise@demo.chainatlas") && s.contains("洽谈已接受"));
        assertThat(subjects).anyMatch(s -> s.startsWith("catl-enterprise@demo.chainatlas") && s.contains("洽谈日程：全流程测试活动"));
        assertThat(subjects).anyMatch(s -> s.startsWith("yibin@demo.chainatlas") && s.contains("洽谈日程：全流程测试活动"));
    }

    /** A meeting whose delegates fit at no table stays out of the schedule, and the schedule page says why. */
    @Test
    void aMeetingTooLargeForTheTablesIsLeftOutWithItsReason() throws Exception {
        long event = event("人数超桌测试活动");
        long session = session(event, 2, 4).get("id").asLong();
        List<Long> sides = new ArrayList<>();
        for (String name : List.of("三人代表团甲", "三人代表团乙")) {
            sides.add(call(post("/api/v1/events/" + event + "/registrations"), Users.SICHUAN_ORGANISER.auth(), Map.of("kind", "GOVERNMENT",
                    "nameZh", name, "regionCode", "511500", "delegates", 3, "sessionIds", List.of(session)), 201).get("id").asLong());
        }
        call(post("/api/v1/meeting-requests/" + requestBetween(sides.get(0), sides.get(1), session, Users.SICHUAN_ORGANISER)
                + "/accept"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        runAndWait(event);
        assertThat(count("select count(*) from meeting where event_id = ? and slot_id is not null", event)).isZero();
        String page = mvc.perform(get("/events/" + event + "/schedule").with(org.chainatlas.support.SignedIn.as(userDetails,
                "sichuan-organiser"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("双方共 6 人参会，超过每桌 4 个座位");
    }

    /** An event is dated 2000–2099, and new dates never leave one of its sessions outside. */
    @Test
    void anEventsDatesAreRealisticAndKeepItsSessions() throws Exception {
        mvc.perform(post("/api/v1/events").with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "九九九九年活动", "hostRegionCode", "511500",
                                "startsOn", "9999-12-30", "endsOn", "9999-12-31", "requestExpiryHours", 48, "requestQuota", 20))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
        long event = event("改期测试活动");
        session(event, 2, 4);
        mvc.perform(put("/api/v1/events/" + event).with(Users.SICHUAN_ORGANISER.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nameZh", "改期测试活动", "hostRegionCode", "511500",
                                "startsOn", TODAY.plusDays(30).toString(), "endsOn", TODAY.plusDays(31).toString(),
                                "requestExpiryHours", 48, "requestQuota", 20))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
        assertThat(jdbc.queryForObject("select starts_on from match_event where id = ?", java.sql.Date.class, event).toLocalDate())
                .as("nothing saved").isEqualTo(TODAY);
    }

    /** A meeting held (published, checked in) keeps its seat: neither a re-solve nor a booth moves it. */
    @Test
    void aHeldMeetingStaysWhereItWasHeld() throws Exception {
        long event = event("已举行洽谈测试活动");
        long session = session(event, 2, 4).get("id").asLong();
        List<Long> people = new ArrayList<>();
        // the first side is Yibin's bureau, so that Yibin checks in for one side only
        people.add(department(event, session, Users.YIBIN_LOCALITY, "举行单位0", 201));
        call(post("/api/v1/participants/" + people.get(0) + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);
        for (int i = 1; i < 4; i++) {
            people.add(department(event, session, Users.SICHUAN_ORGANISER, "举行单位" + i, 201));
        }
        JsonNode held = call(post("/api/v1/meeting-requests/" + requestBetween(people.get(1), people.get(0), session,
                Users.SICHUAN_ORGANISER) + "/accept"), Users.YIBIN_LOCALITY.auth(), null, 200);
        runAndWait(event);
        Map<String, Object> seat = jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", held.get("id").asLong());
        assertThat(seat.get("table_id")).isNotNull();
        // check-in opens once the seat is published
        call(post("/api/v1/checkin/" + held.get("checkinToken").asString()), Users.YIBIN_LOCALITY.auth(), null, 409);
        call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        call(post("/api/v1/checkin/" + held.get("checkinToken").asString()), Users.YIBIN_LOCALITY.auth(), null, 200);
        String again = mvc.perform(get("/checkin/" + held.get("checkinToken").asString()).with(org.chainatlas.support.SignedIn.as(
                userDetails, "yibin-locality"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).as("the page says the side checked in, and offers no second check-in").contains("id=\"already-checked-in\"")
                .doesNotContain("id=\"confirm-checkin\"");
        int number = jdbc.queryForObject("select number from meeting_table where id = ?", Integer.class, seat.get("table_id"));
        mvc.perform(post("/api/v1/events/" + event + "/sessions/" + session + "/booths").with(Users.SICHUAN_ORGANISER.auth())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("participantId", people.get(2),
                        "tableNumber", number)))).andExpect(status().isConflict());
        for (int i = 2; i < 4; i++) {
            long r = requestBetween(people.get(i), people.get(1), session, Users.SICHUAN_ORGANISER);
            call(post("/api/v1/meeting-requests/" + r + "/accept"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        }
        runAndWait(event);
        assertThat(jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", held.get("id").asLong())).isEqualTo(seat);
    }

    /** The check-in page (the table's QR code) offers its button on the meeting's day only, and says when it opens. */
    @Test
    void theCheckInPageOffersItsButtonOnTheMeetingsDayOnly() throws Exception {
        long event = event("签到日测试活动");
        long today = session(event, 2, 4).get("id").asLong();
        long tomorrow = call(post("/api/v1/events/" + event + "/sessions"), Users.SICHUAN_ORGANISER.auth(), Map.of("chainCode",
                "nev-battery", "titleZh", "次日专场", "day", TODAY.plusDays(1).toString(), "startsAt", "09:00", "endsAt", "11:00",
                "slotMinutes", 20, "tables", 2, "tableCapacity", 4), 201).get("id").asLong();
        long yibin = call(post("/api/v1/events/" + event + "/registrations"), Users.YIBIN_LOCALITY.auth(), Map.of("kind", "GOVERNMENT",
                "nameZh", "签到日宜宾局", "regionCode", "511500", "delegates", 1, "sessionIds", List.of(today, tomorrow)), 201)
                .get("id").asLong();
        call(post("/api/v1/participants/" + yibin + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);
        long other = call(post("/api/v1/events/" + event + "/registrations"), Users.SICHUAN_ORGANISER.auth(), Map.of("kind",
                "ASSOCIATION", "nameZh", "签到日协会", "regionCode", "510000", "delegates", 1, "sessionIds", List.of(today, tomorrow)), 201)
                .get("id").asLong();
        JsonNode now = call(post("/api/v1/meeting-requests/" + requestBetween(other, yibin, today, Users.SICHUAN_ORGANISER)
                + "/accept"), Users.YIBIN_LOCALITY.auth(), null, 200);
        JsonNode later = call(post("/api/v1/meeting-requests/" + requestBetween(other, yibin, tomorrow, Users.SICHUAN_ORGANISER)
                + "/accept"), Users.YIBIN_LOCALITY.auth(), null, 200);
        runAndWait(event);
        assertThat(mvc.perform(get("/checkin/" + now.get("checkinToken").asString()).with(org.chainatlas.support.SignedIn.as(userDetails,
                "yibin-locality"))).andReturn().getResponse().getContentAsString()).as("not published yet: no button, and why")
                .doesNotContain("id=\"confirm-checkin\"").contains("尚未发布");
        call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        var signedIn = org.chainatlas.support.SignedIn.as(userDetails, "yibin-locality");
        String open = mvc.perform(get("/checkin/" + now.get("checkinToken").asString()).with(signedIn))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(open).contains("id=\"confirm-checkin\"").doesNotContain("id=\"checkin-closed\"");
        String closed = mvc.perform(get("/checkin/" + later.get("checkinToken").asString()).with(signedIn))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(closed).doesNotContain("id=\"confirm-checkin\"").contains("id=\"checkin-closed\"")
                .contains("签到在洽谈当天（" + TODAY.plusDays(1) + "）开放");
        // a meeting of a past day: check-in is over, not "opens on" a day gone by
        Map<String, Object> past = jdbc.queryForList("""
                select m.checkin_token, u.username from meeting m join participant p on p.id = m.participant_a
                join app_user u on u.enterprise_id = p.enterprise_id join time_slot t on t.id = m.slot_id
                where t.starts_at < ? order by m.id""", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))))
                .stream().findFirst().orElseThrow();
        String over = mvc.perform(get("/checkin/" + past.get("checkin_token")).with(org.chainatlas.support.SignedIn.as(userDetails,
                (String) past.get("username")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(over).contains("签到已结束").doesNotContain("id=\"confirm-checkin\"").doesNotContain("开放");
    }

    /** A meeting its participants booked into a time themselves stays there when the optimiser runs (it moved 14:00 to 17:30). */
    @Test
    void reSolvingKeepsWhatParticipantsBooked() throws Exception {
        long event = event("自订时段重排测试");
        JsonNode created = session(event, 2, 4);
        long session = created.get("id").asLong();
        long lastSlot = created.get("slots").get(created.get("slots").size() - 1).get("id").asLong();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(department(event, session, Users.SICHUAN_ORGANISER, "自订单位" + i, 201));
        }
        long booked = call(post("/api/v1/meeting-requests/" + requestBetween(people.get(0), people.get(1), session, Users.SICHUAN_ORGANISER)
                + "/accept"), Users.SICHUAN_ORGANISER.auth(), Map.of("slotId", lastSlot), 200).get("id").asLong();
        Map<String, Object> seat = jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", booked);
        for (int i = 2; i < 4; i++) {
            long r = requestBetween(people.get(i), people.get(0), session, Users.SICHUAN_ORGANISER);
            call(post("/api/v1/meeting-requests/" + r + "/accept"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        }
        runAndWait(event);
        assertThat(jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", booked)).isEqualTo(seat);
        assertThat(count("select count(*) from meeting where event_id = ? and slot_id is not null", event)).isEqualTo(3);
    }

    @Test
    void reSolvingKeepsPublishedMeetingsWhereTheyAre() throws Exception {
        long event = event("重排测试活动");
        long session = session(event, 2, 4).get("id").asLong();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(department(event, session, Users.SICHUAN_ORGANISER, "单位" + i, 201));
        }
        long first = requestBetween(people.get(0), people.get(1), session, Users.SICHUAN_ORGANISER);
        long firstMeeting = call(post("/api/v1/meeting-requests/" + first + "/accept"), Users.SICHUAN_ORGANISER.auth(), null, 200)
                .get("id").asLong();
        runAndWait(event);
        call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        Map<String, Object> seat = jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", firstMeeting);
        for (int i = 2; i < 6; i++) {
            long r = requestBetween(people.get(i), people.get(i == 2 ? 0 : 1), session, Users.SICHUAN_ORGANISER);
            call(post("/api/v1/meeting-requests/" + r + "/accept"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        }
        runAndWait(event);
        assertThat(jdbc.queryForMap("select slot_id, table_id from meeting where id = ?", firstMeeting)).isEqualTo(seat);
        assertThat(count("select count(*) from meeting where event_id = ? and slot_id is not null", event)).isGreaterThan(1);
        // nobody twice in one slot
        assertThat(count("""
                select count(*) from (select a.participant_id, a.slot_id from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.event_id = ? group by a.participant_id, a.slot_id having count(*) > 1) x""", event)).isZero();
    }

    /**
     * Two enterprises signing is a partnership between them: counted on the dashboard, no project (there is no host
     * place; it was booked to the other enterprise's seat). A bureau registers for its own area only (a signing with it
     * is booked there). A signing amount has the bounds of a contract, and a recorded signing no longer changes.
     */
    @Test
    void aSigningBetweenTwoEnterprisesIsAPartnershipAndABureauSpeaksOnlyForItsOwnArea() throws Exception {
        long event = event("企业间合作测试活动");
        long session = session(event, 2, 4).get("id").asLong();
        mvc.perform(post("/api/v1/events/" + event + "/registrations").with(Users.YIBIN_LOCALITY.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "GOVERNMENT",
                                "nameZh", "成都市投资促进局（冒充）", "regionCode", "510100", "delegates", 1, "sessionIds", List.of(session)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")));
        long a = call(post("/api/v1/events/" + event + "/registrations"), Users.GALACTIC.auth(), Map.of("kind", "ENTERPRISE",
                "enterpriseId", enterpriseId("galactic-enterprise"), "attendeesZh", "张三（副总裁）", "sessionIds", List.of(session)), 201)
                .get("id").asLong();
        long b = call(post("/api/v1/events/" + event + "/registrations"), Users.STARSPACE.auth(), Map.of("kind", "ENTERPRISE",
                "enterpriseId", enterpriseId("starspace-enterprise"), "sessionIds", List.of(session)), 201).get("id").asLong();
        for (long p : List.of(a, b)) {
            call(post("/api/v1/participants/" + p + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);
        }
        // the marketplace shows others without their attendees' names and the slots they cannot attend
        for (JsonNode p : call(get("/api/v1/events/" + event + "/participants"), Users.STARSPACE.auth(), null, 200)) {
            if (p.get("id").asLong() == a) {
                assertThat(p.get("attendeesZh").isNull()).isTrue();
                assertThat(p.get("unavailableSlotIds")).isEmpty();
            }
        }
        assertThat(call(get("/api/v1/events/" + event + "/participants"), Users.GALACTIC.auth(), null, 200).findValuesAsString("attendeesZh"))
                .contains("张三（副总裁）");
        JsonNode meeting = call(post("/api/v1/meeting-requests/" + requestBetween(a, b, session, Users.GALACTIC) + "/accept"),
                Users.STARSPACE.auth(), null, 200);
        long meetingId = meeting.get("id").asLong();
        runAndWait(event);
        call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        call(post("/api/v1/checkin/" + meeting.get("checkinToken").asString()), Users.GALACTIC.auth(), null, 200);
        java.time.Instant starts = jdbc.queryForObject("select s.starts_at from meeting m join time_slot s on s.id = m.slot_id"
                + " where m.id = ?", java.sql.Timestamp.class, meetingId).toInstant();
        try (AutoCloseable begun = org.chainatlas.support.TestClock.pinned(starts.plusSeconds(60))) {
            signBetweenEnterprises(event, meetingId);
        }
    }

    /** The signing of the partnership test, from its slot's first minute. */
    private void signBetweenEnterprises(long event, long meetingId) throws Exception {
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/outcome").with(Users.GALACTIC.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"SIGNED\", \"amountCny\": 9223372036854775807}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("amountCny")));
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.GALACTIC.auth(), Map.of("outcome", "SIGNED", "amountCny", 500_000_000L), 200);
        // one signing, one amount: a second, different figure is refused (the larger was kept silently)
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/outcome").with(Users.STARSPACE.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"SIGNED\", \"amountCny\": 200000000000}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("500000000")));
        call(post("/api/v1/meetings/" + meetingId + "/outcome"), Users.STARSPACE.auth(), Map.of("outcome", "SIGNED"), 200);
        for (int i = 0; i < 100 && count("select count(*) from event_publication where event_type like '%MeetingSigned' "
                + "and serialized_event like ?", "%\"meetingId\":" + meetingId + ",%") > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(count("select count(*) from project where meeting_id = ?", meetingId)).as("no landing project").isZero();
        JsonNode board = call(get("/api/v1/events/" + event + "/dashboard"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        assertThat(board.get("signed").asLong()).isEqualTo(1);
        assertThat(board.get("partnerships").asLong()).isEqualTo(1);
        assertThat(board.get("signedAmountCny").asLong()).isEqualTo(500_000_000L);
        assertThat(board.get("partnershipAmountCny").asLong()).as("said apart: no project carries it").isEqualTo(500_000_000L);
        mvc.perform(post("/api/v1/meetings/" + meetingId + "/outcome").with(Users.STARSPACE.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NO_INTEREST\"}")).andExpect(status().isConflict());
        assertThat(call(get("/api/v1/events/" + event + "/dashboard"), Users.SICHUAN_ORGANISER.auth(), null, 200).get("signed")
                .asLong()).as("the signing stands").isEqualTo(1);
    }

    /**
     * Booking by hand on the event's day: a participant already meeting someone in a session side by side at that time
     * is refused, and so is a slot that has begun; turning a participant down removes its meetings not yet held (and
     * frees their seats), and is refused once it has met someone.
     */
    /**
     * Two partners accept, at the same moment, meetings with one participant at the same time in two sessions side by side:
     * one is booked, the other refused (each transaction used to miss the other's seat, and both were stored). Five rounds.
     */
    @Test
    void twoBookingsOfOneParticipantAtOnceInSessionsSideBySideAreNotBothStored() throws Exception {
        for (int round = 0; round < 5; round++) {
            long event = event("并发排期测试活动" + round);
            JsonNode first = session(event, 2, 4);
            JsonNode second = session(event, 2, 4);
            long s1 = first.get("id").asLong();
            long s2 = second.get("id").asLong();
            List<Long> people = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                people.add(call(post("/api/v1/events/" + event + "/registrations"), Users.SICHUAN_ORGANISER.auth(), Map.of("kind",
                        "GOVERNMENT", "nameZh", "并发单位" + round + "-" + i, "regionCode", "511500", "delegates", 1, "sessionIds",
                        List.of(s1, s2)), 201).get("id").asLong());
            }
            long r1 = requestBetween(people.get(0), people.get(1), s1, Users.SICHUAN_ORGANISER);
            long r2 = requestBetween(people.get(0), people.get(2), s2, Users.SICHUAN_ORGANISER);
            long slotA = first.get("slots").get(1).get("id").asLong();
            long slotB = second.get("slots").get(1).get("id").asLong();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
                for (long[] pair : new long[][] {{r1, slotA}, {r2, slotB}}) {
                    answers.add(two.submit(() -> {
                        go.await();
                        return mvc.perform(post("/api/v1/meeting-requests/" + pair[0] + "/accept").with(Users.SICHUAN_ORGANISER.auth())
                                .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": " + pair[1] + "}"))
                                .andReturn().getResponse().getStatus();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (var answer : answers) {
                    statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            } finally {
                two.shutdownNow();
            }
            assertThat(count("select count(*) from meeting_attendance where participant_id = ? and slot_id in (?, ?)", people.get(0),
                    slotA, slotB)).as("round " + round + ": one seat at that time").isEqualTo(1);
        }
    }

    @Test
    void handBookingsRespectOtherSessionsAndTheHourAndARejectedParticipantLeavesNoMeetings() throws Exception {
        long event = event("手工排期测试活动");
        JsonNode first = session(event, 2, 4);
        JsonNode second = session(event, 2, 4);
        long s1 = first.get("id").asLong();
        long s2 = second.get("id").asLong();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // the first is Yibin's bureau (it checks in for its side below), the others registered by the organiser
            Users who = i == 0 ? Users.YIBIN_LOCALITY : Users.SICHUAN_ORGANISER;
            people.add(call(post("/api/v1/events/" + event + "/registrations"), who.auth(), Map.of("kind",
                    "GOVERNMENT", "nameZh", "排期单位" + i, "regionCode", "511500", "delegates", 1, "sessionIds", List.of(s1, s2)), 201)
                    .get("id").asLong());
        }
        call(post("/api/v1/participants/" + people.get(0) + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", true), 200);
        long slotA = first.get("slots").get(1).get("id").asLong();
        long slotB = second.get("slots").get(1).get("id").asLong(); // the same time in the session beside it
        long m1 = call(post("/api/v1/meeting-requests/" + requestBetween(people.get(1), people.get(0), s1, Users.SICHUAN_ORGANISER)
                + "/accept"), Users.YIBIN_LOCALITY.auth(), Map.of("slotId", slotA), 200).get("id").asLong();
        long r2 = requestBetween(people.get(2), people.get(0), s2, Users.SICHUAN_ORGANISER);
        mvc.perform(post("/api/v1/meeting-requests/" + r2 + "/accept").with(Users.YIBIN_LOCALITY.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": " + slotB + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("already meets someone at that time")));
        assertThat(jdbc.queryForObject("select status from meeting_request where id = ?", String.class, r2)).isEqualTo("PENDING");

        // at 09:30 the 09:00 slot has begun (and 09:20 too): booking into it is refused; 09:40 is open
        try (AutoCloseable at = org.chainatlas.support.TestClock.pinned(TODAY.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant())) {
            long late = second.get("slots").get(0).get("id").asLong();
            mvc.perform(post("/api/v1/meeting-requests/" + r2 + "/accept").with(Users.YIBIN_LOCALITY.auth())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"slotId\": " + late + "}"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("has begun")));
            call(post("/api/v1/meeting-requests/" + r2 + "/accept"), Users.YIBIN_LOCALITY.auth(),
                    Map.of("slotId", second.get("slots").get(2).get("id").asLong()), 200);
        }

        // 排期单位1 turned down: its meeting goes, the seat is free, the request is cancelled
        call(post("/api/v1/participants/" + people.get(1) + "/decision"), Users.SICHUAN_ORGANISER.auth(), Map.of("approve", false), 200);
        assertThat(count("select count(*) from meeting where id = ?", m1)).isZero();
        assertThat(count("select count(*) from meeting_attendance where slot_id = ?", slotA)).isZero();
        assertThat(jdbc.queryForObject("select r.status from meeting_request r where r.requester_id = ? and r.partner_id = ?",
                String.class, people.get(1), people.get(0))).isEqualTo("CANCELLED");
        // 排期单位2 met 排期单位0 (published, checked in): it can no longer be turned down
        call(post("/api/v1/events/" + event + "/schedule/publish"), Users.SICHUAN_ORGANISER.auth(), null, 200);
        String token = jdbc.queryForObject("select checkin_token from meeting m join meeting_request r on r.id = m.request_id "
                + "where r.id = ?", String.class, r2);
        call(post("/api/v1/checkin/" + token), Users.YIBIN_LOCALITY.auth(), null, 200);
        mvc.perform(post("/api/v1/participants/" + people.get(2) + "/decision").with(Users.SICHUAN_ORGANISER.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": false}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("already met")));
        assertThat(jdbc.queryForObject("select status from participant where id = ?", String.class, people.get(2))).isEqualTo("APPROVED");
    }

    /** Every mail received so far, as "recipient subject". */
    private static List<String> mails() {
        return java.util.Arrays.stream(TestMail.server().getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + " " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until the project module has handled the signings of a meeting (their publications are deleted then). */
    private void awaitSigningHandled(long meetingId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (count("select count(*) from project where meeting_id = ?", meetingId) > 0 && count("""
                    select count(*) from event_publication where event_type like '%MeetingSigned'
                    and serialized_event like ?""", "%\"meetingId\":" + meetingId + ",%") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the signing of meeting " + meetingId + " was not handled");
    }

    private void runAndWait(long event) throws Exception {
        new org.chainatlas.support.Api(mvc).runSchedule(event, Users.SICHUAN_ORGANISER.auth());
    }
}
