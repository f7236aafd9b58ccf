package org.chainatlas.lead.web;

import java.time.LocalDate;
import java.util.Map;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.lead.LeadForm;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.lead.LeadView;
import org.chainatlas.lead.VisitKind;
import org.chainatlas.lead.internal.LeadBook;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "招商线索: target enterprises of a locality, 目标企业 → 已接触 → 在谈 → 签约, visit log, next steps")
class LeadApi {

    private final LeadBook book;
    private final CurrentActor currentActor;

    LeadApi(LeadBook book, CurrentActor currentActor) {
        this.book = book;
        this.currentActor = currentActor;
    }

    record VisitForm(LocalDate visitedOn, VisitKind kind, String noteZh) {
    }

    record StageForm(LeadStage to, String reason, Long version) {
    }

    record NextStepForm(String nextStepZh, LocalDate nextStepOn) {
    }

    record SignForm(Long contractedAmountCny, LocalDate signedOn, String projectName, Long version) {
    }

    record InviteForm(Long eventId) {
    }

    record OfficerForm(Long officerId) {
    }

    @GetMapping
    @Operation(summary = "Leads the caller may see, open ones with the soonest next step first; open=true keeps those still worked")
    PageView<LeadView> list(@RequestParam(required = false) LeadStage stage, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size) {
        return book.list(stage, false, open, LeadPages.blank(region), mine, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @GetMapping("/funnel")
    @Operation(summary = "How many leads reached each stage (and how many were dropped), optionally under a region")
    Map<LeadStage, Long> funnel(@RequestParam(required = false) String region) {
        return book.funnel(currentActor.require("see", "leads"), LeadPages.blank(region));
    }

    @PostMapping
    @Operation(summary = "Make a lead (201), or answer the existing one for the same place, enterprise and chain (200)")
    ResponseEntity<LeadView> create(@RequestBody LeadForm form) {
        LeadBook.Made made = book.create(form);
        return ResponseEntity.status(made.created() ? HttpStatus.CREATED : HttpStatus.OK).body(made.lead());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A lead with its visit log")
    LeadView get(@PathVariable long id) {
        return book.require(id);
    }

    @PostMapping("/{id}/visits")
    @Operation(summary = "Log a visit or call (a target becomes contacted)")
    LeadView visit(@PathVariable long id, @RequestBody VisitForm form) {
        return book.logVisit(id, form.visitedOn(), form.kind(), form.noteZh());
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move to CONTACTED or NEGOTIATING, drop (DROPPED with a reason) or take up again (TARGET)")
    LeadView stage(@PathVariable long id, @RequestBody StageForm form) {
        if (form.to() == null) {
            throw InvalidInput.of("to", "choose the stage");
        }
        return switch (form.to()) {
            case DROPPED -> book.drop(id, form.reason(), form.version());
            case TARGET -> book.reopen(id, form.version());
            case SIGNED -> throw InvalidInput.of("to", "a lead is signed with its amount and date: POST /api/v1/leads/{id}/sign");
            default -> book.advance(id, form.to(), form.version());
        };
    }

    @PostMapping("/{id}/next-step")
    @Operation(summary = "Plan the next step and its date")
    LeadView nextStep(@PathVariable long id, @RequestBody NextStepForm form) {
        return book.planNextStep(id, form.nextStepZh(), form.nextStepOn());
    }

    @PostMapping("/{id}/officer")
    @Operation(summary = "Assign a chief service officer of the place (or none)")
    LeadView officer(@PathVariable long id, @RequestBody OfficerForm form) {
        return book.assignOfficer(id, form.officerId());
    }

    @PostMapping("/{id}/invite")
    @Operation(summary = "Invite the lead's enterprise to a matchmaking event")
    LeadView invite(@PathVariable long id, @RequestBody InviteForm form) {
        if (form.eventId() == null) {
            throw InvalidInput.of("eventId", "choose the event");
        }
        return book.invite(id, form.eventId());
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Sign: creates the project (stage SIGNED) in the pipeline")
    LeadView sign(@PathVariable long id, @RequestBody SignForm form) {
        return book.sign(id, form.contractedAmountCny(), form.signedOn(), form.projectName(), form.version());
    }
}
