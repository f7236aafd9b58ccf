package org.chainatlas.project.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.mail.Mailer;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;
import org.chainatlas.project.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tickets (首席服务官 · 解难题): an enterprise raises a problem on its project; it goes to the project's
 * chief service officer (level 1) with a deadline; when overdue it is escalated to the department heads of the
 * host city (level 2, locality officers) and then to the leaders of the province (level 3, organisers), each with
 * a new deadline and an e-mail; the handler resolves it and the enterprise confirms the closure or reopens it.
 * Every step is kept in the ticket's history.
 */
@Service
public class ServiceDesk {

    private static final Logger log = LoggerFactory.getLogger(ServiceDesk.class);
    static final List<TicketStatus> ACTIVE = List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);

    private final Tickets tickets;
    private final TicketEntries entries;
    private final Projects projects;
    private final ProjectRights rights;
    private final Accounts accounts;
    private final Mailer mailer;
    private final String baseUrl;
    private final List<Duration> levelTimes;

    private final java.time.Clock clock;
    private final Coordination coordination;
    private final EvidenceFiles files;
    private final JdbcTemplate jdbc;
    private final org.springframework.context.MessageSource messages;

    ServiceDesk(Tickets tickets, TicketEntries entries, Projects projects, ProjectRights rights, Accounts accounts, Mailer mailer,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl,
            @Value("${chainatlas.tickets.level-hours:120,72,72}") List<Long> levelHours, java.time.Clock clock,
            Coordination coordination, EvidenceFiles files, JdbcTemplate jdbc, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.clock = clock;
        this.coordination = coordination;
        this.files = files;
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.entries = entries;
        this.projects = projects;
        this.rights = rights;
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.levelTimes = levelHours.stream().map(Duration::ofHours).toList();
    }

    Duration timeAt(int level) {
        return levelTimes.get(Math.min(level, levelTimes.size()) - 1);
    }

    private ServiceTicket load(long id) {
        return tickets.findById(id).orElseThrow(() -> new NotFound("ticket", id));
    }

    private Project project(ServiceTicket t) {
        return projects.findById(t.projectId()).orElseThrow();
    }

    @Transactional
    public TicketView raise(long projectId, TicketCategory category, String titleZh, String description) {
        Project p = projects.findById(projectId).orElseThrow(() -> new NotFound("project", projectId));
        Actor actor = rights.requireSees(p, "raise a ticket on");
        Validation v = new Validation();
        v.required("category", category);
        v.line("titleZh", titleZh, 200, true);
        v.text("description", description, 2000, false);
        v.throwIfInvalid();
        Instant now = Instant.now();
        ServiceTicket t = tickets.saveAndFlush(new ServiceTicket(projectId, category, titleZh.strip(),
                ProjectPipeline.blank(description), now.plus(timeAt(1)), actor.username(), now));
        entries.save(new TicketEntry(t.id(), "RAISED", 1, t.titleZh(), actor.username(), now));
        notifyHandlers(t, p, "新的企业诉求 / New ticket");
        return view(t, p);
    }

    /**
     * Who answers for a ticket at its level: the project's chief service officer (level 1); the 部门负责人 named for
     * the host place (level 2) or else its locality officers; the 区/市领导 named for it (level 3) or else the
     * organisers of the province. A level without anyone falls to the next one that has someone.
     */
    List<UserView> handlers(ServiceTicket t, Project p) {
        List<UserView> result = new ArrayList<>();
        for (int level = t.level(); level <= ServiceTicket.TOP_LEVEL && result.isEmpty(); level++) {
            if (level == 1) {
                if (p.serviceOfficerId() != null) {
                    accounts.find(p.serviceOfficerId()).ifPresent(result::add);
                }
                continue;
            }
            for (Coordination.Assignee a : coordination.answering(p.hostRegionCode(), level)) {
                accounts.find(a.userId()).ifPresent(result::add);
            }
            if (result.isEmpty()) {
                result.addAll(accounts.staffFor(level == 2 ? Role.LOCALITY : Role.ORGANISER, p.hostRegionCode()));
            }
        }
        return result;
    }

    /** The names and titles of who answers now, as shown on the ticket. */
    List<String> handlerNames(ServiceTicket t, Project p) {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        coordination.answering(p.hostRegionCode(), t.level()).forEach(a -> titles.put(a.userId(), a.titleZh()));
        // a level without named coordinators falls to the place's staff: say who they are (a ticket at 区（市）领导 answered
        // by the provincial organisers read as if the label lied)
        // the stand-in's part in the reader's language (an English ticket read 省级组织方，代为办理); a coordinator's own title as given
        String organiser = org.chainatlas.platform.web.Localized.pick("省级组织方，代为办理", "provincial organiser, standing in");
        String locality = org.chainatlas.platform.web.Localized.pick("属地招商部门，代为办理", "local investment bureau, standing in");
        String officer = org.chainatlas.platform.web.Localized.pick("首席服务官", "chief service officer");
        String open = org.chainatlas.platform.web.Localized.pick("（", " (");
        String close = org.chainatlas.platform.web.Localized.pick("）", ")");
        return handlers(t, p).stream().map(u -> (u.displayName() == null ? u.username() : u.displayName()) + open
                + (titles.containsKey(u.id()) ? titles.get(u.id()) : u.role() == Role.ORGANISER ? organiser
                        : u.role() == Role.LOCALITY ? locality : officer) + close).toList();
    }

    private void notifyHandlers(ServiceTicket t, Project p, String subject) {
        Set<String> to = new LinkedHashSet<>();
        handlers(t, p).forEach(u -> to.add(u.email()));
        to.removeIf(a -> a == null || a.isBlank());
        for (String address : to) {
            // said in words, not codes (the mail read "诉求（LABOUR，第2级）") and the deadline in China's time
            java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
            String category = messages.getMessage("ticket.category." + t.category(), null, String.valueOf(t.category()), zh);
            String level = messages.getMessage("ticket.levelName." + t.level(), null, "", zh);
            String due = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.dueAt().atZone(ProjectPipeline.CHINA));
            mailer.send(address, subject + "：" + t.titleZh(), "项目：" + p.nameZh() + "\n诉求（" + category + "，第" + t.level()
                    + "级" + (level.isEmpty() ? "" : " · " + level) + "）：" + t.titleZh() + "\n办理时限：" + due + "（北京时间）\n"
                    + baseUrl + "/tickets/" + t.id());
        }
    }

    private Actor requireHandler(ServiceTicket t, Project p, String action) {
        Actor actor = rights.require(action, "ticket " + t.id());
        if (!ProjectRights.manages(actor, p)) {
            throw new Forbidden(action, "ticket " + t.id());
        }
        return actor;
    }

    @Transactional
    public TicketView comment(long id, String note) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = rights.requireSees(p, "comment on");
        Validation v = new Validation();
        v.text("note", note, 2000, true);
        v.throwIfInvalid();
        t.requireOpenForComments();
        if (t.status() == TicketStatus.OPEN && ProjectRights.manages(actor, p)) {
            t.takeUp();
        }
        entries.save(new TicketEntry(t.id(), "COMMENT", t.level(), note.strip(), actor.username(), Instant.now()));
        return view(t, p);
    }

    @Transactional
    public TicketView resolve(long id, String note) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = requireHandler(t, p, "resolve");
        Validation v = new Validation();
        v.text("note", note, 2000, true);
        v.throwIfInvalid();
        t.resolve(clock.instant());
        entries.save(new TicketEntry(t.id(), "RESOLVED", t.level(), note.strip(), actor.username(), Instant.now()));
        return view(t, p);
    }

    /** The enterprise confirms the problem is solved (closed) or says it is not (reopened, with a new deadline). */
    @Transactional
    public TicketView confirm(long id, boolean solved, String note) {
        return confirm(id, solved, note, null);
    }

    /** The enterprise confirms the problem is solved with its satisfaction (1–5), or says it is not (reopened). */
    @Transactional
    public TicketView confirm(long id, boolean solved, String note, Integer satisfaction) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = rights.require("confirm", "ticket " + t.id());
        if (!actor.isAdmin() && !actor.actsFor(p.enterpriseId())) {
            throw new Forbidden("confirm the closure of", "ticket " + t.id() + " (only the enterprise may)");
        }
        Instant now = clock.instant();
        if (solved) {
            t.close(now, satisfaction);
        } else {
            t.reopen(now.plus(timeAt(t.level())));
        }
        String closing = solved ? "满意度 " + satisfaction + "/5" + (ProjectPipeline.blank(note) == null ? "" : "：" + note.strip())
                : ProjectPipeline.blank(note);
        entries.save(new TicketEntry(t.id(), solved ? "CLOSED" : "REOPENED", t.level(), closing, actor.username(), now));
        if (!solved) {
            notifyHandlers(t, p, "企业诉求被退回 / Ticket reopened");
        }
        return view(t, p);
    }

    /** A handler hands the ticket off to a department (转办), with what was asked of it. */
    @Transactional
    public TicketView handOff(long id, String department, String note) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = requireHandler(t, p, "hand off");
        Validation v = new Validation();
        v.text("department", department, 100, true);
        v.text("note", note, 2000, false);
        v.throwIfInvalid();
        t.handOff(department);
        entries.save(new TicketEntry(t.id(), "HANDED_OFF", t.level(), "转办至 " + department.strip()
                + (ProjectPipeline.blank(note) == null ? "" : "：" + note.strip()), actor.username(), clock.instant()));
        return view(t, p, true);
    }

    /**
     * Escalates by hand, before the deadline: the handler who cannot solve it at this level, or the enterprise
     * pressing for it (催办). One level up with that level's time, a reason, and mail to whoever answers there.
     */
    @Transactional
    public TicketView escalate(long id, String reason) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = rights.require("escalate", "ticket " + id);
        if (!ProjectRights.manages(actor, p) && !actor.actsFor(p.enterpriseId())) {
            throw new Forbidden("escalate", "ticket " + id);
        }
        Validation v = new Validation();
        v.text("reason", reason, 2000, true);
        v.throwIfInvalid();
        Instant now = clock.instant();
        t.escalate(now.plus(timeAt(Math.min(t.level() + 1, ServiceTicket.TOP_LEVEL))));
        entries.save(new TicketEntry(t.id(), "ESCALATED", t.level(), "人工升级至第" + t.level() + "级：" + reason.strip(),
                actor.username(), now));
        notifyHandlers(t, p, "企业诉求升级 / Ticket escalated");
        return view(t, p, true);
    }

    /** Attaches a file (PDF, JPEG, PNG) to the ticket; it is kept with the project's evidence files. */
    @Transactional
    public TicketView attach(long id, org.chainatlas.project.EvidenceUpload upload) {
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = rights.requireSees(p, "attach a file to");
        if (upload == null) {
            throw InvalidInput.coded("file", "error.chooseFile", "choose a file to attach");
        }
        t.requireOpenForComments();
        org.chainatlas.project.EvidenceUpload asOther = new org.chainatlas.project.EvidenceUpload(
                org.chainatlas.project.EvidenceKind.OTHER, upload.fileName(), upload.contentType(), upload.content());
        String type = files.check(asOther, "file");
        long evidence = files.store(p.id(), asOther, type, actor.username());
        jdbc.update("insert into ticket_attachment (ticket_id, evidence_id) values (?, ?)", t.id(), evidence);
        entries.save(new TicketEntry(t.id(), "ATTACHED", t.level(), upload.fileName().strip(), actor.username(), clock.instant()));
        return view(t, p, true);
    }

    /** Escalates every open ticket past its deadline one level (at most to 3), with a new deadline and e-mails. */
    /**
     * The escalation sweep, every five minutes on one node of the cluster: a node skips it while another ran it less
     * than a minute ago (or is still running it).
     */
    @Scheduled(fixedDelayString = "${chainatlas.tickets.sweep-ms:300000}", initialDelayString = "${chainatlas.tickets.sweep-delay-ms:60000}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "ticket-escalation", lockAtMostFor = "PT5M",
            lockAtLeastFor = "PT1M")
    @Transactional
    public void escalationSweep() {
        escalateOverdue(clock.instant());
    }

    @Transactional
    public int escalateOverdue(Instant now) {
        int escalated = 0;
        for (ServiceTicket t : tickets.findByStatusInAndDueAtBefore(ACTIVE, now)) {
            if (!t.escalable()) {
                continue;
            }
            t.escalate(now.plus(timeAt(t.level() + 1)));
            entries.save(new TicketEntry(t.id(), "ESCALATED", t.level(), "逾期未办结，升级至第" + t.level() + "级", "system", now));
            notifyHandlers(t, project(t), "企业诉求逾期升级 / Overdue ticket escalated");
            escalated++;
        }
        if (escalated > 0) {
            log.info("Escalated {} overdue tickets", escalated);
        }
        return escalated;
    }

    @Transactional(readOnly = true)
    public TicketView require(long id) {
        ServiceTicket t = load(id);
        Project p = project(t);
        rights.requireSees(p, "see");
        return view(t, p, true);
    }

    @Transactional(readOnly = true)
    public boolean mayHandle(long id) {
        ServiceTicket t = load(id);
        return rights.actor().map(a -> ProjectRights.manages(a, project(t))).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayConfirm(long id) {
        ServiceTicket t = load(id);
        return rights.actor().map(a -> a.isAdmin() || a.actsFor(project(t).enterpriseId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<TicketView> ofProject(long projectId) {
        Project p = projects.findById(projectId).orElseThrow(() -> new NotFound("project", projectId));
        rights.requireSees(p, "see the tickets of");
        return tickets.findByProjectIdOrderByRaisedAtDesc(projectId).stream().map(t -> view(t, p)).toList();
    }

    /** Tickets of the given projects (already scoped by the caller), soonest deadline first. */
    @Transactional(readOnly = true)
    public List<TicketView> ofProjects(List<Long> projectIds, boolean overdueOnly) {
        return ofProjects(projectIds, overdueOnly, false);
    }

    /** As above; {@code openOnly} keeps the tickets still being handled (open or in progress), as the workbench counts them. */
    public List<TicketView> ofProjects(List<Long> projectIds, boolean overdueOnly, boolean openOnly) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<TicketView> result = new ArrayList<>();
        for (int from = 0; from < projectIds.size(); from += 1000) {
            // the database keeps only the tickets asked for (a dashboard asks for the overdue ones of many projects):
            // overdue is still being handled (ACTIVE) and due before now, as ServiceTicket.overdue says
            List<Long> some = projectIds.subList(from, Math.min(projectIds.size(), from + 1000));
            List<ServiceTicket> shown = overdueOnly ? tickets.findByProjectIdInAndStatusInAndDueAtBeforeOrderByDueAtAsc(some, ACTIVE, now)
                    : openOnly ? tickets.findByProjectIdInAndStatusInOrderByDueAtAsc(some, ACTIVE)
                    : tickets.findByProjectIdInOrderByDueAtAsc(some);
            if (shown.isEmpty()) {
                continue;
            }
            // only the projects of the shown tickets (a dashboard's scope holds many more), and every shown ticket's
            // history, each in one query
            Map<Long, Project> byId = new HashMap<>();
            projects.findAllById(shown.stream().map(ServiceTicket::projectId).distinct().toList()).forEach(p -> byId.put(p.id(), p));
            Map<Long, List<TicketEntry>> histories = new HashMap<>();
            entries.findByTicketIdInOrderByAtAscIdAsc(shown.stream().map(ServiceTicket::id).toList())
                    .forEach(e -> histories.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e));
            for (ServiceTicket t : shown) {
                result.add(view(t, byId.get(t.projectId()), false, histories.getOrDefault(t.id(), List.of())));
            }
        }
        result.sort(java.util.Comparator.comparing(TicketView::dueAt));
        return result;
    }

    TicketView view(ServiceTicket t, Project p) {
        return view(t, p, false);
    }

    /** A ticket as shown; {@code full} adds who answers for it now and its attachments. */
    TicketView view(ServiceTicket t, Project p, boolean full) {
        return view(t, p, full, t.id() == null ? List.of() : entries.findByTicketIdOrderByAtAsc(t.id()));
    }

    private TicketView view(ServiceTicket t, Project p, boolean full, List<TicketEntry> entriesOfTicket) {
        List<TicketView.Entry> history = entriesOfTicket.stream()
                .map(e -> new TicketView.Entry(e.action(), e.level(), e.note(), e.byUser(), e.at())).toList();
        Instant now = clock.instant();
        List<org.chainatlas.project.ProjectView.Evidence> attachments = List.of();
        if (full && t.id() != null) {
            Set<Long> attached = new java.util.HashSet<>(jdbc.queryForList(
                    "select evidence_id from ticket_attachment where ticket_id = ?", Long.class, t.id()));
            attachments = attached.isEmpty() ? List.of() : files.of(p.id()).stream().filter(e -> attached.contains(e.id())).toList();
        }
        return new TicketView(t.id(), t.projectId(), p.nameZh(), t.category(), t.titleZh(), t.description(), t.status(),
                t.level(), t.dueAt(), t.overdue(now), t.raisedBy(), t.raisedAt(), t.resolvedAt(), t.closedAt(), history,
                t.departmentZh(), t.satisfaction(), t.overdueDays(now), full ? handlerNames(t, p) : List.of(), attachments);
    }
}
