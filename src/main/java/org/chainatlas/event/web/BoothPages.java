package org.chainatlas.event.web;

import java.util.Map;

import org.chainatlas.event.Views;
import org.chainatlas.event.internal.Booths;
import org.chainatlas.event.internal.EventManagement;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's page of fixed booths (固定展位) of a 专题对接 session: who keeps which table. */
@Controller
class BoothPages {

    private final EventManagement management;
    private final Booths booths;

    BoothPages(EventManagement management, Booths booths) {
        this.management = management;
        this.booths = booths;
    }

    @GetMapping("/events/{id}/sessions/{sessionId}/booths")
    String page(@PathVariable long id, @PathVariable long sessionId, Model model) {
        return page(id, sessionId, model, Map.of());
    }

    private String page(long id, long sessionId, Model model, Map<String, String> errors) {
        Views.EventView event = management.require(id);
        if (!management.mayOrganise(id)) {
            throw new Forbidden("assign booths of", "event " + id);
        }
        Views.SessionView session = event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFound("session", sessionId));
        model.addAttribute("event", event);
        model.addAttribute("eventSession", session);
        model.addAttribute("candidates", session.hasTables() ? booths.candidates(id, sessionId) : java.util.List.of());
        model.addAttribute("errors", errors);
        return "event/booths";
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/booths")
    String assign(@PathVariable long id, @PathVariable long sessionId, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        try {
            long participant = number(p.get("participantId"), "participantId");
            int table = (int) number(p.get("tableNumber"), "tableNumber");
            booths.assign(id, sessionId, participant, table);
        } catch (InvalidInput e) {
            return page(id, sessionId, model, FormErrors.of(e));
        } catch (Conflict e) {
            return page(id, sessionId, model, Map.of(e.field(), e.getMessage()));
        }
        redirect.addFlashAttribute("message", "event.booths.saved");
        return "redirect:/events/" + id + "/sessions/" + sessionId + "/booths";
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/booths/all")
    String assignAll(@PathVariable long id, @PathVariable long sessionId, Model model, RedirectAttributes redirect) {
        try {
            booths.assignAll(id, sessionId);
        } catch (Conflict e) {
            return page(id, sessionId, model, Map.of(e.field(), e.getMessage()));
        }
        redirect.addFlashAttribute("message", "event.booths.saved");
        return "redirect:/events/" + id + "/sessions/" + sessionId + "/booths";
    }

    @PostMapping("/events/{id}/sessions/{sessionId}/booths/{tableNumber}/release")
    String release(@PathVariable long id, @PathVariable long sessionId, @PathVariable int tableNumber,
            RedirectAttributes redirect) {
        booths.release(id, sessionId, tableNumber);
        redirect.addFlashAttribute("message", "event.booths.saved");
        return "redirect:/events/" + id + "/sessions/" + sessionId + "/booths";
    }

    private static long number(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.coded(field, "error.required", "required");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.coded(field, "import.notWhole", "'" + value + "' is not a whole number", value);
        }
    }
}
