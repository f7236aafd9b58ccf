package org.chainatlas.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chainatlas.event.EventForm;
import org.chainatlas.event.EventStatus;
import org.chainatlas.event.Outcome;
import org.chainatlas.event.ParticipantKind;
import org.chainatlas.event.RegistrationStatus;
import org.chainatlas.event.RequestStatus;
import org.chainatlas.event.SessionForm;
import org.chainatlas.event.SessionKind;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two demo events in Sichuan, dated relative to the day of loading: an open one three weeks ahead (Yibin, power
 * battery and PV sessions; registrations, requests pending and accepted, meetings waiting for the optimiser)
 * and one held six weeks ago (Chengdu, power battery; a published schedule, check-ins and outcomes with
 * signings) so that agendas and dashboards have something to show. Participants are real seed enterprises,
 * generated demo enterprises of the session's chain, Sichuan parks of the chain and two investment bureaux.
 */
@Component
class DemoEvents implements DemoData {

    private final EventManagement management;
    private final Events events;
    private final Participants participants;
    private final Requests requests;
    private final Meetings meetings;
    private final Slots slots;
    private final Tables tables;
    private final Seating seating;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DemoEvents(EventManagement management, Events events, Participants participants,
            Requests requests, Meetings meetings, Slots slots,
            Tables tables, Seating seating, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.management = management;
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.slots = slots;
        this.tables = tables;
        this.seating = seating;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from match_event", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        String demo = "(select id from match_event where demo = true)";
        jdbc.update("delete from meeting_attendance where meeting_id in (select id from meeting where event_id in " + demo + ")");
        jdbc.update("delete from meeting where event_id in " + demo);
        jdbc.update("delete from meeting_request where event_id in " + demo);
        jdbc.update("delete from participant_unavailable where participant_id in (select id from participant where event_id in "
                + demo + ")");
        jdbc.update("delete from participant_session where participant_id in (select id from participant where event_id in "
                + demo + ")");
        jdbc.update("delete from participant where event_id in " + demo);
        jdbc.update("delete from schedule_run where event_id in " + demo);
        jdbc.update("delete from meeting_table where session_id in (select id from event_session where event_id in " + demo + ")");
        jdbc.update("delete from time_slot where session_id in (select id from event_session where event_id in " + demo + ")");
        jdbc.update("delete from event_session where event_id in " + demo);
        jdbc.update("delete from match_event where demo = true");
    }

    private record Guest(ParticipantKind kind, Long enterpriseId, Long parkId, String nameZh, String regionCode, Long userId,
            String offers, String wants) {
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        Random random = new Random(size.seed() * 17 + 3);
        LocalDate today = LocalDate.now(MeetingDesk.CHINA);
        tx.executeWithoutResult(status -> upcoming(random, today.plusDays(21)));
        tx.executeWithoutResult(status -> past(random, today.minusDays(45)));
        progress.advance(2);
    }

    private void upcoming(Random random, LocalDate day) {
        MatchEvent event = event(day.getYear() + "年四川省产业转移发展对接活动（宜宾）（演示）", "Sichuan Industrial Transfer Matchmaking " + day.getYear() + " (Yibin) (demo)",
                "511500", "宜宾市会展中心", day, day.plusDays(1), "动力电池与晶硅光伏产业链对接，承接东部沿海产业转移",
                "四川省经济和信息化厅\n宜宾市人民政府", "宜宾市经济和信息化局\n宜宾市投资促进局");
        management.persistSession(event.id(), new SessionForm(null, "开幕式暨主会场推介", "Opening and plenary", day,
                LocalTime.of(8, 0), LocalTime.of(8, 40), null, "主会场", null, null, SessionKind.PLENARY), 0);
        management.persistSession(event.id(), new SessionForm(null, "重点产业链机遇清单发布", "Opportunity lists released", day,
                LocalTime.of(8, 40), LocalTime.of(9, 0), null, "主会场", null, null, SessionKind.LIST_RELEASE), 0);
        EventSession battery = management.persistSession(event.id(), new SessionForm("nev-battery", "动力电池产业链专场",
                "Power battery session", day, LocalTime.of(9, 0), LocalTime.of(12, 0), 20, "A区", 30, 4, SessionKind.MATCHMAKING), 9);
        EventSession pv = management.persistSession(event.id(), new SessionForm("crystalline-pv", "晶硅光伏产业链专场",
                "Crystalline PV session", day, LocalTime.of(14, 0), LocalTime.of(17, 0), 20, "B区", 20, 4, SessionKind.MATCHMAKING), 9);
        management.persistSession(event.id(), new SessionForm(null, "重点项目集中签约仪式", "Signing ceremony", day.plusDays(1),
                LocalTime.of(9, 30), LocalTime.of(11, 0), null, "主会场", null, null, SessionKind.SIGNING), 0);
        Map<Long, Participant> batteryGuests = register(event, battery, guests("nev-battery", 36, random), random);
        Map<Long, Participant> pvGuests = register(event, pv, guests("crystalline-pv", 24, random), random);
        booths(battery, batteryGuests);
        request(event, battery, batteryGuests, random, false);
        request(event, pv, pvGuests, random, false);
    }

    private void past(Random random, LocalDate day) {
        MatchEvent event = event(day.getYear() + "年成渝地区产业转移对接会（成都）（演示）", "Chengdu-Chongqing Transfer Matchmaking " + day.getYear() + " (Chengdu) (demo)",
                "510100", "成都世纪城国际会议中心", day, day, "新能源汽车与动力电池产业链协同", "成都市人民政府", "成都市投资促进局");
        EventSession battery = management.persistSession(event.id(), new SessionForm("nev-battery", "动力电池供需对接专场",
                "Power battery supply and demand", day, LocalTime.of(9, 30), LocalTime.of(12, 10), 20, "主洽谈区", 25, 4,
                SessionKind.MATCHMAKING), 8);
        Map<Long, Participant> guests = register(event, battery, guests("nev-battery", 30, random), random);
        List<Meeting> held = request(event, battery, guests, random, true);
        seat(battery, held);
        for (Meeting m : held) {
            m.publish();
            if (m.slotId() == null || random.nextInt(100) >= 86) {
                continue;
            }
            Instant at = slots.findById(m.slotId()).orElseThrow().startsAt().plus(random.nextInt(4), ChronoUnit.MINUTES);
            m.checkIn(m.participantA(), at);
            if (random.nextInt(10) > 0) {
                m.checkIn(m.participantB(), at.plusSeconds(40));
            }
            int roll = random.nextInt(100);
            Outcome outcome = roll < 20 ? Outcome.NO_INTEREST : roll < 55 ? Outcome.FOLLOW_UP : roll < 85 ? Outcome.INTENT : Outcome.SIGNED;
            Long amount = outcome == Outcome.SIGNED ? (long) (2 + random.nextInt(48)) * 100_000_000L : null;
            m.outcome(m.participantA(), outcome, outcome == Outcome.SIGNED ? "签约落户项目（演示）" : null, amount, null, null, at);
            m.outcome(m.participantB(), outcome, null, amount, null, null, at);
        }
        meetings.flush();
        event.moveTo(EventStatus.FINISHED, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private MatchEvent event(String nameZh, String nameEn, String host, String venue, LocalDate from, LocalDate to, String theme,
            String hosts, String coHosts) {
        MatchEvent event = new MatchEvent("demo", true);
        event.apply(new EventForm(nameZh, nameEn, host, venue, from, to, theme, 72, 20, hosts, coHosts));
        return events.saveAndFlush(event);
    }

    /**
     * Hosts (Sichuan catalogue zones leading in the chain, two investment bureaux) and real enterprises of the chain:
     * those with demo sign-ins first, then the largest by revenue; generated ones only when a load test generated them.
     */
    private List<Guest> guests(String chain, int enterprises, Random random) {
        List<Guest> list = new ArrayList<>();
        jdbc.query("""
                select p.id, p.name_zh, p.region_code from park p join park_chain c on c.park_id = p.id
                where c.chain_code = ? and p.region_code like '51%' and p.deleted_at is null order by p.id""",
                rs -> {
                    if (list.size() < 10) {
                        list.add(new Guest(ParticipantKind.PARK, null, rs.getLong(1), rs.getString(2), rs.getString(3), null,
                                "标准厂房、工业用地，产业链配套与人才支持", "链主及配套企业落户"));
                    }
                }, chain);
        for (String[] bureau : new String[][] {{"yibin-locality", "宜宾市投资促进局", "511500"},
                {"chengdu-locality", "成都市投资促进局", "510100"}}) {
            Long user = jdbc.query("select id from app_user where username = ?", rs -> rs.next() ? rs.getLong(1) : null, bureau[0]);
            list.add(new Guest(ParticipantKind.GOVERNMENT, null, null, bureau[1], bureau[2], user,
                    "招商政策、要素保障、首席服务官", "补链强链项目"));
        }
        Map<Long, Guest> chosen = new LinkedHashMap<>();
        jdbc.query("""
                select e.id, e.name_zh, e.hq_region_code from enterprise e
                where e.demo = false and e.deleted_at is null and exists (select 1 from enterprise_segment s
                  join chain_node n on n.id = s.node_id join chain c on c.id = n.chain_id
                  where s.enterprise_id = e.id and c.code = ? and s.confidence >= 0.7)
                order by case when exists (select 1 from app_user u where u.enterprise_id = e.id) then 0 else 1 end,
                  e.revenue_cny desc nulls last, e.id""", rs -> {
            if (chosen.size() >= enterprises) {
                return;
            }
            chosen.put(rs.getLong(1), new Guest(ParticipantKind.ENTERPRISE, rs.getLong(1), null, rs.getString(2), rs.getString(3),
                    null, "产能布局与配套需求", "寻找产业承接地和配套供应商"));
        }, chain);
        List<Guest> generated = new ArrayList<>();
        jdbc.query("""
                select e.id, e.name_zh, e.hq_region_code from enterprise e
                join enterprise_segment s on s.enterprise_id = e.id join chain_node n on n.id = s.node_id join chain c on c.id = n.chain_id
                where c.code = ? and e.demo = true and e.deleted_at is null order by e.id fetch first 400 rows only""", rs -> {
            generated.add(new Guest(ParticipantKind.ENTERPRISE, rs.getLong(1), null, rs.getString(2), rs.getString(3), null,
                    "产品与产能", "拓展市场、寻找落地园区"));
        }, chain);
        java.util.Collections.shuffle(generated, random);
        for (Guest g : generated) {
            if (chosen.size() >= enterprises) {
                break;
            }
            chosen.putIfAbsent(g.enterpriseId(), g);
        }
        list.addAll(chosen.values());
        return list;
    }

    private Map<Long, Participant> register(MatchEvent event, EventSession session, List<Guest> guests, Random random) {
        Map<Long, Participant> result = new LinkedHashMap<>();
        List<TimeSlot> sessionSlots = slots.findBySessionIdOrderByPositionAsc(session.id());
        for (Guest g : guests) {
            Participant p = g.enterpriseId() != null ? participants.findByEventIdAndEnterpriseId(event.id(), g.enterpriseId()).orElse(null)
                    : g.parkId() != null ? participants.findByEventIdAndParkId(event.id(), g.parkId()).orElse(null)
                    : g.userId() != null ? participants.findByEventIdAndUserId(event.id(), g.userId()).stream().findFirst().orElse(null)
                    : null;
            if (p == null) {
                p = new Participant(event.id(), g.kind(), g.enterpriseId(), g.parkId(), g.nameZh(), g.regionCode(), g.userId(),
                        RegistrationStatus.PENDING, g.kind() == ParticipantKind.ENTERPRISE && random.nextInt(3) == 0);
                Set<Long> unavailable = new HashSet<>();
                if (random.nextInt(6) == 0 && !sessionSlots.isEmpty()) {
                    unavailable.add(sessionSlots.getFirst().id());
                }
                p.details(g.offers(), g.wants(), 1 + (random.nextInt(4) == 0 ? 1 : 0), Set.of(session.id()), unavailable);
                if (random.nextInt(12) == 0 && g.kind() == ParticipantKind.ENTERPRISE) {
                    p.awaitValidation();
                } else {
                    p.approve("demo", Instant.now());
                }
            } else {
                Set<Long> sessionIds = new HashSet<>(p.sessionIds());
                sessionIds.add(session.id());
                p.details(p.offersZh(), p.requestsZh(), p.delegates(), sessionIds, p.unavailableSlotIds());
            }
            p = participants.save(p);
            result.put(p.id(), p);
        }
        participants.flush();
        return result;
    }

    /**
     * Requests between enterprises and hosts (and a few between enterprises); in a past event every request
     * was decided, in an open one a part is still pending. Answers the meetings of accepted requests.
     */
    private List<Meeting> request(MatchEvent event, EventSession session, Map<Long, Participant> guests, Random random,
            boolean past) {
        List<Participant> approved = guests.values().stream().filter(p -> p.status() == RegistrationStatus.APPROVED).toList();
        List<Participant> hosts = approved.stream().filter(p -> p.kind() != ParticipantKind.ENTERPRISE).toList();
        List<Participant> firms = approved.stream().filter(p -> p.kind() == ParticipantKind.ENTERPRISE).toList();
        List<Meeting> result = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        Instant now = Instant.now();
        for (Participant firm : firms) {
            int wanted = 2 + random.nextInt(4);
            for (int k = 0; k < wanted; k++) {
                boolean toHost = random.nextInt(5) > 0 || firms.size() < 2;
                List<Participant> pool = toHost ? hosts : firms;
                if (pool.isEmpty()) {
                    continue;
                }
                Participant other = pool.get(random.nextInt(pool.size()));
                boolean fromFirm = !toHost || random.nextInt(3) > 0;
                Participant from = fromFirm ? firm : other;
                Participant to = fromFirm ? other : firm;
                String key = Math.min(from.id(), to.id()) + "-" + Math.max(from.id(), to.id());
                if (from.id().equals(to.id()) || !pairs.add(key)) {
                    continue;
                }
                String reason = to.kind() == ParticipantKind.ENTERPRISE ? "洽谈配套供应与产能合作" : from.kind() == ParticipantKind.ENTERPRISE
                        ? "了解" + to.nameZh() + "的用地、电价和配套条件" : "邀请贵企业考察落户";
                MeetingRequest r = requests.save(new MeetingRequest(event.id(), session.id(), from.id(), to.id(), reason,
                        1 + (to.kind() != ParticipantKind.ENTERPRISE ? 1 : 0), now.plus(72, ChronoUnit.HOURS)));
                int roll = random.nextInt(100);
                if (past ? roll < 75 : roll < 55) {
                    r.accept(now);
                    requests.flush();
                    result.add(meetings.save(new Meeting(r, r.priority(), Tokens.random())));
                } else if (past || roll < 80) {
                    r.decline(now);
                }
            }
        }
        requests.flush();
        meetings.flush();
        return result;
    }

    /** The host bureaus and parks of a session keep the first tables as fixed booths. */
    private void booths(EventSession session, Map<Long, Participant> guests) {
        List<MeetingTable> sessionTables = tables.findBySessionIdOrderByAreaZhAscNumberAsc(session.id());
        int next = 0;
        for (Participant p : guests.values()) {
            if (p.kind() != ParticipantKind.ENTERPRISE && p.status() == RegistrationStatus.APPROVED
                    && next < sessionTables.size()) {
                sessionTables.get(next++).reserveFor(p.id());
            }
        }
        tables.flush();
    }

    /** First come, first fit, as participants booking their own slots would have done. */
    private void seat(EventSession session, List<Meeting> list) {
        List<TimeSlot> sessionSlots = slots.findBySessionIdOrderByPositionAsc(session.id());
        List<MeetingTable> sessionTables = tables.findBySessionIdOrderByAreaZhAscNumberAsc(session.id());
        Map<Long, Set<Long>> busy = new HashMap<>();
        Map<Long, Integer> used = new HashMap<>();
        for (Meeting m : list) {
            for (TimeSlot slot : sessionSlots) {
                int table = used.getOrDefault(slot.id(), 0);
                if (table >= sessionTables.size() || busy.getOrDefault(m.participantA(), Set.of()).contains(slot.id())
                        || busy.getOrDefault(m.participantB(), Set.of()).contains(slot.id())
                        || unavailable(m.participantA(), slot) || unavailable(m.participantB(), slot)) {
                    continue;
                }
                seating.seat(m, slot.id(), sessionTables.get(table).id());
                used.put(slot.id(), table + 1);
                busy.computeIfAbsent(m.participantA(), k -> new HashSet<>()).add(slot.id());
                busy.computeIfAbsent(m.participantB(), k -> new HashSet<>()).add(slot.id());
                break;
            }
        }
    }

    private boolean unavailable(long participantId, TimeSlot slot) {
        return participants.findById(participantId).orElseThrow().unavailableSlotIds().contains(slot.id());
    }
}
