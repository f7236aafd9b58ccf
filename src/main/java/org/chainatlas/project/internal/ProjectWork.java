package org.chainatlas.project.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.workbench.WorkItem;
import org.chainatlas.workbench.WorkSection;
import org.chainatlas.workbench.WorkSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project pipeline's part of a workbench, always within the projects the actor may see: organisers and
 * localities get overdue projects, open tickets against them and their projects by stage; a chief service
 * officer the projects assigned to them with each one's next deadline (start of construction, production) and
 * their open tickets; an enterprise its tickets waiting for its confirmation.
 */
@Component
class ProjectWork implements WorkSource {

    private static final ZoneId CHINA = ProjectPipeline.CHINA;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final int startOverdueDays;
    private final int productionOverdueDays;

    ProjectWork(JdbcTemplate jdbc, MessageSource messages, java.time.Clock clock,
            @Value("${chainatlas.projects.start-overdue-days:180}") int startOverdueDays,
            @Value("${chainatlas.projects.production-overdue-days:540}") int productionOverdueDays) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.startOverdueDays = startOverdueDays;
        this.productionOverdueDays = productionOverdueDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sectionsFor(Actor actor, Locale locale) {
        ProjectRights.Scope scope = ProjectRights.scope(actor);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<WorkSection> sections = new ArrayList<>();
        if (actor.isAdmin() || actor.is(Role.ORGANISER) || actor.is(Role.LOCALITY)) {
            sections.add(deadlines(scope, today, locale, true, "projects-overdue", 20, "workbench.projects.overdue",
                    "/projects?overdue=true"));
            sections.add(tickets(scope, today, locale, 30, "workbench.tickets.open"));
            sections.add(byStage(scope, locale));
        } else if (actor.is(Role.SERVICE_OFFICER)) {
            sections.add(deadlines(scope, today, locale, false, "projects-mine", 10, "workbench.projects.mine", "/projects?step=underway"));
            sections.add(tickets(scope, today, locale, 20, "workbench.tickets.open"));
        } else if (actor.is(Role.ENTERPRISE)) {
            sections.add(toConfirm(scope, locale));
        }
        return sections;
    }

    /** Projects of the scope that have a deadline: their next one; {@code lateOnly} keeps those already missed. */
    private WorkSection deadlines(ProjectRights.Scope scope, LocalDate today, Locale locale, boolean lateOnly, String id,
            int order, String title, String more) {
        List<Object> args = new ArrayList<>(scope.args());
        // as the linked list counts them: counted projects (not flagged or confirmed duplicates) when it lists a step
        String sql = "select p.id, p.name_zh, p.stage, p.signed_on, p.construction_started_on, case when "
                + ProjectPipeline.AS_REPORTED + " then 1 else 0 end from project p where "
                + scope.sql() + " and p.stage in ('SIGNED','LAND_SECURED','CONSTRUCTION_STARTED')"
                + (more.contains("step=") ? " and p.counted = true" : "");
        record Row(long id, String name, ProjectStage stage, LocalDate deadline, boolean reported) {
        }
        List<Row> rows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            ProjectStage stage = ProjectStage.valueOf(rs.getString(3));
            java.sql.Date signed = rs.getDate(4);
            java.sql.Date started = rs.getDate(5);
            LocalDate deadline = stage == ProjectStage.CONSTRUCTION_STARTED
                    ? (started == null ? null : started.toLocalDate().plusDays(productionOverdueDays))
                    : (signed == null ? null : signed.toLocalDate().plusDays(startOverdueDays));
            // a stage as a news report stated it is not known to be late (ProjectPipeline.AS_REPORTED)
            boolean reported = rs.getInt(6) == 1;
            if (deadline != null && (!lateOnly || deadline.isBefore(today) && !reported)) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), stage, deadline, reported));
            }
        }, args.toArray());
        rows.sort(java.util.Comparator.comparing(Row::deadline).thenComparing(Row::id));
        List<WorkItem> items = rows.stream().limit(WorkSection.SHOWN).map(r -> new WorkItem(r.name(),
                word("project.stage." + r.stage(), locale) + " · " + word(r.reported() ? "workbench.deadline.reported"
                        : r.stage() == ProjectStage.CONSTRUCTION_STARTED ? "workbench.deadline.production" : "workbench.deadline.start",
                        locale),
                "/projects/" + r.id(), r.deadline(), r.deadline().isBefore(today) && !r.reported())).toList();
        boolean urgent = lateOnly || rows.stream().anyMatch(r -> r.deadline().isBefore(today) && !r.reported());
        return WorkSection.ofItems(id, order, title, rows.size(), urgent, items, more);
    }

    private WorkSection tickets(ProjectRights.Scope scope, LocalDate today, Locale locale, int order, String title) {
        List<Object> args = new ArrayList<>(scope.args());
        String from = " from service_ticket t join project p on p.id = t.project_id where " + scope.sql()
                + " and t.status in ('OPEN','IN_PROGRESS')";
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> overdueArgs = new ArrayList<>(args);
        overdueArgs.add(now);
        long overdue = jdbc.queryForObject("select count(*)" + from + " and t.due_at < ?", Long.class, overdueArgs.toArray());
        List<WorkItem> items = jdbc.query("select t.id, t.title_zh, p.name_zh, t.ticket_level, t.due_at, t.category" + from
                + " order by t.due_at, t.id fetch first " + WorkSection.SHOWN + " rows only", (rs, i) -> {
                    LocalDate due = rs.getTimestamp(5).toInstant().atZone(CHINA).toLocalDate();
                    return new WorkItem(rs.getString(2), rs.getString(3) + " · " + word("ticket.category." + rs.getString(6), locale)
                            + " · " + messages.getMessage("ticket.level", new Object[] {rs.getInt(4)}, locale),
                            "/tickets/" + rs.getLong(1), due, rs.getTimestamp(5).before(now));
                }, args.toArray());
        return WorkSection.ofItems("tickets-open", order, title, count, overdue > 0, items, "/tickets?open=true");
    }

    private WorkSection byStage(ProjectRights.Scope scope, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select p.stage, count(*) from project p where " + scope.sql() + " group by p.stage",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, scope.args().toArray());
        List<WorkSection.Figure> figures = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage != ProjectStage.CANCELLED) {
                figures.add(new WorkSection.Figure(word("project.stage." + stage, locale), counts.getOrDefault(stage.name(), 0L),
                        "/projects?stage=" + stage));
            }
        }
        return WorkSection.ofFigures("projects-by-stage", 60, "workbench.projects.byStage", figures, "/dashboard/projects");
    }

    /** Tickets the handler marked resolved that wait for the enterprise to confirm or reopen. */
    private WorkSection toConfirm(ProjectRights.Scope scope, Locale locale) {
        String from = " from service_ticket t join project p on p.id = t.project_id where " + scope.sql()
                + " and t.status = 'RESOLVED'";
        long count = jdbc.queryForObject("select count(*)" + from, Long.class, scope.args().toArray());
        List<WorkItem> items = jdbc.query("select t.id, t.title_zh, p.name_zh, t.resolved_at" + from
                + " order by t.resolved_at, t.id fetch first " + WorkSection.SHOWN + " rows only",
                (rs, i) -> new WorkItem(rs.getString(2), rs.getString(3) + " · " + word("workbench.tickets.resolvedConfirm", locale),
                        "/tickets/" + rs.getLong(1), null, false), scope.args().toArray());
        return WorkSection.ofItems("tickets-confirm", 30, "workbench.tickets.toConfirm", count, count > 0, items, "/tickets");
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
