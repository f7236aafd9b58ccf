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
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.mail.Mailer;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;
import org.chainatlas.project.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    ServiceDesk(Tickets tickets, TicketEntries entries, Projects projects, ProjectRights rights, Accounts accounts, Mailer mailer,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl,
            @Value("${chainatlas.tickets.level-hours:120,72,72}") List<Long> levelHours, java.time.Clock clock) {
        this.clock = clock;
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
        v.text("titleZh", titleZh, 200, true);
        v.text("description", description, 2000, false);
        v.throwIfInvalid();
        Instant now = Instant.now();
        ServiceTicket t = tickets.saveAndFlush(new ServiceTicket(projectId, category, titleZh.strip(),
                ProjectPipeline.blank(description), now.plus(timeAt(1)), actor.username(), now));
        entries.save(new TicketEntry(t.id(), "RAISED", 1, t.titleZh(), actor.username(), now));
        notifyHandlers(t, p, "新的企业诉求 / New ticket");
        return view(t, p);
    }

    /** Who answers for a ticket at its level: the officer; the city's department heads; the province's leaders. */
    List<UserView> handlers(ServiceTicket t, Project p) {
        List<UserView> result = new ArrayList<>();
        if (t.level() == 1 && p.serviceOfficerId() != null) {
            accounts.find(p.serviceOfficerId()).ifPresent(result::add);
        }
        if (t.level() == 2 || (t.level() == 1 && result.isEmpty())) {
            result.addAll(accounts.staffFor(Role.LOCALITY, p.hostRegionCode()));
        }
        if (t.level() >= 3) {
            result.addAll(accounts.staffFor(Role.ORGANISER, p.hostRegionCode()));
        }
        return result;
    }

    private void notifyHandlers(ServiceTicket t, Project p, String subject) {
        Set<String> to = new LinkedHashSet<>();
        handlers(t, p).forEach(u -> to.add(u.email()));
        to.removeIf(a -> a == null || a.isBlank());
        for (String address : to) {
            mailer.send(address, subject + "：" + t.titleZh(), "项目：" + p.nameZh() + "\n诉求（" + t.category() + "，第" + t.level()
                    + "级）：" + t.titleZh() + "\n办理时限：" + t.dueAt() + "\n" + baseUrl + "/tickets/" + t.id());
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
        ServiceTicket t = load(id);
        Project p = project(t);
        Actor actor = rights.require("confirm", "ticket " + t.id());
        if (!actor.isAdmin() && !actor.actsFor(p.enterpriseId())) {
            throw new Forbidden("confirm the closure of", "ticket " + t.id() + " (only the enterprise may)");
        }
        Instant now = clock.instant();
        if (solved) {
            t.close(now);
        } else {
            t.reopen(now.plus(timeAt(t.level())));
        }
        entries.save(new TicketEntry(t.id(), solved ? "CLOSED" : "REOPENED", t.level(), ProjectPipeline.blank(note),
                actor.username(), now));
        if (!solved) {
            notifyHandlers(t, p, "企业诉求被退回 / Ticket reopened");
        }
        return view(t, p);
    }

    /** Escalates every open ticket past its deadline one level (at most to 3), with a new deadline and e-mails. */
    @Scheduled(fixedDelayString = "${chainatlas.tickets.sweep-ms:300000}", initialDelay = 60_000)
    @Transactional
    public int escalateOverdue() {
        return escalateOverdue(clock.instant());
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
        return view(t, p);
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
        if (projectIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Project> byId = new HashMap<>();
        projects.findAllById(projectIds).forEach(p -> byId.put(p.id(), p));
        Instant now = Instant.now();
        List<TicketView> result = new ArrayList<>();
        for (int from = 0; from < projectIds.size(); from += 1000) {
            for (ServiceTicket t : tickets.findByProjectIdInOrderByDueAtAsc(projectIds.subList(from, Math.min(projectIds.size(),
                    from + 1000)))) {
                if (!overdueOnly || t.overdue(now)) {
                    result.add(view(t, byId.get(t.projectId())));
                }
            }
        }
        result.sort(java.util.Comparator.comparing(TicketView::dueAt));
        return result;
    }

    TicketView view(ServiceTicket t, Project p) {
        List<TicketView.Entry> history = t.id() == null ? List.of() : entries.findByTicketIdOrderByAtAsc(t.id()).stream()
                .map(e -> new TicketView.Entry(e.action(), e.level(), e.note(), e.byUser(), e.at())).toList();
        return new TicketView(t.id(), t.projectId(), p.nameZh(), t.category(), t.titleZh(), t.description(), t.status(),
                t.level(), t.dueAt(), t.overdue(Instant.now()), t.raisedBy(), t.raisedAt(), t.resolvedAt(), t.closedAt(), history);
    }
}
