package org.chainatlas.lead.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.lead.LeadForm;
import org.chainatlas.lead.LeadOrigin;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.lead.LeadView;
import org.chainatlas.lead.VisitKind;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkView;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.Versions;
import org.chainatlas.project.ProjectForm;
import org.chainatlas.project.ProjectIntake;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectView;
import org.chainatlas.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working leads. Who may: administrators; organisers and locality officers for leads of places in their region
 * (they create, move, log, plan, invite and sign); a chief service officer assigned to a lead sees it and logs
 * visits. The lifecycle itself is guarded by {@link Lead}. Every write is audited.
 */
@Service
public class LeadBook implements org.chainatlas.lead.LeadFunnel {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A lead made, or the one that already existed for the same place, enterprise and chain. */
    public record Made(LeadView lead, boolean created) {
    }

    private final Leads leads;
    private final LeadVisits visits;
    private final CurrentActor currentActor;
    private final Accounts accounts;
    private final EnterpriseCatalog enterprises;
    private final Chains chains;
    private final ParkCatalog parks;
    private final Regions regions;
    private final EventCatalog events;
    private final ProjectIntake projects;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LeadBook(Leads leads, LeadVisits visits, CurrentActor currentActor, Accounts accounts, EnterpriseCatalog enterprises,
            Chains chains, ParkCatalog parks, Regions regions, EventCatalog events, ProjectIntake projects, AuditTrail audit,
            JdbcTemplate jdbc, Clock clock) {
        this.leads = leads;
        this.visits = visits;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.chains = chains;
        this.parks = parks;
        this.regions = regions;
        this.events = events;
        this.projects = projects;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    // ---------------------------------------------------------------- rights

    /** Administrators, and organisers or locality officers whose region contains the place ({@link Actor#governs}). */
    static boolean works(Actor a, String regionCode) {
        return a.governs(regionCode);
    }

    static boolean sees(Actor a, Lead lead) {
        return works(a, lead.regionCode()) || a.userId() == lead.ownerId()
                || (lead.officerId() != null && lead.officerId() == a.userId());
    }

    public boolean mayWork(String regionCode) {
        return currentActor.get().map(a -> works(a, regionCode)).orElse(false);
    }

    /** Whether the signed-in user makes leads at all (for showing the buttons). */
    public boolean makesLeads() {
        return currentActor.get().map(a -> a.isAdmin() || a.is(Role.ORGANISER) || a.is(Role.LOCALITY)).orElse(false);
    }

    private Lead load(long id) {
        return leads.findById(id).orElseThrow(() -> new NotFound("lead", id));
    }

    private Lead working(long id, String action) {
        Lead lead = load(id);
        Actor a = currentActor.require(action, "lead " + id);
        if (!works(a, lead.regionCode())) {
            throw new Forbidden(action, "lead " + id);
        }
        return lead;
    }

    // ---------------------------------------------------------------- making

    /**
     * Makes a lead for a place, an enterprise and a chain (named by the segment when one is given), owned by the
     * user making it; the same place, enterprise and chain again opens the lead that exists.
     */
    @Transactional
    public Made create(LeadForm form) {
        Actor actor = currentActor.require("create", "a lead");
        Validation v = new Validation();
        v.required("regionCode", form.regionCode());
        v.required("enterpriseId", form.enterpriseId());
        v.text("reasonZh", form.reasonZh(), 1000, false);
        String chainCode = form.chainCode() == null || form.chainCode().isBlank() ? null : form.chainCode().strip();
        if (form.nodeId() != null) {
            ChainNodeView node = chains.node(form.nodeId()).orElse(null);
            if (node == null) {
                v.reject("nodeId", "error.unknownSegment", "no chain segment " + form.nodeId(), form.nodeId());
            } else if (chainCode != null && !chainCode.equals(node.chainCode())) {
                v.reject("nodeId", "error.segmentNotInChain", "segment " + node.nameZh() + " is not part of chain " + chainCode, node.nameZh(), chainCode);
            } else {
                chainCode = node.chainCode();
            }
        }
        if (chainCode == null) {
            v.reject("chainCode", "error.leadChain", "name the chain or the segment the enterprise is wanted for");
        } else if (chains.find(chainCode).isEmpty()) {
            v.reject("chainCode", "error.unknownChain", "no chain " + chainCode, chainCode);
        }
        if (form.regionCode() != null && regions.find(form.regionCode()).isEmpty()) {
            v.reject("regionCode", "error.unknownRegion", "no region " + form.regionCode(), form.regionCode());
        }
        EnterpriseView enterprise = form.enterpriseId() == null ? null : enterprises.find(form.enterpriseId()).orElse(null);
        if (form.enterpriseId() != null && enterprise == null) {
            v.reject("enterpriseId", "error.unknownEnterprise", "no enterprise " + form.enterpriseId(), form.enterpriseId());
        }
        if (form.parkId() != null) {
            ParkView park = parks.find(form.parkId()).orElse(null);
            if (park == null) {
                v.reject("parkId", "error.unknownPark", "no park " + form.parkId(), form.parkId());
            } else if (form.regionCode() != null && !park.regionCode().startsWith(org.chainatlas.region.RegionView.prefixOf(
                    form.regionCode()))) {
                v.reject("parkId", "error.parkNotInRegion", park.nameZh() + " is not in region " + form.regionCode(), park.nameZh(), form.regionCode());
            }
        }
        v.throwIfInvalid();
        if (!works(actor, form.regionCode())) {
            throw new Forbidden("create", "a lead for region " + form.regionCode());
        }
        var existing = leads.findByRegionCodeAndEnterpriseIdAndChainCode(form.regionCode(), enterprise.id(), chainCode);
        if (existing.isPresent()) {
            return new Made(view(existing.get(), true), false);
        }
        Lead lead = leads.saveAndFlush(new Lead(form.regionCode(), enterprise.id(), chainCode, form.nodeId(), form.parkId(),
                form.origin() == null ? LeadOrigin.MANUAL : form.origin(), blank(form.reasonZh()), actor.userId(),
                actor.username(), clock.instant()));
        audit.record("lead", lead.id(), AuditAction.CREATE, null, Map.of("enterprise", enterprise.nameZh(), "region",
                lead.regionCode(), "chain", chainCode, "origin", lead.origin().name()));
        return new Made(view(lead, true), true);
    }

    // ---------------------------------------------------------------- working

    @Transactional
    public LeadView logVisit(long id, LocalDate on, VisitKind kind, String note) {
        Lead lead = load(id);
        Actor actor = currentActor.require("log a visit on", "lead " + id);
        if (!works(actor, lead.regionCode()) && !(lead.officerId() != null && lead.officerId() == actor.userId())) {
            throw new Forbidden("log a visit on", "lead " + id);
        }
        Validation v = new Validation();
        v.required("visitedOn", on);
        v.required("kind", kind);
        v.text("noteZh", note, 2000, true);
        if (on != null && on.isAfter(today())) {
            v.reject("visitedOn", "error.visitInFuture", "a visit is logged once it took place: " + on + " is in the future", String.valueOf(on));
        } else if (on != null && on.getYear() < 2000) {
            v.reject("visitedOn", "error.dateOutside", on + " is not between 2000-01-01 and today", String.valueOf(on), "2000-01-01",
                    String.valueOf(today()));
        }
        v.throwIfInvalid();
        LeadStage before = lead.stage();
        lead.visited(clock.instant());
        visits.save(new LeadVisit(lead.id(), on, kind, note.strip(), actor.username(), clock.instant()));
        audit.record("lead", id, AuditAction.UPDATE, Map.of("stage", before.name()), Map.of("stage", lead.stage().name(), "visit",
                on + " " + kind));
        return view(leads.saveAndFlush(lead), true);
    }

    @Transactional
    public LeadView advance(long id, LeadStage to, Long version) {
        Lead lead = working(id, "move");
        Versions.require("lead " + id, version, lead.version());
        LeadStage before = lead.stage();
        lead.advance(to, (int) visits.countByLeadId(id), clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, Map.of("stage", before.name()), Map.of("stage", to.name()));
        return view(leads.saveAndFlush(lead), true);
    }

    @Transactional
    public LeadView drop(long id, String reason, Long version) {
        Lead lead = working(id, "drop");
        Versions.require("lead " + id, version, lead.version());
        LeadStage before = lead.stage();
        lead.drop(reason, clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, Map.of("stage", before.name()), Map.of("stage", "DROPPED", "reason",
                lead.dropReason()));
        return view(leads.saveAndFlush(lead), true);
    }

    @Transactional
    public LeadView reopen(long id, Long version) {
        Lead lead = working(id, "take up again");
        Versions.require("lead " + id, version, lead.version());
        lead.reopen(clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, Map.of("stage", "DROPPED"), Map.of("stage", "TARGET"));
        return view(leads.saveAndFlush(lead), true);
    }

    @Transactional
    public LeadView planNextStep(long id, String what, LocalDate on) {
        Lead lead = working(id, "plan");
        Validation v = new Validation();
        v.text("nextStepZh", what, 500, true);
        if (on == null) {
            v.reject("nextStepOn", "error.nextStepDate", "give the date of the next step");
        } else if (on.isBefore(today()) || on.getYear() > 2099) {
            // a next step is ahead: one planned for 2020 showed as overdue at once
            v.reject("nextStepOn", "error.dateOutside", on + " is not between today and 2099-12-31", String.valueOf(on),
                    String.valueOf(today()), "2099-12-31");
        }
        v.throwIfInvalid();
        lead.nextStep(what, on, clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, null, Map.of("nextStep", what.strip(), "on", on.toString()));
        return view(leads.saveAndFlush(lead), true);
    }

    /** Assigns a chief service officer whose region covers the lead's place (or none). */
    @Transactional
    public LeadView assignOfficer(long id, Long userId) {
        Lead lead = working(id, "assign an officer to");
        if (userId != null && accounts.serviceOfficersFor(lead.regionCode()).stream().noneMatch(u -> u.id() == userId)) {
            throw InvalidInput.coded("officerId", "error.notOfficerHere", "user " + userId + " is not a chief service officer for this place", userId);
        }
        Long before = lead.officerId();
        lead.officer(userId, clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, Map.of("officer", String.valueOf(before)), Map.of("officer",
                String.valueOf(userId)));
        return view(leads.saveAndFlush(lead), true);
    }

    /** Invites the lead's enterprise to a matchmaking event (every session), through the event's own rules. */
    @Transactional
    public LeadView invite(long id, long eventId) {
        Lead lead = working(id, "invite");
        lead.requireOpen("be invited to an event");
        events.invite(eventId, lead.enterpriseId());
        lead.invited(eventId, clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, null, Map.of("invitedTo", String.valueOf(eventId)));
        return view(leads.saveAndFlush(lead), true);
    }

    /**
     * Signs the lead: a project of the pipeline is created at stage SIGNED (amount, date, the lead's place, park,
     * chain and officer) in the same transaction, and the lead points to it.
     */
    @Transactional
    public LeadView sign(long id, Long amountCny, LocalDate signedOn, String projectName, Long version) {
        Lead lead = working(id, "sign");
        Versions.require("lead " + id, version, lead.version());
        lead.requireCanSign();
        Validation v = new Validation();
        v.required("contractedAmountCny", amountCny);
        v.range("contractedAmountCny", amountCny, 1, 1e15, "CNY");
        v.required("signedOn", signedOn);
        v.line("projectName", projectName, 200, false);
        v.throwIfInvalid();
        String enterpriseName = enterprises.find(lead.enterpriseId()).map(EnterpriseView::nameZh).orElse("?");
        String name = projectName != null && !projectName.isBlank() ? projectName.strip()
                : enterpriseName + " · " + chains.find(lead.chainCode()).map(c -> c.nameZh()).orElse(lead.chainCode()) + "项目";
        ProjectView project = projects.create(new ProjectForm(name.length() > 200 ? name.substring(0, 200) : name,
                lead.enterpriseId(), lead.regionCode(), lead.parkId(), lead.chainCode(), lead.nodeId(), null, amountCny,
                ProjectStage.SIGNED, signedOn, lead.officerId()));
        LeadStage before = lead.stage();
        lead.signed(project.id(), clock.instant());
        audit.record("lead", id, AuditAction.UPDATE, Map.of("stage", before.name()), Map.of("stage", "SIGNED", "project",
                String.valueOf(project.id())));
        return view(leads.saveAndFlush(lead), true);
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public LeadView require(long id) {
        Lead lead = load(id);
        Actor a = currentActor.require("see", "lead " + id);
        if (!sees(a, lead)) {
            throw new Forbidden("see", "lead " + id);
        }
        return view(lead, true);
    }

    /** What the actor may see of leads, as SQL on alias {@code l}. */
    static String scope(Actor a, List<Object> args) {
        if (a.isAdmin()) {
            return "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        if ((a.is(Role.ORGANISER) || a.is(Role.LOCALITY)) && a.regionPrefix() != null) {
            parts.add("l.region_code like ?");
            args.add(a.regionPrefix() + "%");
        }
        parts.add("l.owner_id = ?");
        args.add(a.userId());
        parts.add("l.officer_id = ?");
        args.add(a.userId());
        return "(" + String.join(" or ", parts) + ")";
    }

    /** Leads the signed-in user may see: by stage, by place (code prefix), only their own; next step soonest first. */
    @Transactional(readOnly = true)
    public PageView<LeadView> list(LeadStage stage, String region, boolean mine, int page, int size) {
        return list(stage, false, region, mine, page, size);
    }

    /**
     * The leads in a stage or, with {@code reached}, in it or further along the funnel — what the funnel counts, so that
     * its cards list what they say.
     */
    public PageView<LeadView> list(LeadStage stage, boolean reached, String region, boolean mine, int page, int size) {
        return list(stage, reached, false, region, mine, page, size);
    }

    /** As above; {@code open} keeps the leads still being worked (目标企业, 已接触, 在谈), as the workbench counts them. */
    public PageView<LeadView> list(LeadStage stage, boolean reached, boolean open, String region, boolean mine, int page, int size) {
        Actor a = currentActor.require("see", "leads");
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(scope(a, args));
        if (open) {
            where.append(" and l.stage in ('TARGET','CONTACTED','NEGOTIATING')");
        }
        if (stage != null && reached) {
            List<LeadStage> at = LeadStage.FUNNEL.stream().filter(s -> s.reached(stage)).toList();
            where.append(" and l.stage in (").append(String.join(", ", java.util.Collections.nCopies(at.size(), "?"))).append(")");
            at.forEach(s -> args.add(s.name()));
        } else if (stage != null) {
            where.append(" and l.stage = ?");
            args.add(stage.name());
        }
        if (region != null && !region.isBlank()) {
            regions.require(region.strip());
            where.append(" and l.region_code like ?");
            args.add(org.chainatlas.region.RegionView.prefixOf(region.strip()) + "%");
        }
        if (mine) {
            where.append(" and l.owner_id = ?");
            args.add(a.userId());
        }
        long total = jdbc.queryForObject("select count(*) from investment_lead l where " + where, Long.class, args.toArray());
        List<Long> ids = jdbc.queryForList("select l.id from investment_lead l where " + where
                + " order by case when l.stage in ('SIGNED','DROPPED') then 1 else 0 end, l.next_step_on nulls last, l.id desc"
                + " offset " + PageView.offset(page, size) + " rows fetch next " + size + " rows only", Long.class, args.toArray());
        Map<Long, Lead> byId = new HashMap<>();
        leads.findAllById(ids).forEach(l -> byId.put(l.id(), l));
        List<LeadView> content = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(l -> view(l, false)).toList();
        return new PageView<>(content, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * The funnel of the leads an actor sees (optionally under a place): how many reached each stage (a signed
     * lead counts at every stage before it), and how many were dropped.
     */
    @Transactional(readOnly = true)
    public Map<LeadStage, Long> funnel(Actor a, String region) {
        List<Object> args = new ArrayList<>();
        String where = scope(a, args);
        if (region != null && !region.isBlank()) {
            where += " and l.region_code like ?";
            args.add(org.chainatlas.region.RegionView.prefixOf(region.strip()) + "%");
        }
        Map<LeadStage, Long> current = new EnumMap<>(LeadStage.class);
        jdbc.query("select l.stage, count(*) from investment_lead l where " + where + " group by l.stage",
                rs -> {
                    current.put(LeadStage.valueOf(rs.getString(1)), rs.getLong(2));
                }, args.toArray());
        Map<LeadStage, Long> funnel = new LinkedHashMap<>();
        for (LeadStage step : LeadStage.FUNNEL) {
            funnel.put(step, current.entrySet().stream().filter(e -> e.getKey().reached(step)).mapToLong(Map.Entry::getValue).sum());
        }
        funnel.put(LeadStage.DROPPED, current.getOrDefault(LeadStage.DROPPED, 0L));
        return funnel;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LeadStage, Long> funnel(String region) {
        return funnel(currentActor.require("see", "leads"), region);
    }

    /** Service officers who may take a lead of this place. */
    public List<UserView> officersFor(String regionCode) {
        return accounts.serviceOfficersFor(regionCode);
    }

    LeadView view(Lead l, boolean full) {
        String enterprise = enterprises.find(l.enterpriseId()).map(EnterpriseView::nameZh).orElse("?");
        String park = l.parkId() == null ? null : parks.find(l.parkId()).map(ParkView::nameZh).orElse(null);
        String owner = accounts.find(l.ownerId()).map(UserView::displayName).orElse("?");
        String officer = l.officerId() == null ? null : accounts.find(l.officerId()).map(UserView::displayName).orElse(null);
        String event = l.eventId() == null ? null : events.nameZh(l.eventId()).orElse(null);
        List<LeadView.Visit> log = full ? visits.findByLeadIdOrderByVisitedOnDescIdDesc(l.id()).stream()
                .map(x -> new LeadView.Visit(x.visitedOn(), x.kind(), x.noteZh(), x.byUser())).toList() : List.of();
        boolean late = l.nextStepOn() != null && l.nextStepOn().isBefore(today());
        return new LeadView(l.id(), l.regionCode(), l.enterpriseId(), enterprise, l.chainCode(), l.nodeId(), l.parkId(), park,
                l.origin(), l.reasonZh(), l.stage(), l.ownerId(), owner, l.officerId(), officer, l.nextStepZh(), l.nextStepOn(),
                late, l.eventId(), event, l.projectId(), l.dropReason(), l.createdBy(), l.createdAt(), l.version(), log);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Instant now() {
        return clock.instant();
    }
}
