package org.chainatlas.event.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.workbench.WorkItem;
import org.chainatlas.workbench.WorkSection;
import org.chainatlas.workbench.WorkSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' part of a workbench. Organisers (events hosted in their region): registrations waiting for
 * approval, events coming up, and events whose accepted meetings are not yet scheduled or whose schedule is not
 * published. Whoever takes part (an enterprise's staff, a park's officer, a registered person): meeting requests
 * waiting for their answer, soonest expiry first, and their next published meetings.
 */
@Component
class EventWork implements WorkSource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final java.time.Clock clock;

    EventWork(JdbcTemplate jdbc, MessageSource messages, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sectionsFor(Actor actor, Locale locale) {
        List<WorkSection> sections = new ArrayList<>();
        if (actor.isAdmin() || (actor.is(Role.ORGANISER) && actor.regionPrefix() != null)) {
            String prefix = actor.isAdmin() ? "" : actor.regionPrefix();
            sections.add(registrations(prefix, locale));
            sections.add(unscheduled(prefix, locale));
            sections.add(upcoming(prefix, locale));
        }
        if (!actor.isAdmin()) {
            Mine mine = new Mine(actor);
            sections.add(requestsToAnswer(mine, locale));
            sections.add(meetings(mine, locale));
        }
        return sections;
    }

    /** The participants an actor answers for, as SQL on alias {@code x}. */
    private record Mine(String sql, List<Object> args) {
        Mine(Actor a) {
            this(build(a), params(a));
        }

        private static String build(Actor a) {
            StringBuilder s = new StringBuilder("(x.user_id = ?");
            if (a.is(Role.ENTERPRISE) && a.enterpriseId() != null) {
                s.append(" or x.enterprise_id = ?");
            }
            if (a.is(Role.LOCALITY) && a.parkId() != null) {
                s.append(" or x.park_id = ?");
            }
            return s.append(")").toString();
        }

        private static List<Object> params(Actor a) {
            List<Object> args = new ArrayList<>();
            args.add(a.userId());
            if (a.is(Role.ENTERPRISE) && a.enterpriseId() != null) {
                args.add(a.enterpriseId());
            }
            if (a.is(Role.LOCALITY) && a.parkId() != null) {
                args.add(a.parkId());
            }
            return args;
        }
    }

    private WorkSection registrations(String prefix, Locale locale) {
        String from = " from participant x join match_event e on e.id = x.event_id where x.status = 'PENDING'"
                + " and e.status <> 'FINISHED' and e.host_region_code like ?";
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, prefix + "%");
        List<WorkItem> items = jdbc.query("select x.name_zh, e.id, e.name_zh, x.created_at, e.name_en" + from
                + " order by x.created_at, x.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(rs.getString(1), org.chainatlas.platform.web.Localized.pick(rs.getString(3), rs.getString(5), locale), "/events/" + rs.getLong(2) + "/manage",
                        null, false),
                prefix + "%");
        return WorkSection.ofItems("registrations", 10, "workbench.events.registrations", count, count > 0, items, "/events");
    }

    private WorkSection unscheduled(String prefix, Locale locale) {
        List<Object[]> rows = jdbc.query("select e.id, e.name_zh, e.starts_on,"
                + " sum(case when m.slot_id is null then 1 else 0 end), sum(case when m.slot_id is not null and not m.published then 1 else 0 end), e.name_en"
                + " from match_event e join meeting m on m.event_id = e.id"
                + " where e.status <> 'FINISHED' and e.host_region_code like ? group by e.id, e.name_zh, e.name_en, e.starts_on"
                + " having sum(case when m.slot_id is null or not m.published then 1 else 0 end) > 0 order by e.starts_on, e.id",
                (rs, i) -> new Object[] {rs.getLong(1), org.chainatlas.platform.web.Localized.pick(rs.getString(2), rs.getString(6), locale), rs.getDate(3).toLocalDate(),
                        rs.getLong(4), rs.getLong(5)},
                prefix + "%");
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<WorkItem> items = rows.stream().limit(WorkSection.SHOWN).map(r -> new WorkItem((String) r[1],
                messages.getMessage("workbench.events.unscheduledDetail", new Object[] {r[3], r[4]}, locale),
                "/events/" + r[0] + "/schedule", (LocalDate) r[2], ((LocalDate) r[2]).isBefore(today))).toList();
        return WorkSection.ofItems("schedules", 40, "workbench.events.unscheduled", rows.size(), !rows.isEmpty(), items, "/events");
    }

    private WorkSection upcoming(String prefix, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        String from = " from match_event e where e.ends_on >= ? and e.host_region_code like ?";
        java.sql.Date day = java.sql.Date.valueOf(today);
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, day, prefix + "%");
        List<WorkItem> items = jdbc.query("select e.id, e.name_zh, e.starts_on, e.status, e.venue_zh,"
                + " (select count(*) from participant x where x.event_id = e.id and x.status = 'APPROVED'), e.name_en" + from
                + " order by e.starts_on, e.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(org.chainatlas.platform.web.Localized.pick(rs.getString(2), rs.getString(7), locale), messages.getMessage("event.status." + rs.getString(4), null, locale) + " · "
                        + (rs.getString(5) == null ? "" : rs.getString(5) + " · ")
                        + messages.getMessage("workbench.events.participants", new Object[] {rs.getLong(6)}, locale),
                        "/events/" + rs.getLong(1), rs.getDate(3).toLocalDate(), false), day, prefix + "%");
        return WorkSection.ofItems("events-upcoming", 50, "workbench.events.upcoming", count, false, items, "/events");
    }

    private WorkSection requestsToAnswer(Mine mine, Locale locale) {
        Timestamp now = Timestamp.from(clock.instant());
        String from = " from meeting_request r join participant x on x.id = r.partner_id join participant q on q.id = r.requester_id"
                + " join match_event e on e.id = r.event_id where r.status = 'PENDING' and r.expires_at > ? and " + mine.sql();
        List<Object> args = new ArrayList<>();
        args.add(now);
        args.addAll(mine.args());
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        List<WorkItem> items = jdbc.query("select q.name_zh, e.id, e.name_zh, r.reason_zh, r.expires_at, e.name_en" + from
                + " order by r.expires_at, r.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(rs.getString(1), org.chainatlas.platform.web.Localized.pick(rs.getString(3), rs.getString(6), locale) + " · " + rs.getString(4),
                        "/events/" + rs.getLong(2) + "/requests", rs.getTimestamp(5).toInstant().atZone(CHINA).toLocalDate(), false),
                args.toArray());
        return WorkSection.ofItems("requests", 5, "workbench.events.requests", count, count > 0, items, "/events");
    }

    /** Meetings with one of the user's participants ({@code x}) and the other side ({@code o}); {@link Mine} picks x. */
    private static final String MY_MEETINGS = " from meeting m join participant x on (x.id = m.participant_a or x.id = m.participant_b)"
            + " join participant o on o.id = case when m.participant_a = x.id then m.participant_b else m.participant_a end";

    private WorkSection meetings(Mine mine, Locale locale) {
        Timestamp now = Timestamp.from(clock.instant());
        String from = MY_MEETINGS + " join time_slot s on s.id = m.slot_id join meeting_table t on t.id = m.table_id"
                + " where m.published and s.starts_at >= ? and " + mine.sql();
        List<Object> args = new ArrayList<>();
        args.add(now);
        args.addAll(mine.args());
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        List<WorkItem> items = jdbc.query("select o.name_zh, s.starts_at, t.area_zh, t.number" + from
                + " order by s.starts_at, m.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> {
                    var at = rs.getTimestamp(2).toInstant().atZone(CHINA);
                    return new WorkItem(rs.getString(1), TIME.format(at) + " · " + rs.getString(3) + " "
                            + messages.getMessage("workbench.events.table", new Object[] {rs.getInt(4)}, locale), "/agenda",
                            at.toLocalDate(), false);
                }, args.toArray());
        // accepted meetings of events not over yet that the schedule has not placed (or not published) yet: they are
        // the user's meetings too, listed after the scheduled ones (the agenda shows them as 待排期)
        String waiting = MY_MEETINGS + " join match_event ev on ev.id = m.event_id"
                + " where (m.slot_id is null or not m.published) and ev.ends_on >= ? and " + mine.sql();
        List<Object> waitingArgs = new ArrayList<>();
        waitingArgs.add(java.sql.Date.valueOf(LocalDate.now(clock.withZone(CHINA))));
        waitingArgs.addAll(mine.args());
        long unscheduled = jdbc.queryForObject("select count(*)" + waiting, Long.class, waitingArgs.toArray());
        List<WorkItem> all = new ArrayList<>(items);
        if (unscheduled > 0 && all.size() < WorkSection.SHOWN) {
            // a meeting without a seat waits for the schedule (待排期); one with a seat not yet published may still move (待发布)
            String notScheduled = messages.getMessage("workbench.events.notScheduled", null, locale);
            String notPublished = messages.getMessage("workbench.events.notPublished", null, locale);
            all.addAll(jdbc.query("select o.name_zh, ev.name_zh, ev.starts_on, m.slot_id, ev.name_en" + waiting + " order by ev.starts_on, m.id fetch first "
                    + (WorkSection.SHOWN - all.size()) + " rows only",
                    (rs, i) -> new WorkItem(rs.getString(1), (rs.getObject(4) == null ? notScheduled : notPublished) + " · "
                            + org.chainatlas.platform.web.Localized.pick(rs.getString(2), rs.getString(5), locale), "/agenda", rs.getDate(3).toLocalDate(), false),
                    waitingArgs.toArray()));
        }
        return WorkSection.ofItems("meetings", 20, "workbench.events.meetings", count + unscheduled, false, all, "/agenda");
    }
}
