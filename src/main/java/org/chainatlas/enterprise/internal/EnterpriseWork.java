package org.chainatlas.enterprise.internal;

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
 * The registry's part of a workbench. Organisers: enterprise registrations waiting for verification in their
 * region. Enterprise staff: their open needs, each opening its matches (sites for an expansion, partners for
 * suppliers or customers wanted).
 */
@Component
class EnterpriseWork implements WorkSource {


    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    EnterpriseWork(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sectionsFor(Actor actor, Locale locale) {
        List<WorkSection> sections = new ArrayList<>();
        if (actor.isAdmin() || (actor.is(Role.ORGANISER) && actor.regionPrefix() != null)) {
            String prefix = (actor.isAdmin() ? "" : actor.regionPrefix()) + "%";
            String from = " from enterprise_registration r where r.status = 'PENDING' and r.hq_region_code like ?";
            long count = jdbc.queryForObject("select count(*)" + from, Long.class, prefix);
            List<WorkItem> items = jdbc.query("select r.name_zh, r.uscc, r.created_at" + from
                    + " order by r.id fetch first " + WorkSection.SHOWN + " rows only",
                    (rs, i) -> new WorkItem(rs.getString(1), rs.getString(2), "/registrations", null, false), prefix);
            sections.add(WorkSection.ofItems("enterprise-registrations", 15, "workbench.enterprises.registrations", count,
                    count > 0, items, "/registrations"));
        }
        if (actor.is(Role.ENTERPRISE) && actor.enterpriseId() != null) {
            String from = " from enterprise_need n join chain_node c on c.id = n.node_id where n.enterprise_id = ? and n.status = 'OPEN'";
            long count = jdbc.queryForObject("select count(*)" + from, Long.class, actor.enterpriseId());
            boolean english = "en".equals(locale.getLanguage());
            List<WorkItem> items = jdbc.query("select n.id, n.kind, c.name_zh, c.name_en, n.start_by" + from
                    + " order by n.id desc fetch first " + WorkSection.SHOWN + " rows only", (rs, i) -> {
                        String kind = rs.getString(2);
                        String url = "EXPANSION".equals(kind) ? "/match/sites?need=" + rs.getLong(1)
                                : "/match/partners?need=" + rs.getLong(1);
                        return new WorkItem(messages.getMessage("need.kind." + kind, null, kind, locale) + " · "
                                + rs.getString(english ? 4 : 3), messages.getMessage("workbench.needs.matches", null, locale), url,
                                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), false);
                    }, actor.enterpriseId());
            sections.add(WorkSection.ofItems("needs", 25, "workbench.needs.open", count, false, items,
                    "/enterprises/" + actor.enterpriseId()));
        }
        return sections;
    }
}
