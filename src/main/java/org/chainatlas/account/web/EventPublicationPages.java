package org.chainatlas.account.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.platform.Forbidden;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: module events whose listener has not completed (a signing not yet turned into a project, for
 * instance), with when they were published and how often they were tried, and a button to deliver them again. A node
 * resubmits them by itself when it starts.
 */
@Controller
class EventPublicationPages {

    private final CurrentActor currentActor;
    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;

    EventPublicationPages(CurrentActor currentActor, JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
        this.currentActor = currentActor;
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    private void requireAdmin() {
        if (!currentActor.require("see", "event publications").isAdmin()) {
            throw new Forbidden("see", "event publications");
        }
    }

    @GetMapping("/admin/event-publications")
    String list(Model model) {
        requireAdmin();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, event_type, listener_id, publication_date, status, completion_attempts, last_resubmission_date,
                  serialized_event from event_publication where completion_date is null order by publication_date
                fetch first 500 rows only""");
        model.addAttribute("publications", rows);
        return "account/event-publications";
    }

    @PostMapping("/admin/event-publications/resubmit")
    String resubmit(RedirectAttributes redirect) {
        requireAdmin();
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        redirect.addFlashAttribute("message", "admin.publications.resubmitted");
        return "redirect:/admin/event-publications";
    }
}
