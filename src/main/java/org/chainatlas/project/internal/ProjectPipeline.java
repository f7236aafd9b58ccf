package org.chainatlas.project.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkView;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.mail.Mailer;
import org.chainatlas.project.DuplicateStatus;
import org.chainatlas.project.EvidenceKind;
import org.chainatlas.project.EvidenceUpload;
import org.chainatlas.project.ProjectFilter;
import org.chainatlas.project.ProjectForm;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectView;
import org.chainatlas.region.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project pipeline: projects entered by localities and organisers or created from signings at events;
 * guarded, dated stage changes with evidence; funds in place; production figures; the chief service officer;
 * duplicate signings flagged for the organiser before they are counted.
 */
@Service
public class ProjectPipeline implements org.chainatlas.project.ProjectIntake {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Projects projects;
    private final StageChanges changes;
    private final Fundings fundings;
    private final EvidenceFiles files;
    private final ProjectRights rights;
    private final EnterpriseCatalog enterprises;
    private final ParkCatalog parks;
    private final Chains chains;
    private final Regions regions;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final String baseUrl;
    private final int startOverdueDays;
    private final int productionOverdueDays;

    ProjectPipeline(Projects projects, StageChanges changes, Fundings fundings, EvidenceFiles files, ProjectRights rights,
            EnterpriseCatalog enterprises, ParkCatalog parks, Chains chains, Regions regions, Accounts accounts,
            AuditTrail audit, Mailer mailer, JdbcTemplate jdbc,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl,
            @Value("${chainatlas.projects.start-overdue-days:180}") int startOverdueDays,
            @Value("${chainatlas.projects.production-overdue-days:540}") int productionOverdueDays) {
        this.projects = projects;
        this.changes = changes;
        this.fundings = fundings;
        this.files = files;
        this.rights = rights;
        this.enterprises = enterprises;
        this.parks = parks;
        this.chains = chains;
        this.regions = regions;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.startOverdueDays = startOverdueDays;
        this.productionOverdueDays = productionOverdueDays;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    Project load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFound("project", id));
    }

    // ---------------------------------------------------------------- creating

    /** Checks a form whole; answers the enterprise it names (null when unknown, with the error recorded). */
    EnterpriseView check(ProjectForm form, Validation v) {
        v.line("nameZh", form.nameZh(), 200, true);
        v.text("productZh", form.productZh(), 500, false);
        EnterpriseView enterprise = null;
        if (form.enterpriseId() == null) {
            v.reject("enterpriseId", "error.required", "required");
        } else {
            enterprise = enterprises.find(form.enterpriseId()).orElse(null);
            if (enterprise == null) {
                v.reject("enterpriseId", "error.unknownEnterprise", "unknown enterprise " + form.enterpriseId(), form.enterpriseId());
            }
        }
        if (form.hostRegionCode() == null || form.hostRegionCode().isBlank()) {
            v.reject("hostRegionCode", "error.required", "is required");
        } else if (regions.find(form.hostRegionCode()).isEmpty()) {
            v.reject("hostRegionCode", "error.unknownRegion", "unknown region code '" + form.hostRegionCode() + "'", form.hostRegionCode());
        }
        if (form.parkId() != null) {
            Optional<ParkView> park = parks.find(form.parkId());
            if (park.isEmpty()) {
                v.reject("parkId", "error.unknownPark", "unknown park " + form.parkId(), form.parkId());
            } else if (form.hostRegionCode() != null && !park.get().regionCode().startsWith(
                    org.chainatlas.region.RegionView.prefixOf(form.hostRegionCode()))) {
                v.reject("parkId", "error.parkNotInRegion", park.get().nameZh() + " is not in region " + form.hostRegionCode(),
                        park.get().nameZh(), form.hostRegionCode());
            }
        }
        if (form.chainCode() != null && !form.chainCode().isBlank() && chains.find(form.chainCode()).isEmpty()) {
            v.reject("chainCode", "error.unknownChain", "unknown chain '" + form.chainCode() + "'", form.chainCode());
        }
        if (form.nodeId() != null) {
            Optional<ChainNodeView> node = chains.node(form.nodeId());
            if (node.isEmpty()) {
                v.reject("nodeId", "error.unknownSegment", "unknown segment " + form.nodeId(), form.nodeId());
            } else if (form.chainCode() != null && !form.chainCode().isBlank() && !node.get().chainCode().equals(form.chainCode())) {
                v.reject("nodeId", "error.segmentNotInChain", "segment " + form.nodeId() + " is not in chain " + form.chainCode(),
                        form.nodeId(), form.chainCode());
            }
        }
        if (form.contractedAmountCny() == null) {
            v.reject("contractedAmountCny", "error.amountRequired", "required (CNY; 0 when not yet known)");
        } else if (form.contractedAmountCny() < 0) {
            v.reject("contractedAmountCny", "error.negative", "the contracted amount cannot be negative", form.contractedAmountCny());
        }
        ProjectStage stage = form.stage() == null ? ProjectStage.SIGNED : form.stage();
        if (stage != ProjectStage.LEAD && stage != ProjectStage.NEGOTIATING && stage != ProjectStage.SIGNED) {
            v.reject("stage", "error.entryStage", "a project enters as LEAD, NEGOTIATING or SIGNED; later stages are reached by stage changes "
                    + "with their evidence");
        }
        if (stage != ProjectStage.SIGNED && form.signedOn() != null) {
            // a lead or a project in talks has no signing date: the date was dropped without a word
            v.reject("signedOn", "error.signedOnNotSigned", "only a signed project has a signing date (this one enters as "
                    + stage + "): leave it blank, or enter the project as signed");
        }
        if (stage == ProjectStage.SIGNED) {
            if (form.signedOn() == null) {
                v.reject("signedOn", "error.signedOnRequired", "required for a signed project");
            } else if (form.signedOn().isAfter(today())) {
                v.reject("signedOn", "error.future", form.signedOn() + " is in the future", String.valueOf(form.signedOn()));
            }
        }
        if (form.serviceOfficerId() != null) {
            Optional<UserView> officer = accounts.find(form.serviceOfficerId());
            if (officer.isEmpty() || officer.get().role() != Role.SERVICE_OFFICER) {
                v.reject("serviceOfficerId", "error.notOfficer", "user " + form.serviceOfficerId() + " is not a chief service officer",
                        form.serviceOfficerId());
            } else if (form.hostRegionCode() != null && (officer.get().regionCode() == null
                    || !form.hostRegionCode().startsWith(Actor.prefixOf(officer.get().regionCode())))) {
                v.reject("serviceOfficerId", "error.officerElsewhere", "officer " + form.serviceOfficerId() + " serves region "
                        + officer.get().regionCode() + ", not " + form.hostRegionCode(), form.serviceOfficerId(),
                        String.valueOf(officer.get().regionCode()), form.hostRegionCode());
            }
        }
        if (enterprise != null && form.hostRegionCode() != null && form.nameZh() != null && !form.nameZh().isBlank()
                && form.contractedAmountCny() != null) {
            Project same = repeated(enterprise.id(), form, stage);
            if (same != null) {
                v.reject("nameZh", "error.projectRepeated", "the same as stored project #" + same.id() + " " + same.nameZh()
                        + " (same enterprise, host region, name, amount and signing date): entered twice? A different project "
                        + "needs a name of its own", same.id(), same.nameZh());
            }
        }
        return enterprise;
    }

    /**
     * A stored project this form repeats exactly — the same enterprise, host region, name, amount and signing date (an
     * import file uploaded twice, a form sent twice) — or null. A project cancelled since is not repeated; one that moved
     * on since is. A similar signing at another event is not refused here: it is flagged for the organisers (see
     * {@link DuplicateCheck}).
     */
    private Project repeated(long enterpriseId, ProjectForm form, ProjectStage stage) {
        String name = form.nameZh().strip();
        LocalDate signedOn = stage == ProjectStage.SIGNED ? form.signedOn() : null;
        for (Project p : projects.findByEnterpriseIdAndHostRegionCodeAndNameZh(enterpriseId, form.hostRegionCode(), name)) {
            if (p.stage() != ProjectStage.CANCELLED && p.contractedAmountCny() == form.contractedAmountCny()
                    && java.util.Objects.equals(p.signedOn(), signedOn)) {
                return p;
            }
        }
        return null;
    }

    /** Everything {@link #create} would refuse about a form, without storing anything (for imports). */
    @Override
    @Transactional(readOnly = true)
    public List<InvalidInput.FieldError> problems(ProjectForm form) {
        Actor actor = rights.require("create", "projects");
        Validation v = new Validation();
        check(form, v);
        List<InvalidInput.FieldError> errors = new ArrayList<>(v.errors());
        if (form.hostRegionCode() != null && errors.stream().noneMatch(e -> e.field().equals("hostRegionCode"))
                && !actor.governs(form.hostRegionCode())) {
            errors.add(new InvalidInput.FieldError("hostRegionCode", "you may not enter projects in region " + form.hostRegionCode(),
                    "error.regionNotGoverned", List.of(form.hostRegionCode())));
        }
        return errors;
    }

    @Override
    @Transactional
    public ProjectView create(ProjectForm form) {
        Actor actor = rights.require("create", "a project");
        Validation v = new Validation();
        EnterpriseView enterprise = check(form, v);
        v.throwIfInvalid();
        if (!actor.governs(form.hostRegionCode())) {
            throw new Forbidden("create", "a project in region " + form.hostRegionCode());
        }
        Project p = new Project(form.nameZh().strip(), enterprise.id(), enterprise.uscc(), form.hostRegionCode(), form.parkId(),
                blank(form.chainCode()), form.nodeId(), blank(form.productZh()), form.contractedAmountCny(),
                form.stage() == null ? ProjectStage.SIGNED : form.stage(), form.signedOn(), actor.username(), false);
        p.officer(form.serviceOfficerId());
        p = persist(p, actor.username(), null);
        return view(p, true);
    }

    /** Stores a new project, its first stage and its duplicate check (caller's transaction). */
    Project persist(Project p, String by, String note) {
        if (p.originRegionCode() == null) {
            enterprises.find(p.enterpriseId()).ifPresent(e -> p.origin(e.hqRegionCode()));
        }
        if (p.nodeId() != null && p.chainCode() == null) {
            chains.node(p.nodeId()).ifPresent(n -> p.details(p.nameZh(), p.parkId(), p.nodeId(), n.chainCode(), p.productZh(),
                    p.contractedAmountCny()));
        }
        if (p.serviceOfficerId() == null) {
            accounts.serviceOfficersFor(p.hostRegionCode()).stream().findFirst().ifPresent(o -> p.officer(o.id()));
        }
        Project saved = projects.saveAndFlush(p);
        changes.save(new StageChange(saved.id(), null, saved.stage(),
                saved.lastStageDate() != null ? saved.lastStageDate() : today(), null, note, by));
        if (saved.stage().signed()) {
            DuplicateCheck.Match match = DuplicateCheck.best(saved, projects.findByEnterpriseIdAndIdNot(saved.enterpriseId(),
                    saved.id()).stream().filter(e -> e.stage().signed() || e.stage() == ProjectStage.CANCELLED).toList());
            if (match != null) {
                saved.flagDuplicateOf(match.earlier().id());
                notifyDuplicate(saved, match);
            }
        }
        audit.record("project", saved.id(), AuditAction.CREATE, null, Map.of("name", saved.nameZh(), "stage", saved.stage().name(),
                "amount", saved.contractedAmountCny(), "duplicateOf", String.valueOf(saved.duplicateOf())));
        return saved;
    }

    private void notifyDuplicate(Project p, DuplicateCheck.Match match) {
        for (UserView organiser : accounts.staffFor(Role.ORGANISER, p.hostRegionCode())) {
            mailer.send(organiser.email(), "疑似重复签约：" + p.nameZh() + " / Possible duplicate signing",
                    p.nameZh() + " 与已登记项目 " + match.earlier().nameZh() + "（" + match.earlier().signedOn() + "）疑似重复："
                            + String.join("，", match.reasons()) + "。\n在计入统计前请核实：" + baseUrl + "/projects/" + p.id()
                            + "\n\nPossible duplicate of project " + match.earlier().id() + ": " + String.join(", ", match.reasons()));
        }
    }

    // ---------------------------------------------------------------- moving

    /**
     * Moves a project to a later stage on a date, with the evidence that stage needs (uploaded now or already
     * stored with the project). Refuses a move the pipeline does not allow (e.g. producing before construction),
     * a date in the future or before the last stage, a missing evidence file, or a cancellation without reason.
     */
    @Transactional
    public ProjectView move(long id, ProjectStage to, LocalDate on, String note, EvidenceUpload upload, Long evidenceId) {
        Project p = load(id);
        Actor actor = rights.requireManages(p, "move the stage of");
        Validation v = new Validation();
        if (to == null) {
            v.reject("to", "error.chooseStage", "choose the stage to move to");
            v.throwIfInvalid();
        }
        p.requireCanMoveTo(to); // 409 with the stage it is in, before any file is looked at
        if (on == null) {
            v.reject("onDate", "error.required", "required");
        } else if (on.isAfter(today())) {
            v.reject("onDate", "error.dateInFuture", on + " is in the future", String.valueOf(on));
        } else if (p.lastStageDate() != null && on.isBefore(p.lastStageDate())) {
            v.reject("onDate", "error.beforePreviousStage", on + " is before the previous stage (" + p.lastStageDate() + ")",
                    String.valueOf(on), String.valueOf(p.lastStageDate()));
        }
        v.text("note", note, 500, to == ProjectStage.CANCELLED);
        String contentType = null;
        if (upload != null) {
            try {
                contentType = files.check(upload, "file");
            } catch (InvalidInput e) {
                e.errors().forEach(f -> v.reject(f.field(), f.code(), f.message(), f.args().toArray()));
            }
        }
        var needed = to.evidenceNeeded();
        if (!needed.isEmpty()) {
            EvidenceKind given = upload != null ? upload.kind() : evidenceId != null ? files.kindOf(p.id(), evidenceId) : null;
            if (evidenceId != null && upload == null && given == null) {
                v.reject("evidenceId", "error.notThisProjectsFile", "evidence " + evidenceId + " is not a file of this project", evidenceId);
            } else if (given == null || !needed.contains(given)) {
                v.reject("file", "error.evidenceNeeded", "moving to " + to + " needs evidence: " + needed + (given == null ? "" : " (got " + given + ")"),
                        org.chainatlas.platform.ErrorTexts.of("project.stage." + to, to.name()), String.join("、", needed.stream()
                                .map(k -> org.chainatlas.platform.ErrorTexts.of("project.evidence." + k, k.name())).toList()));
            }
        }
        v.throwIfInvalid();
        Long stored = evidenceId;
        if (upload != null) {
            stored = files.store(p.id(), upload, contentType, actor.username());
        }
        ProjectStage from = p.stage();
        p.move(to, on, today(), blank(note));
        projects.flush();
        changes.save(new StageChange(p.id(), from, to, on, stored, blank(note), actor.username()));
        audit.record("project", p.id(), AuditAction.UPDATE, Map.of("stage", from.name()), Map.of("stage", to.name(),
                "on", on.toString()));
        return view(p, true);
    }

    @Transactional
    public ProjectView.Evidence addEvidence(long id, EvidenceUpload upload) {
        Project p = load(id);
        Actor actor = rights.requireManages(p, "add evidence to");
        String type = files.check(upload, "file");
        long stored = files.store(p.id(), upload, type, actor.username());
        return files.of(p.id()).stream().filter(e -> e.id() == stored).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public EvidenceUpload evidence(long id, long evidenceId) {
        Project p = load(id);
        rights.requireSees(p, "see the evidence of");
        EvidenceUpload content = files.content(p.id(), evidenceId);
        if (content == null) {
            throw new NotFound("evidence", evidenceId);
        }
        return content;
    }

    /** Records funds arrived (资金到位): a positive amount on a date not in the future, after signing. */
    @Transactional
    public ProjectView addFunds(long id, LocalDate on, Long amountCny, String note, EvidenceUpload proof) {
        Project p = load(id);
        Actor actor = rights.requireManages(p, "record funds of");
        Validation v = new Validation();
        if (amountCny == null || amountCny <= 0) {
            v.reject("amountCny", "error.amountPositive", "the amount arrived must be more than 0 CNY");
        }
        if (on == null) {
            v.reject("onDate", "error.required", "required");
        } else if (on.isAfter(today())) {
            v.reject("onDate", "error.dateInFuture", on + " is in the future", String.valueOf(on));
        } else if (p.signedOn() != null && on.isBefore(p.signedOn())) {
            v.reject("onDate", "error.beforeSigning", on + " is before the signing (" + p.signedOn() + ")", String.valueOf(on),
                    String.valueOf(p.signedOn()));
        }
        if (!p.stage().signed()) {
            v.reject("stage", "error.fundsBeforeSigning", "funds are recorded once the project is signed (it is " + p.stage() + ")");
        }
        v.text("note", note, 500, false);
        String type = null;
        if (proof != null) {
            try {
                type = files.check(proof, "file");
            } catch (InvalidInput e) {
                e.errors().forEach(f -> v.reject(f.field(), f.code(), f.message(), f.args().toArray()));
            }
        }
        v.throwIfInvalid();
        Long evidence = proof == null ? null : files.store(p.id(), proof, type, actor.username());
        fundings.save(new Funding(p.id(), on, amountCny, evidence, blank(note), actor.username()));
        long before = p.fundsInPlaceCny();
        p.addFunds(amountCny);
        audit.record("project", p.id(), AuditAction.UPDATE, Map.of("fundsInPlaceCny", before), Map.of("fundsInPlaceCny",
                p.fundsInPlaceCny()));
        return view(p, true);
    }

    /** Annual output, tax and jobs: only once producing, never negative. */
    @Transactional
    public ProjectView production(long id, Long outputCny, Long taxCny, Integer jobs) {
        Project p = load(id);
        rights.requireManages(p, "record production of");
        Validation v = new Validation();
        if (!p.stage().producing()) {
            v.reject("stage", "error.productionBeforeProducing", "output, tax and jobs are recorded once the project is producing (it is "
                    + p.stage() + ")");
        }
        if (outputCny != null && outputCny < 0) {
            v.reject("annualOutputCny", "error.negative", "cannot be negative", String.valueOf(outputCny));
        }
        if (taxCny != null && taxCny < 0) {
            v.reject("annualTaxCny", "error.negative", "cannot be negative", String.valueOf(taxCny));
        }
        if (jobs != null && jobs < 0) {
            v.reject("jobs", "error.negative", "cannot be negative", String.valueOf(jobs));
        }
        v.throwIfInvalid();
        p.production(outputCny, taxCny, jobs);
        audit.record("project", p.id(), AuditAction.UPDATE, null, Map.of("annualOutputCny", String.valueOf(outputCny),
                "annualTaxCny", String.valueOf(taxCny), "jobs", String.valueOf(jobs)));
        return view(p, true);
    }

    @Transactional
    public ProjectView assignOfficer(long id, Long userId) {
        Project p = load(id);
        Actor actor = rights.require("assign the officer of", "project " + id);
        if (!assignsOfficers(actor, p.hostRegionCode())) {
            throw new Forbidden("assign the officer of", "project " + id);
        }
        if (userId != null) {
            UserView officer = accounts.find(userId).orElse(null);
            if (officer == null || officer.role() != Role.SERVICE_OFFICER) {
                throw InvalidInput.coded("serviceOfficerId", "error.notOfficer", "user " + userId + " is not a chief service officer", userId);
            }
            if (officer.regionCode() == null || !p.hostRegionCode().startsWith(Actor.prefixOf(officer.regionCode()))) {
                throw new Forbidden("assign officer " + userId + " (region " + officer.regionCode() + ") to", "project " + id
                        + " hosted in " + p.hostRegionCode());
            }
        }
        Long before = p.serviceOfficerId();
        p.officer(userId);
        audit.record("project", id, AuditAction.UPDATE, Map.of("serviceOfficerId", String.valueOf(before)),
                Map.of("serviceOfficerId", String.valueOf(userId)));
        return view(p, true);
    }

    /** The organiser's decision on a flagged signing: a duplicate (never counted) or a distinct project (counted). */
    @Transactional
    public ProjectView decideDuplicate(long id, boolean duplicate) {
        Project p = load(id);
        Actor actor = rights.require("decide on", "project " + id);
        if (!actor.organises(p.hostRegionCode())) {
            throw new Forbidden("decide on duplicates of", "project " + id);
        }
        if (p.duplicateStatus() != DuplicateStatus.FLAGGED) {
            throw new Conflict("duplicateStatus", "project " + id + " is not flagged as a possible duplicate", "error.notFlagged");
        }
        p.decideDuplicate(duplicate);
        audit.record("project", id, AuditAction.UPDATE, Map.of("duplicateStatus", "FLAGGED"),
                Map.of("duplicateStatus", p.duplicateStatus().name()));
        return view(p, true);
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public ProjectView require(long id) {
        Project p = load(id);
        rights.requireSees(p, "see");
        return view(p, true);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long id) {
        return projects.findById(id).map(rights::manages).orElse(false);
    }

    /** Whether the current user may assign a project's chief service officer: administrators and the host's governors. */
    public boolean mayAssignOfficer(String hostRegionCode) {
        return rights.actor().map(a -> assignsOfficers(a, hostRegionCode)).orElse(false);
    }

    private static boolean assignsOfficers(Actor actor, String hostRegionCode) {
        return actor.isAdmin() || actor.governs(hostRegionCode);
    }

    public boolean mayCreate() {
        return rights.actor().map(a -> a.isAdmin() || a.is(Role.ORGANISER) || a.is(Role.LOCALITY)).orElse(false);
    }

    /** The regions the current user may enter projects in, as a test on a region code (the create form offers only those). */
    public java.util.function.Predicate<String> mayCreateIn() {
        Actor actor = mayCreate() ? rights.actor().orElse(null) : null;
        return code -> actor != null && actor.governs(code);
    }

    public boolean mayDecideDuplicates(String regionCode) {
        return rights.actor().map(a -> a.organises(regionCode)).orElse(false);
    }

    /** The projects the signed-in user may see, filtered, newest signing first. */
    @Transactional(readOnly = true)
    public PageView<ProjectView> list(ProjectFilter filter, int page, int size) {
        Actor actor = rights.require("see", "projects");
        List<Object> args = new ArrayList<>();
        String where = where(actor, filter, args);
        long total = jdbc.queryForObject("select count(*) from project p where " + where, Long.class, args.toArray());
        List<Long> ids = jdbc.queryForList("select p.id from project p where " + where
                + " order by p.signed_on desc nulls last, p.id desc offset " + org.chainatlas.platform.PageView.offset(page, size) + " rows fetch next " + size
                + " rows only", Long.class, args.toArray());
        List<ProjectView> content = rows(ids);
        return new PageView<>(content, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Every project of the filter (for exports), up to a limit. */
    @Transactional(readOnly = true)
    public List<ProjectView> all(ProjectFilter filter, int limit) {
        Actor actor = rights.require("export", "projects");
        List<Object> args = new ArrayList<>();
        String where = where(actor, filter, args);
        List<Long> ids = jdbc.queryForList("select p.id from project p where " + where
                + " order by p.signed_on desc nulls last, p.id desc fetch first " + limit + " rows only", Long.class, args.toArray());
        return rows(ids);
    }

    /** Projects signed at an event (counted ones and flagged ones), for its signing list. */
    @Transactional(readOnly = true)
    public List<ProjectView> signingsOf(long eventId) {
        return all(new ProjectFilter(null, "signed", null, null, eventId, null, null, null, null, null), 5000);
    }

    private List<ProjectView> rows(List<Long> ids) {
        Map<Long, Project> byId = new HashMap<>();
        projects.findAllById(ids).forEach(p -> byId.put(p.id(), p));
        List<ProjectView> content = new ArrayList<>();
        Map<Long, String> names = enterprises.names(byId.values().stream().map(Project::enterpriseId).distinct().toList());
        // parks and officers named in one read each, not one (with the park's industries) per row
        Map<Long, String> parkNames = parks.namesZh(byId.values().stream().map(Project::parkId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        Map<Long, String> officers = accounts.displayNames(byId.values().stream().map(Project::serviceOfficerId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        for (Long id : ids) {
            Project p = byId.get(id);
            if (p != null) {
                content.add(view(p, false, names.get(p.enterpriseId()), parkNames, officers));
            }
        }
        return content;
    }

    /** The SQL filter of a project list within what the actor may see. */
    String where(Actor actor, ProjectFilter f, List<Object> args) {
        ProjectRights.Scope scope = ProjectRights.scope(actor);
        StringBuilder where = new StringBuilder(scope.sql());
        args.addAll(scope.args());
        if (f.stage() != null) {
            where.append(" and p.stage = ?");
            args.add(f.stage().name());
        }
        if (f.step() != null && !f.step().isBlank()) {
            List<ProjectStage> stages = switch (f.step()) {
                case "signed" -> List.of(ProjectStage.SIGNED, ProjectStage.LAND_SECURED, ProjectStage.CONSTRUCTION_STARTED,
                        ProjectStage.PRODUCING, ProjectStage.FULL_CAPACITY);
                case "started" -> List.of(ProjectStage.CONSTRUCTION_STARTED, ProjectStage.PRODUCING, ProjectStage.FULL_CAPACITY);
                case "producing" -> List.of(ProjectStage.PRODUCING, ProjectStage.FULL_CAPACITY);
                case "cancelled" -> List.of(ProjectStage.CANCELLED);
                // under way: signed and not yet producing (a chief service officer's projects with a deadline ahead)
                case "underway" -> List.of(ProjectStage.SIGNED, ProjectStage.LAND_SECURED, ProjectStage.CONSTRUCTION_STARTED);
                default -> throw InvalidInput.coded("step", "error.pipelineStep", "'" + f.step() + "': use signed, started, producing, underway or cancelled",
                        f.step());
            };
            where.append(" and p.stage in (").append(String.join(",", stages.stream().map(s -> "'" + s.name() + "'").toList()))
                    .append(")");
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.append(" and p.host_region_code like ?");
            args.add(org.chainatlas.region.RegionView.prefixOf(f.region().strip()) + "%");
        }
        if (f.chainCode() != null && !f.chainCode().isBlank()) {
            where.append(" and p.chain_code = ?");
            args.add(f.chainCode());
        }
        if (f.eventId() != null) {
            where.append(" and p.event_id = ?");
            args.add(f.eventId());
        }
        if (f.from() != null) {
            where.append(" and p.signed_on >= ?");
            args.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" and p.signed_on <= ?");
            args.add(java.sql.Date.valueOf(f.to()));
        }
        if (Boolean.TRUE.equals(f.flagged())) {
            where.append(" and p.duplicate_status = 'FLAGGED'");
        } else if (!Boolean.FALSE.equals(f.flagged()) && f.step() != null && !f.step().isBlank()) {
            where.append(" and p.counted = true");
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and ((p.stage in ('SIGNED', 'LAND_SECURED') and p.signed_on < ?)"
                    + " or (p.stage = 'CONSTRUCTION_STARTED' and p.construction_started_on < ?)) and not " + AS_REPORTED);
            args.add(java.sql.Date.valueOf(today().minusDays(startOverdueDays)));
            args.add(java.sql.Date.valueOf(today().minusDays(productionOverdueDays)));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (p.name_zh like ? or p.product_zh like ?)");
            args.add("%" + f.text().strip() + "%");
            args.add("%" + f.text().strip() + "%");
        }
        return where.toString();
    }

    /**
     * SQL (alias p): the project's current stage is as a news report stated it (a seed project nobody has moved since): that
     * it is late is not known — 京东方's 成都 line, signed per a January 2024 report, was under construction that year.
     */
    static final String AS_REPORTED = "exists (select 1 from project_stage_change sc where sc.project_id = p.id"
            + " and sc.changed_by = 'seed' and sc.to_stage = p.stage)";

    boolean overdue(Project p) {
        LocalDate today = today();
        return (p.stage() == ProjectStage.SIGNED || p.stage() == ProjectStage.LAND_SECURED) && p.signedOn() != null
                && p.signedOn().isBefore(today.minusDays(startOverdueDays))
                || p.stage() == ProjectStage.CONSTRUCTION_STARTED && p.constructionStartedOn() != null
                        && p.constructionStartedOn().isBefore(today.minusDays(productionOverdueDays));
    }

    ProjectView view(Project p, boolean full) {
        return view(p, full, enterprises.find(p.enterpriseId()).map(EnterpriseView::nameZh).orElse("?"));
    }

    ProjectView view(Project p, boolean full, String enterpriseName) {
        return view(p, full, enterpriseName, p.parkId() == null ? Map.of() : parks.namesZh(List.of(p.parkId())),
                p.serviceOfficerId() == null ? Map.of() : accounts.displayNames(List.of(p.serviceOfficerId())));
    }

    /** A project as shown, its park and service officer named from names read beforehand (for one row or a page). */
    private ProjectView view(Project p, boolean full, String enterpriseName, Map<Long, String> parkNames,
            Map<Long, String> officerNames) {
        List<ProjectView.StageChange> history = full ? changes.findByProjectIdOrderByChangedAtAsc(p.id()).stream()
                .map(c -> new ProjectView.StageChange(c.fromStage(), c.toStage(), c.onDate(), c.evidenceId(), c.note(),
                        c.changedBy(), c.changedAt())).toList() : List.of();
        List<ProjectView.Funding> funding = full ? fundings.findByProjectIdOrderByOnDateAsc(p.id()).stream()
                .map(f -> new ProjectView.Funding(f.onDate(), f.amountCny(), f.note(), f.recordedBy())).toList() : List.of();
        String park = p.parkId() == null ? null : parkNames.get(p.parkId());
        String officer = p.serviceOfficerId() == null ? null : officerNames.get(p.serviceOfficerId());
        return new ProjectView(p.id(), p.nameZh(), p.enterpriseId(), enterpriseName, p.enterpriseUscc(), p.hostRegionCode(),
                p.parkId(), park, p.chainCode(), p.nodeId(), p.productZh(), p.eventId(), p.meetingId(),
                p.contractedAmountCny(), p.stage(), p.signedOn(), p.landSecuredOn(), p.constructionStartedOn(), p.producingOn(),
                p.fullCapacityOn(), p.cancelledOn(), p.cancelReason(), p.fundsInPlaceCny(), p.annualOutputCny(),
                p.annualTaxCny(), p.jobs(), p.serviceOfficerId(), officer, p.duplicateOf(), p.duplicateStatus(), p.counted(),
                p.demo(), p.createdAt(), history, full ? files.of(p.id()) : List.of(), funding);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
