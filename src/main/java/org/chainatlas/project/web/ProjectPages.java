package org.chainatlas.project.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.Accounts;
import org.chainatlas.chain.Chains;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.platform.web.PageLinks;
import org.chainatlas.project.EvidenceKind;
import org.chainatlas.project.EvidenceUpload;
import org.chainatlas.project.PipelineFigures;
import org.chainatlas.project.ProjectFilter;
import org.chainatlas.project.ProjectForm;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectView;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketView;
import org.chainatlas.project.internal.ProjectDashboards;
import org.chainatlas.project.internal.ProjectPipeline;
import org.chainatlas.project.internal.ServiceDesk;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the project pipeline, service tickets and the pipeline dashboard. */
@Controller
class ProjectPages {

    private final ProjectPipeline pipeline;
    private final ServiceDesk desk;
    private final ProjectDashboards dashboards;
    private final Regions regions;
    private final Chains chains;
    private final EventCatalog events;
    private final Accounts accounts;
    private final org.chainatlas.project.internal.Coordination coordinationDesk;

    ProjectPages(ProjectPipeline pipeline, ServiceDesk desk, ProjectDashboards dashboards, Regions regions, Chains chains,
            EventCatalog events, Accounts accounts, org.chainatlas.project.internal.Coordination coordinationDesk) {
        this.coordinationDesk = coordinationDesk;
        this.pipeline = pipeline;
        this.desk = desk;
        this.dashboards = dashboards;
        this.regions = regions;
        this.chains = chains;
        this.events = events;
        this.accounts = accounts;
    }

    private void common(Model model) {
        model.addAttribute("regions", regions);
        model.addAttribute("chains", chains.all());
        model.addAttribute("chainNames", chains.names());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("provinces", regions.provinces());
    }

    static ProjectFilter filter(ProjectStage stage, String step, String region, String chain, Long event, String from, String to,
            Boolean overdue, Boolean flagged, String q) {
        return new ProjectFilter(stage, blank(step), blank(region), blank(chain), event, date("from", from), date("to", to), overdue,
                flagged, blank(q));
    }

    static LocalDate date(String field, String value) {
        return org.chainatlas.platform.web.FormValues.date(field, value);
    }

    static String blank(String s) {
        return org.chainatlas.platform.web.FormValues.blank(s);
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) ProjectStage stage, @RequestParam(required = false) String step,
            @RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long event, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ProjectFilter filter = filter(stage, step, region, chain, event, from, to, overdue, flagged, q);
        if (filter.region() != null) {
            regions.require(filter.region());
        }
        PageView<ProjectView> projects = pipeline.list(filter, Math.max(0, page), 30);
        model.addAttribute("projects", projects);
        model.addAttribute("filter", filter);
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        model.addAttribute("exportQuery", PageLinks.pagerBase().replaceFirst("^[^?]*\\?", ""));
        model.addAttribute("mayCreate", pipeline.mayCreate());
        model.addAttribute("eventName", event == null ? null : events.name(event).orElse(null));
        common(model);
        return "project/list";
    }

    @GetMapping("/projects/new")
    String newProject(@RequestParam(required = false) Long enterprise, Model model) {
        return form(model, Map.of("enterpriseId", enterprise == null ? "" : String.valueOf(enterprise), "stage", "SIGNED",
                "signedOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()), Map.of());
    }

    @PostMapping("/projects/new")
    String create(@RequestParam Map<String, String> p, Model model) {
        Map<String, String> wanFields = Map.of("contractedAmountCny", "contractedAmountWan");
        try {
            // every field read, what cannot be kept aside: then said together with the rules' refusals of the others
            List<InvalidInput.FieldError> unread = new java.util.ArrayList<>();
            ProjectForm form = new ProjectForm(p.get("nameZh"), read(unread, () -> number("enterpriseId", p.get("enterpriseId"))),
                    p.get("hostRegionCode"), read(unread, () -> number("parkId", p.get("parkId"))), blank(p.get("chainCode")),
                    read(unread, () -> number("nodeId", p.get("nodeId"))), p.get("productZh"),
                    read(unread, () -> wan("contractedAmountWan", p.get("contractedAmountWan"))),
                    read(unread, () -> stage("stage", p.get("stage"))), read(unread, () -> date("signedOn", p.get("signedOn"))), null);
            if (!unread.isEmpty()) {
                throw new InvalidInput(FormErrors.unreadThenRules(unread, pipeline.problems(form).stream()
                        .map(e -> FormErrors.inWan(e, wanFields.get(e.field()))).toList()));
            }
            return "redirect:/projects/" + pipeline.create(form).id();
        } catch (org.chainatlas.platform.Forbidden e) {
            // a region outside the user's scope (typed into the request): said at the field, the form kept
            return form(model, p, Map.of("hostRegionCode", org.chainatlas.platform.ErrorTexts.of("error.regionNotGoverned",
                    "you may not enter projects in region " + p.get("hostRegionCode"), p.get("hostRegionCode"))));
        } catch (InvalidInput e) {
            return form(model, p, FormErrors.of(e, wanFields));
        }
    }

    /** A value parsed, or null with its refusal added to {@code unread}. */
    private static <T> T read(List<InvalidInput.FieldError> unread, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            unread.addAll(e.errors());
            return null;
        }
    }

    /** A stage as sent by the form's select, or a refusal at the field (a tampered value was a 500 page). */
    static ProjectStage stage(String field, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return ProjectStage.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.coded(field, "error.notAValue", "'" + value + "' is not a project stage", value.strip());
        }
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        // only the places this user may enter projects in: a region outside the scope is not offered to be refused
        java.util.function.Predicate<String> mayCreateIn = pipeline.mayCreateIn();
        model.addAttribute("places", regions.all().stream().filter(r -> r.level() != RegionLevel.PROVINCE || r.municipality())
                .filter(r -> mayCreateIn.test(r.code()))
                .sorted(java.util.Comparator.comparing(RegionView::code)).toList());
        common(model);
        return "project/form";
    }

    static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.coded(field, "import.notWhole", "'" + value + "' is not a number", value);
        }
    }

    /** An amount in 万元 (10,000 CNY) as typed, in CNY. */
    static Long wan(String field, String value) {
        return org.chainatlas.platform.web.FormValues.wan(field, value);
    }

    @GetMapping("/projects/{id}")
    String detail(@PathVariable long id, Model model) {
        ProjectView project = pipeline.require(id);
        model.addAttribute("project", project);
        model.addAttribute("earlier", project.duplicateOf() == null ? null : safe(project.duplicateOf()));
        model.addAttribute("mayManage", pipeline.mayManage(id));
        model.addAttribute("mayDecide", pipeline.mayDecideDuplicates(project.hostRegionCode()));
        model.addAttribute("mayAssign", pipeline.mayAssignOfficer(project.hostRegionCode()));
        model.addAttribute("tickets", desk.ofProject(id));
        model.addAttribute("officers", accounts.serviceOfficersFor(project.hostRegionCode()));
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        model.addAttribute("eventName", project.eventId() == null ? null
                : events.name(project.eventId()).orElse(null));
        common(model);
        return "project/detail";
    }

    private ProjectView safe(long id) {
        try {
            return pipeline.require(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
        return org.chainatlas.platform.web.FormValues.act(redirect, "/projects/" + id, message, action);
    }

    static EvidenceUpload upload(EvidenceKind kind, MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return null;
        }
        try {
            return new EvidenceUpload(kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/projects/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) ProjectStage to, @RequestParam(required = false) String onDate,
            @RequestParam(required = false) String note, @RequestParam(required = false) EvidenceKind kind,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        String target = act(id, redirect, "project.moved", () -> pipeline.move(id, to, date("onDate", onDate), note,
                upload(kind, file), null));
        // refused: the form comes back as it was sent (the file has to be chosen again: browsers never refill one)
        return org.chainatlas.platform.web.FormValues.kept(redirect, "moveForm", target, "to", to == null ? null : to.name(),
                "onDate", onDate, "note", note, "kind", kind == null ? null : kind.name());
    }

    @PostMapping("/projects/{id}/funds")
    String funds(@PathVariable long id, @RequestParam(required = false) String onDate,
            @RequestParam(required = false) String amountWan, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return act(id, redirect, "project.fundsRecorded", () -> pipeline.addFunds(id, date("onDate", onDate),
                wan("amountWan", amountWan), note, upload(EvidenceKind.PAYMENT_PROOF, file)));
    }

    @PostMapping("/projects/{id}/production")
    String production(@PathVariable long id, @RequestParam(required = false) String outputWan,
            @RequestParam(required = false) String taxWan, @RequestParam(required = false) String jobs, RedirectAttributes redirect) {
        return act(id, redirect, "project.productionRecorded", () -> pipeline.production(id, wan("outputWan", outputWan),
                wan("taxWan", taxWan), jobs == null || jobs.isBlank() ? null : number("jobs", jobs).intValue()));
    }

    @PostMapping("/projects/{id}/officer")
    String officer(@PathVariable long id, @RequestParam(required = false) Long serviceOfficerId, RedirectAttributes redirect) {
        return act(id, redirect, "project.officerAssigned", () -> pipeline.assignOfficer(id, serviceOfficerId));
    }

    @PostMapping("/projects/{id}/duplicate")
    String duplicate(@PathVariable long id, @RequestParam boolean duplicate, RedirectAttributes redirect) {
        return act(id, redirect, "project.duplicateDecided", () -> pipeline.decideDuplicate(id, duplicate));
    }

    @GetMapping("/projects/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        var content = pipeline.evidence(id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content.content());
    }

    // ---------------------------------------------------------------- tickets

    @PostMapping("/projects/{id}/tickets")
    String raise(@PathVariable long id, @RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) String titleZh, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        return act(id, redirect, "ticket.raised", () -> desk.raise(id, category, titleZh, description));
    }

    @GetMapping("/tickets")
    String tickets(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            Model model) {
        List<Long> ids = pipeline.all(ProjectFilter.all(), 5000).stream().map(ProjectView::id).toList();
        model.addAttribute("tickets", desk.ofProjects(ids, overdue, open));
        model.addAttribute("overdue", overdue);
        model.addAttribute("open", open);
        return "project/tickets";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable long id, Model model) {
        TicketView ticket = desk.require(id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("mayHandle", desk.mayHandle(id));
        model.addAttribute("mayConfirm", desk.mayConfirm(id));
        return "project/ticket";
    }

    private String ticketAct(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", "ticket.updated");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", Map.of(e.field(), e.getMessage()));
        }
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/comment")
    String comment(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.comment(id, note));
    }

    @PostMapping("/tickets/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.resolve(id, note));
    }

    @PostMapping("/tickets/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam boolean solved, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer satisfaction, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.confirm(id, solved, note, satisfaction));
    }

    @PostMapping("/tickets/{id}/hand-off")
    String handOff(@PathVariable long id, @RequestParam(required = false) String department,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.handOff(id, department, note));
    }

    @PostMapping("/tickets/{id}/escalate")
    String escalate(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.escalate(id, reason));
    }

    @PostMapping("/tickets/{id}/attach")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return ticketAct(id, redirect, () -> desk.attach(id, upload(EvidenceKind.OTHER, file)));
    }

    // ---------------------------------------------------------------- 三级协调

    @GetMapping("/coordination")
    String coordination(@RequestParam(required = false) String region, Model model) {
        String chosen = blank(region) != null ? blank(region) : coordinationDesk.home();
        regions.require(chosen);
        model.addAttribute("region", regions.require(chosen));
        model.addAttribute("assignees", coordinationDesk.under(chosen));
        model.addAttribute("candidates", coordinationDesk.candidates(chosen));
        model.addAttribute("places", java.util.stream.Stream.concat(java.util.stream.Stream.of(regions.require(chosen)),
                regions.children(regions.require(chosen).provinceCode()).stream().filter(c -> c.code().startsWith(
                        org.chainatlas.region.RegionView.prefixOf(chosen)) && !c.code().equals(chosen))).toList());
        model.addAttribute("regions", regions);
        return "project/coordination";
    }

    @PostMapping("/coordination")
    String name(@RequestParam(required = false) String region, @RequestParam(required = false) String place,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) String titleZh, RedirectAttributes redirect) {
        return org.chainatlas.platform.web.FormValues.act(redirect, "/coordination?region=" + (blank(region) == null ? "" : region.strip()),
                "coordination.named", () -> coordinationDesk.name(blank(place), level, userId, titleZh));
    }

    @PostMapping("/coordination/{id}/delete")
    String unname(@PathVariable long id, @RequestParam(required = false) String region, RedirectAttributes redirect) {
        return org.chainatlas.platform.web.FormValues.act(redirect, "/coordination?region=" + (blank(region) == null ? "" : region.strip()),
                "coordination.removed", () -> coordinationDesk.remove(id));
    }

    // ---------------------------------------------------------------- dashboard

    @GetMapping("/dashboard/projects")
    String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long event, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        ProjectFilter filter = filter(null, null, region, chain, event, from, to, null, null, null);
        if (filter.region() != null) {
            regions.require(filter.region());
        }
        PipelineFigures figures = dashboards.figures(filter);
        model.addAttribute("f", figures);
        model.addAttribute("asOf", java.time.Instant.now());
        model.addAttribute("filter", filter);
        model.addAttribute("events", events.all());
        StringBuilder query = new StringBuilder();
        if (filter.region() != null) {
            query.append("&region=").append(filter.region());
        }
        if (filter.chainCode() != null) {
            query.append("&chain=").append(filter.chainCode());
        }
        if (filter.eventId() != null) {
            query.append("&event=").append(filter.eventId());
        }
        if (filter.from() != null) {
            query.append("&from=").append(filter.from());
        }
        if (filter.to() != null) {
            query.append("&to=").append(filter.to());
        }
        model.addAttribute("query", query.toString());
        common(model);
        return "project/dashboard";
    }
}
