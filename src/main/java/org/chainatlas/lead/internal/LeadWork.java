package org.chainatlas.lead.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.workbench.WorkItem;
import org.chainatlas.workbench.WorkSection;
import org.chainatlas.workbench.WorkSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads on a workbench: the open leads the user sees with their next step, soonest (and overdue) first, and the
 * funnel 目标企业 → 已接触 → 在谈 → 签约. For organisers, locality officers and service officers with leads.
 */
@Component
class LeadWork implements WorkSource {


    private final LeadBook book;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    LeadWork(LeadBook book, JdbcTemplate jdbc, MessageSource messages) {
        this.book = book;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sectionsFor(Actor actor, Locale locale) {
        if (actor.is(Role.ENTERPRISE)) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String scope = LeadBook.scope(actor, args);
        String from = " from investment_lead l join enterprise e on e.id = l.enterprise_id where " + scope
                + " and l.stage in ('TARGET','CONTACTED','NEGOTIATING')";
        long open = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        if (open == 0 && actor.is(Role.SERVICE_OFFICER)) {
            return List.of();
        }
        LocalDate today = book.today();
        List<Object> lateArgs = new ArrayList<>(args);
        lateArgs.add(java.sql.Date.valueOf(today));
        long late = jdbc.queryForObject("select count(*)" + from + " and l.next_step_on < ?", Long.class, lateArgs.toArray());
        List<WorkItem> items = jdbc.query("select l.id, e.name_zh, l.stage, l.next_step_zh, l.next_step_on" + from
                + " order by l.next_step_on nulls last, l.id desc fetch first " + WorkSection.SHOWN + " rows only", (rs, i) -> {
                    LocalDate on = rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate();
                    String step = rs.getString(4) == null ? messages.getMessage("lead.nextStep.none", null, locale) : rs.getString(4);
                    return new WorkItem(rs.getString(2), messages.getMessage("lead.stage." + rs.getString(3), null, locale) + " · " + step,
                            "/leads/" + rs.getLong(1), on, on != null && on.isBefore(today));
                }, args.toArray());
        List<WorkSection> sections = new ArrayList<>();
        sections.add(WorkSection.ofItems("leads", 12, "workbench.leads.open", open, late > 0, items, "/leads?open=true"));
        Map<LeadStage, Long> funnel = book.funnel(actor, null);
        List<WorkSection.Figure> figures = new ArrayList<>();
        for (LeadStage step : LeadStage.FUNNEL) {
            figures.add(new WorkSection.Figure(messages.getMessage("lead.stage." + step, null, locale), funnel.get(step),
                    "/leads?stage=" + step + "&reached=true"));
        }
        sections.add(new WorkSection("leads-funnel", 55, "workbench.leads.funnel", funnel.get(LeadStage.TARGET), false, List.of(),
                figures, "/leads"));
        return sections;
    }
}
