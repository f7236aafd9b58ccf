package org.chainatlas.project.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.chainatlas.platform.PageView;
import org.chainatlas.project.EvidenceKind;
import org.chainatlas.project.EvidenceUpload;
import org.chainatlas.project.PipelineFigures;
import org.chainatlas.project.ProjectForm;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.ProjectView;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketView;
import org.chainatlas.project.internal.ProjectDashboards;
import org.chainatlas.project.internal.ProjectPipeline;
import org.chainatlas.project.internal.ServiceDesk;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Projects", description = "Project pipeline (签约 → 开工 → 投产), evidence, funds, duplicates, service tickets, dashboard")
class ProjectApi {

    private final ProjectPipeline pipeline;
    private final ServiceDesk desk;
    private final ProjectDashboards dashboards;
    private final org.chainatlas.project.internal.Coordination coordination;

    ProjectApi(ProjectPipeline pipeline, ServiceDesk desk, ProjectDashboards dashboards,
            org.chainatlas.project.internal.Coordination coordination) {
        this.coordination = coordination;
        this.pipeline = pipeline;
        this.desk = desk;
        this.dashboards = dashboards;
    }

    record MoveForm(ProjectStage to, LocalDate onDate, String note, Long evidenceId) {
    }

    record FundsForm(LocalDate onDate, Long amountCny, String note) {
    }

    record ProductionForm(Long annualOutputCny, Long annualTaxCny, Integer jobs) {
    }

    record OfficerForm(Long serviceOfficerId) {
    }

    record DuplicateForm(Boolean duplicate) {
    }

    record TicketForm(TicketCategory category, String titleZh, String description) {
    }

    record NoteForm(String note) {
    }

    record ConfirmForm(Boolean solved, String note, Integer satisfaction) {
    }

    record HandOffForm(String department, String note) {
    }

    record EscalateForm(String reason) {
    }

    record AssigneeForm(String regionCode, Integer level, Long userId, String titleZh) {
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects the caller may see; step = signed | started | producing | cancelled")
    PageView<ProjectView> list(@RequestParam(required = false) ProjectStage stage, @RequestParam(required = false) String step,
            @RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long event, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return pipeline.list(ProjectPages.filter(stage, step, region, chain, event, from, to, overdue, flagged, q), page, size);
    }

    @PostMapping("/projects")
    @Operation(summary = "Enter a project (organisers and localities of its region); a similar earlier signing flags it")
    ResponseEntity<ProjectView> create(@RequestBody ProjectForm form) {
        ProjectView created = pipeline.create(form);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }

    @GetMapping("/projects/{id}")
    ProjectView project(@PathVariable long id) {
        return pipeline.require(id);
    }

    @PostMapping(value = "/projects/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (PDF, JPEG or PNG, checked by content)")
    ProjectView.Evidence evidence(@PathVariable long id, @RequestParam(required = false) EvidenceKind kind,
            @RequestPart("file") MultipartFile file) throws IOException {
        return pipeline.addEvidence(id, new EvidenceUpload(kind, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @PostMapping(value = "/projects/{id}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move to a later stage, citing an uploaded evidence file when the stage needs one")
    ProjectView move(@PathVariable long id, @RequestBody MoveForm form) {
        return pipeline.move(id, form.to(), form.onDate(), form.note(), null, form.evidenceId());
    }

    @PostMapping(value = "/projects/{id}/stage", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Move to a later stage with its evidence file in the same request")
    ProjectView moveWithFile(@PathVariable long id, @RequestParam(required = false) ProjectStage to,
            @RequestParam(required = false) LocalDate onDate, @RequestParam(required = false) String note,
            @RequestParam(required = false) EvidenceKind kind, @RequestPart(name = "file", required = false) MultipartFile file) {
        return pipeline.move(id, to, onDate, note, ProjectPages.upload(kind, file), null);
    }

    @PostMapping("/projects/{id}/funds")
    ProjectView funds(@PathVariable long id, @RequestBody FundsForm form) {
        return pipeline.addFunds(id, form.onDate(), form.amountCny(), form.note(), null);
    }

    @PostMapping("/projects/{id}/production")
    ProjectView production(@PathVariable long id, @RequestBody ProductionForm form) {
        return pipeline.production(id, form.annualOutputCny(), form.annualTaxCny(), form.jobs());
    }

    @PostMapping("/projects/{id}/officer")
    ProjectView officer(@PathVariable long id, @RequestBody OfficerForm form) {
        return pipeline.assignOfficer(id, form.serviceOfficerId());
    }

    @PostMapping("/projects/{id}/duplicate-decision")
    @Operation(summary = "Organisers: a flagged signing is a duplicate (not counted) or distinct (counted)")
    ProjectView duplicate(@PathVariable long id, @RequestBody DuplicateForm form) {
        return pipeline.decideDuplicate(id, Boolean.TRUE.equals(form.duplicate()));
    }

    @GetMapping("/projects/{id}/tickets")
    List<TicketView> tickets(@PathVariable long id) {
        return desk.ofProject(id);
    }

    @PostMapping("/projects/{id}/tickets")
    @Operation(summary = "Raise a problem on a project (goes to its service officer, escalates when overdue)")
    ResponseEntity<TicketView> raise(@PathVariable long id, @RequestBody TicketForm form) {
        TicketView created = desk.raise(id, form.category(), form.titleZh(), form.description());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.id())).body(created);
    }

    @GetMapping("/tickets/{id}")
    TicketView ticket(@PathVariable long id) {
        return desk.require(id);
    }

    @PostMapping("/tickets/{id}/comment")
    TicketView comment(@PathVariable long id, @RequestBody NoteForm form) {
        return desk.comment(id, form.note());
    }

    @PostMapping("/tickets/{id}/resolve")
    TicketView resolve(@PathVariable long id, @RequestBody NoteForm form) {
        return desk.resolve(id, form.note());
    }

    @PostMapping("/tickets/{id}/confirm")
    @Operation(summary = "The enterprise confirms the closure (solved=true, with its satisfaction 1–5) or reopens the ticket")
    TicketView confirm(@PathVariable long id, @RequestBody ConfirmForm form) {
        return desk.confirm(id, Boolean.TRUE.equals(form.solved()), form.note(), form.satisfaction());
    }

    @PostMapping("/tickets/{id}/hand-off")
    @Operation(summary = "Hand the ticket off to a department (转办)")
    TicketView handOff(@PathVariable long id, @RequestBody HandOffForm form) {
        return desk.handOff(id, form.department(), form.note());
    }

    @PostMapping("/tickets/{id}/escalate")
    @Operation(summary = "Escalate by hand one level (handler, or the enterprise pressing for it), with a reason")
    TicketView escalate(@PathVariable long id, @RequestBody EscalateForm form) {
        return desk.escalate(id, form.reason());
    }

    @GetMapping("/coordination")
    @Operation(summary = "三级协调: the named 部门负责人 (level 2) and 区/市领导 (level 3) under a region")
    List<org.chainatlas.project.internal.Coordination.Assignee> coordination(@RequestParam String region) {
        return coordination.under(region);
    }

    @PostMapping("/coordination")
    @Operation(summary = "Name an assignee for a place and level (organisers of the province)")
    ResponseEntity<org.chainatlas.project.internal.Coordination.Assignee> name(@RequestBody AssigneeForm form) {
        var named = coordination.name(form.regionCode(), form.level(), form.userId(), form.titleZh());
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(named);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/coordination/{id}")
    @Operation(summary = "Remove a named assignee")
    ResponseEntity<Void> unname(@PathVariable long id) {
        coordination.remove(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/dashboard/projects")
    @Operation(summary = "Funnel, rates, amounts, by city, chain and event, overdue projects and tickets")
    PipelineFigures dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long event, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return dashboards.figures(ProjectPages.filter(null, null, region, chain, event, from, to, null, null, null));
    }
}
