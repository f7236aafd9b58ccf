package org.chainatlas.event.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chainatlas.event.AgendaItem;
import org.chainatlas.event.Views;
import org.chainatlas.event.internal.EventManagement;
import org.chainatlas.event.internal.EventReports;
import org.chainatlas.event.internal.MeetingDesk;
import org.chainatlas.event.internal.Registrations;
import org.chainatlas.platform.export.Booklets;
import org.chainatlas.platform.export.Words;
import org.chainatlas.platform.export.Workbooks;
import org.chainatlas.region.Regions;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What an event prints and what its clerks open in Excel: table signs (桌签) with each table's meetings, every
 * participant's printed schedule, a participant's own schedule, and the lists of registrations and check-ins —
 * all in words, never codes.
 */
@Controller
class EventPrints {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EventManagement management;
    private final EventReports reports;
    private final MeetingDesk desk;
    private final Registrations registrations;
    private final Booklets booklets;
    private final Regions regions;
    private final MessageSource messages;

    EventPrints(EventManagement management, EventReports reports, MeetingDesk desk, Registrations registrations, Booklets booklets,
            Regions regions, MessageSource messages) {
        this.management = management;
        this.reports = reports;
        this.desk = desk;
        this.registrations = registrations;
        this.booklets = booklets;
        this.regions = regions;
        this.messages = messages;
    }

    static String when(Instant from, Instant to) {
        if (from == null) {
            return "待排期";
        }
        return TIME.format(from.atZone(CHINA)) + (to == null ? "" : "–" + CLOCK.format(to.atZone(CHINA)));
    }

    static ResponseEntity<byte[]> download(byte[] file, String name, String type) {
        return org.chainatlas.platform.export.Downloads.attachment(file, name, type);
    }

    /**
     * One sign per table that has meetings or is a fixed booth: the table's number in large type, the booth's owner,
     * and its meetings in time order.
     */
    @GetMapping("/events/{id}/table-cards.pdf")
    ResponseEntity<byte[]> tableCards(@PathVariable long id) {
        Views.EventView event = management.require(id);
        List<Views.MeetingView> meetings = reports.meetings(id);
        Map<String, List<Views.MeetingView>> byTable = new TreeMap<>();
        Map<String, String> boothOwners = new java.util.HashMap<>();
        for (Views.SessionView s : event.sessions()) {
            for (Views.BoothView b : s.booths()) {
                String key = s.titleZh() + "\u0000" + b.tableLabel();
                boothOwners.put(key, b.participantName());
                byTable.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        for (Views.MeetingView m : meetings) {
            if (m.slotId() != null && m.tableLabel() != null) {
                byTable.computeIfAbsent(m.sessionTitleZh() + "\u0000" + m.tableLabel(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Booklets.Card> cards = new ArrayList<>();
        byTable.forEach((key, list) -> {
            String[] sessionAndTable = key.split("\u0000", 2);
            list.sort(Comparator.comparing(Views.MeetingView::startsAt));
            List<List<String>> rows = list.stream().map(m -> List.of(when(m.startsAt(), m.endsAt()), m.nameA(), m.nameB(),
                    m.published() ? "" : "未发布")).toList();
            String owner = boothOwners.get(key);
            cards.add(new Booklets.Card(sessionAndTable[1], event.nameZh() + " · " + sessionAndTable[0]
                    + (owner == null ? "" : " · 固定展位：" + owner),
                    new Booklets.Section("", List.of("时间", "洽谈一方", "洽谈另一方", "备注"), new float[] {2, 5, 5, 1.5f}, rows)));
        });
        return download(booklets.cards(event.nameZh() + " 桌签", cards), "桌签.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    /**
     * Every participant's printed schedule, one page each, in name order: the programme sessions (opening, list
     * release, signing ceremony) and its meetings, in time order: time, table or hall, whom they meet, session.
     */
    @GetMapping("/events/{id}/schedules.pdf")
    ResponseEntity<byte[]> schedules(@PathVariable long id) {
        Views.EventView event = management.require(id);
        record Row(Instant at, List<String> cells) {
        }
        List<Row> programme = new ArrayList<>();
        for (Views.SessionView s : event.sessions()) {
            if (!s.hasTables()) {
                Instant from = s.day().atTime(s.startsAt()).atZone(CHINA).toInstant();
                Instant to = s.day().atTime(s.endsAt()).atZone(CHINA).toInstant();
                programme.add(new Row(from, List.of(when(from, to), s.areaZh() == null ? "" : s.areaZh(), "—", s.titleZh())));
            }
        }
        Map<String, List<Row>> byParticipant = new TreeMap<>();
        for (Views.MeetingView m : reports.meetings(id)) {
            if (m.slotId() == null) {
                continue;
            }
            // a seat not yet published may still move: printed with its mark, as the table cards are
            String table = m.tableLabel() + (m.published() ? "" : "（未发布）");
            byParticipant.computeIfAbsent(m.nameA(), k -> new ArrayList<>(programme)).add(new Row(m.startsAt(),
                    List.of(when(m.startsAt(), m.endsAt()), table, m.nameB(), m.sessionTitleZh())));
            byParticipant.computeIfAbsent(m.nameB(), k -> new ArrayList<>(programme)).add(new Row(m.startsAt(),
                    List.of(when(m.startsAt(), m.endsAt()), table, m.nameA(), m.sessionTitleZh())));
        }
        Map<String, String> attendees = new java.util.HashMap<>();
        registrations.of(id, false).forEach(p -> {
            if (p.attendeesZh() != null) {
                attendees.put(p.nameZh(), p.attendeesZh());
            }
        });
        String hosts = hostsLine(event);
        List<Booklets.Card> cards = new ArrayList<>();
        byParticipant.forEach((name, rows) -> {
            rows.sort(Comparator.comparing(Row::at));
            cards.add(new Booklets.Card(name, event.nameZh() + " · 洽谈日程 · " + event.venueZh() + hosts
                    + (attendees.containsKey(name) ? " · 参会：" + attendees.get(name) : ""),
                    new Booklets.Section("", List.of("时间", "桌号/地点", "洽谈对象", "专场"), new float[] {2, 2, 5, 4},
                            rows.stream().map(Row::cells).toList())));
        });
        return download(booklets.cards(event.nameZh() + " 洽谈日程", cards), "洽谈日程.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    /** " · 主办：…；承办：…" for the lines under a printed title, or nothing. */
    static String hostsLine(Views.EventView event) {
        String line = (event.hostsZh().isEmpty() ? "" : "主办：" + String.join("、", event.hostsZh()))
                + (event.coHostsZh().isEmpty() ? "" : (event.hostsZh().isEmpty() ? "" : "；") + "承办："
                        + String.join("、", event.coHostsZh()));
        return line.isEmpty() ? "" : " · " + line;
    }

    /**
     * The signed-in participant's own schedule (of one event, or all), to print — in the reader's language, as the
     * agenda page is (the partner's offer is quoted as it was written).
     */
    @GetMapping("/agenda.pdf")
    ResponseEntity<byte[]> agenda(@RequestParam(required = false) Long event) {
        List<AgendaItem> items = desk.agenda(event);
        Map<String, List<List<String>>> byMe = new LinkedHashMap<>();
        Map<String, String> lines = new LinkedHashMap<>();
        String unscheduled = Words.say(messages, "export.agenda.unscheduled");
        for (AgendaItem i : items) {
            String key = i.participantName() + "\u0000" + i.eventNameZh();
            lines.put(key, Words.say(messages, "export.agenda.line", i.eventName()));
            Views.MeetingView m = i.meeting();
            byMe.computeIfAbsent(key, k -> new ArrayList<>()).add(List.of(m.startsAt() == null ? unscheduled : when(m.startsAt(), m.endsAt()),
                    m.tableLabel() == null ? unscheduled : m.tableLabel() + (m.published() ? "" : Words.say(messages, "export.agenda.unpublished")),
                    i.partnerName(),
                    i.partnerOffersZh() == null ? "" : i.partnerOffersZh()));
        }
        List<String> headers = java.util.stream.Stream.of("time", "table", "partner", "offers").map(k -> Words.say(messages,
                "export.agenda." + k)).toList();
        List<Booklets.Card> cards = new ArrayList<>();
        byMe.forEach((key, rows) -> cards.add(new Booklets.Card(key.substring(0, key.indexOf('\u0000')), lines.get(key),
                new Booklets.Section("", headers, new float[] {2, 2, 4, 6}, rows))));
        String title = Words.say(messages, "export.agenda.title");
        return download(booklets.cards(title, cards), title + ".pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    /** Registrations and check-ins of an event, for its clerks. */
    @GetMapping("/events/{id}/registrations.xlsx")
    ResponseEntity<byte[]> registrationsXlsx(@PathVariable long id) {
        Views.EventView event = management.require(id);
        List<Views.ParticipantView> all = registrations.of(id, false);
        List<List<Object>> rows = new ArrayList<>();
        for (Views.ParticipantView p : all) {
            rows.add(List.of(p.nameZh(), Words.zh(messages, "event.kind.", p.kind()),
                    p.regionCode() == null ? "" : regions.find(p.regionCode()).map(r -> r.nameZh()).orElse(p.regionCode()),
                    Words.zh(messages, "event.registration.", p.status()), p.delegates(), p.attendeesZh() == null ? "" : p.attendeesZh(),
                    p.invited() ? "是" : "否",
                    p.offersZh() == null ? "" : p.offersZh(), p.requestsZh() == null ? "" : p.requestsZh(),
                    TIME.format(p.createdAt().atZone(CHINA))));
        }
        List<List<Object>> checkins = new ArrayList<>();
        List<Views.MeetingView> meetings = new ArrayList<>(reports.meetings(id));
        meetings.sort(Comparator.comparing(Views.MeetingView::startsAt, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Views.MeetingView m : meetings) {
            checkins.add(List.of(when(m.startsAt(), m.endsAt()), m.tableLabel() == null ? "待排期" : m.tableLabel(), m.nameA(),
                    m.checkedInA() == null ? "未签到" : "已签到 " + CLOCK.format(m.checkedInA().atZone(CHINA)), m.nameB(),
                    m.checkedInB() == null ? "未签到" : "已签到 " + CLOCK.format(m.checkedInB().atZone(CHINA)),
                    m.outcomeA() == null ? "" : Words.zh(messages, "event.outcome.", m.outcomeA()),
                    m.outcomeB() == null ? "" : Words.zh(messages, "event.outcome.", m.outcomeB())));
        }
        byte[] file = Workbooks.xlsx(List.of(
                new Workbooks.SheetData("报名", List.of("单位", "类型", "地区", "状态", "人数", "参会人员", "受邀", "可提供", "需求",
                        "报名时间"), rows),
                new Workbooks.SheetData("签到", List.of("时间", "桌号", "一方", "签到", "另一方", "签到", "一方结果", "另一方结果"), checkins)));
        return download(file, event.nameZh() + " 报名与签到.xlsx", XLSX);
    }
}
