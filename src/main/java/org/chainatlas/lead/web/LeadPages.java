package org.chainatlas.lead.web;

import java.time.LocalDate;

import org.chainatlas.chain.Chains;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.event.EventStatus;
import org.chainatlas.lead.LeadForm;
import org.chainatlas.lead.LeadOrigin;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.lead.LeadView;
import org.chainatlas.lead.VisitKind;
import org.chainatlas.lead.internal.LeadBook;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.web.FormValues;
import org.chainatlas.platform.web.PageLinks;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the lead pipeline: the list with its funnel, a lead with its log and steps, and making a lead in one click. */
@Controller
class LeadPages {

    private final LeadBook book;
    private final Regions regions;
    private final Chains chains;
    private final EventCatalog events;
    private final CurrentActor currentActor;

    LeadPages(LeadBook book, Regions regions, Chains chains, EventCatalog events, CurrentActor currentActor) {
        this.book = book;
        this.regions = regions;
        this.chains = chains;
        this.events = events;
        this.currentActor = currentActor;
    }

    @GetMapping("/leads")
    String list(@RequestParam(required = false) LeadStage stage, @RequestParam(defaultValue = "false") boolean reached,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page, Model model) {
        boolean orFurther = reached && stage != null && LeadStage.FUNNEL.contains(stage);
        PageView<LeadView> leads = book.list(stage, orFurther, open, blank(region), mine, Math.max(0, page), 30);
        model.addAttribute("reached", orFurther);
        model.addAttribute("open", open);
        var actor = currentActor.require("see", "leads");
        model.addAttribute("leads", leads);
        model.addAttribute("funnel", book.funnel(actor, blank(region)));
        model.addAttribute("stage", stage);
        model.addAttribute("region", blank(region));
        model.addAttribute("mine", mine);
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("regions", regions);
        model.addAttribute("chainNames", chains.names());
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        return "lead/list";
    }

    /** One click from a gap list's target or a site recommendation: makes the lead (or finds it) and opens it. */
    @PostMapping("/leads")
    String create(@RequestParam(required = false) String region, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String chain, @RequestParam(required = false) Long node,
            @RequestParam(required = false) Long park, @RequestParam(required = false) LeadOrigin origin,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        LeadBook.Made made = book.create(new LeadForm(blank(region), enterprise, blank(chain), node, park, origin, blank(reason)));
        redirect.addFlashAttribute("message", made.created() ? "lead.created" : "lead.exists");
        return "redirect:/leads/" + made.lead().id();
    }

    @GetMapping("/leads/{id}")
    String detail(@PathVariable long id, Model model) {
        LeadView lead = book.require(id);
        model.addAttribute("lead", lead);
        boolean mayWork = book.mayWork(lead.regionCode());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("maySign", mayWork && lead.stage().next().contains(LeadStage.SIGNED));
        model.addAttribute("funnelStages", LeadStage.FUNNEL);
        model.addAttribute("regions", regions);
        model.addAttribute("chainNames", chains.names());
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("officers", book.officersFor(lead.regionCode()));
        String hostPrefix = lead.regionCode().substring(0, 2);
        model.addAttribute("events", events.all().stream().filter(e -> e.status() != EventStatus.FINISHED)
                .filter(e -> e.hostRegionCode().startsWith(hostPrefix)).toList());
        // every event the enterprise is invited to or registered for (a second invitation no longer hides the first)
        model.addAttribute("takingPart", events.takingPart(lead.enterpriseId()));
        model.addAttribute("today", book.today().toString());
        return "lead/detail";
    }

    private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
        return FormValues.act(redirect, "/leads/" + id, message, action);
    }

    @PostMapping("/leads/{id}/visits")
    String visit(@PathVariable long id, @RequestParam(required = false) String visitedOn,
            @RequestParam(required = false) VisitKind kind, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return kept(redirect, "visitForm", act(id, redirect, "lead.visitLogged", () -> book.logVisit(id, date("visitedOn", visitedOn),
                kind, note)), "visitedOn", visitedOn, "kind", kind == null ? null : kind.name(), "note", note);
    }

    @PostMapping("/leads/{id}/stage")
    String stage(@PathVariable long id, @RequestParam(required = false) LeadStage to, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "lead.moved", () -> {
            if (to == null) {
                throw InvalidInput.coded("to", "error.chooseStage", "choose the stage");
            }
            switch (to) {
                case DROPPED -> book.drop(id, reason, version);
                case TARGET -> book.reopen(id, version);
                default -> book.advance(id, to, version);
            }
        });
    }

    @PostMapping("/leads/{id}/next")
    String next(@PathVariable long id, @RequestParam(required = false) String nextStep, @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        return kept(redirect, "nextForm", act(id, redirect, "lead.planned", () -> book.planNextStep(id, nextStep, date("nextStepOn", on))),
                "nextStep", nextStep, "on", on);
    }

    @PostMapping("/leads/{id}/officer")
    String officer(@PathVariable long id, @RequestParam(required = false) Long officerId, RedirectAttributes redirect) {
        return act(id, redirect, "lead.officerAssigned", () -> book.assignOfficer(id, officerId));
    }

    @PostMapping("/leads/{id}/invite")
    String invite(@PathVariable long id, @RequestParam(required = false) Long eventId, RedirectAttributes redirect) {
        // an enterprise already taking part is told so, not "invitation sent" (inviting it again changes nothing)
        boolean already = eventId != null && events.takingPart(book.require(id).enterpriseId()).stream()
                .anyMatch(t -> t.eventId() == eventId);
        return act(id, redirect, already ? "lead.alreadyTakingPart" : "lead.invited", () -> {
            if (eventId == null) {
                throw InvalidInput.coded("eventId", "error.chooseEvent", "choose the event");
            }
            book.invite(id, eventId);
        });
    }

    @PostMapping("/leads/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String amountWan, @RequestParam(required = false) String signedOn,
            @RequestParam(required = false) String projectName, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        String target = act(id, redirect, "lead.signed", () -> book.sign(id, wan("contractedAmountCny", amountWan),
                date("signedOn", signedOn), projectName, version));
        // refused (a stale version after one's own visit, a bad amount): the form comes back as typed, on the current version
        return kept(redirect, "signForm", target, "projectName", projectName, "amountWan", amountWan, "signedOn", signedOn);
    }

    private static String kept(RedirectAttributes redirect, String form, String target, String... typed) {
        return FormValues.kept(redirect, form, target, typed);
    }

    /** The contracted amount in 万元 as typed, in yuan: more than nothing (the rules check it again in yuan). */
    static Long wan(String field, String value) {
        Long yuan = org.chainatlas.platform.web.FormValues.wan(field, value);
        if (yuan != null && yuan <= 0) {
            throw InvalidInput.coded(field, "error.notAWanAmount", "'" + value + "' is not an amount in 万元 above 0", value.strip());
        }
        return yuan;
    }

    static LocalDate date(String field, String value) {
        return FormValues.date(field, value);
    }

    static String blank(String s) {
        return FormValues.blank(s);
    }
}
