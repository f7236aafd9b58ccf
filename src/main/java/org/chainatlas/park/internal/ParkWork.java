package org.chainatlas.park.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A locality's part of a workbench: its published opportunities and its parks that have not been confirmed as
 * current for 180 days (or never), oldest first, each opening the page where it is re-verified. A park officer
 * sees those of their park, a city or province officer those of the region.
 */
@Component
class ParkWork implements WorkSource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ParkWork(JdbcTemplate jdbc, MessageSource messages, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sectionsFor(Actor actor, Locale locale) {
        if (!actor.is(Role.LOCALITY) || (actor.parkId() == null && actor.regionPrefix() == null)) {
            return List.of();
        }
        String scope = actor.parkId() != null ? "k.id = ?" : "k.region_code like ?";
        Object scopeArg = actor.parkId() != null ? actor.parkId() : actor.regionPrefix() + "%";
        Timestamp staleBefore = Timestamp.from(clock.instant().minus(Park.STALE_AFTER));
        List<WorkSection> sections = new ArrayList<>();

        String from = " from opportunity o join park k on k.id = o.park_id where " + scope
                + " and o.deleted_at is null and k.deleted_at is null and o.status in ('OPEN','NEGOTIATING') and o.demo = false"
                + " and (o.last_verified_at is null or o.last_verified_at < ?)";
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, scopeArg, staleBefore);
        List<WorkItem> items = jdbc.query("select o.id, o.title_zh, k.name_zh, o.last_verified_at" + from
                + " order by o.last_verified_at nulls first, o.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(rs.getString(2), rs.getString(3) + " · " + verified(rs.getTimestamp(4), locale),
                        "/opportunities/" + rs.getLong(1) + "/edit", null, true), scopeArg, staleBefore);
        sections.add(WorkSection.ofItems("opportunities-stale", 25, "workbench.opportunities.stale", count, count > 0, items,
                actor.parkId() != null ? "/parks/" + actor.parkId() : "/regions/" + actor.regionCode() + "/opportunities"));

        String parks = " from park k where " + scope + " and k.deleted_at is null and (k.last_verified_at is null or k.last_verified_at < ?)";
        long parkCount = jdbc.queryForObject("select count(*)" + parks, Long.class, scopeArg, staleBefore);
        List<WorkItem> parkItems = jdbc.query("select k.id, k.name_zh, k.last_verified_at" + parks
                + " order by k.last_verified_at nulls first, k.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(rs.getString(2), verified(rs.getTimestamp(3), locale), "/parks/" + rs.getLong(1), null, false),
                scopeArg, staleBefore);
        sections.add(WorkSection.ofItems("parks-stale", 35, "workbench.parks.stale", parkCount, false, parkItems,
                actor.parkId() != null ? "/parks/" + actor.parkId() : "/parks?province=" + actor.regionCode() + "&stale=true"));
        return sections;
    }

    private String verified(Timestamp at, Locale locale) {
        return at == null ? messages.getMessage("workbench.verified.never", null, locale)
                : messages.getMessage("workbench.verified.on", new Object[] {LocalDate.ofInstant(at.toInstant(), CHINA).toString()},
                        locale);
    }
}
