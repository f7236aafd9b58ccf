package org.chainatlas.workbench.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.chainatlas.workbench.WorkSection;
import org.chainatlas.workbench.WorkSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after sign-in: what is waiting for this user, gathered from every module that has work for
 * the user's role. A module whose section fails to load does not take the others down: its failure is logged and
 * the page says that part is unavailable.
 */
@Controller
class WorkbenchPages {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchPages.class);

    private final List<WorkSource> sources;
    private final CurrentActor currentActor;
    private final Regions regions;

    WorkbenchPages(List<WorkSource> sources, CurrentActor currentActor, Regions regions) {
        this.sources = sources;
        this.currentActor = currentActor;
        this.regions = regions;
    }

    @GetMapping("/workbench")
    String workbench(Model model, Locale locale) {
        Actor actor = currentActor.require("open", "workbench");
        List<WorkSection> sections = new ArrayList<>();
        int unavailable = 0;
        for (WorkSource source : sources) {
            try {
                sections.addAll(source.sectionsFor(actor, locale));
            } catch (RuntimeException e) {
                unavailable++;
                log.error("Workbench source {} failed for user {}", source.getClass().getSimpleName(), actor.username(), e);
            }
        }
        sections.sort(Comparator.comparingInt(WorkSection::order).thenComparing(WorkSection::id));
        model.addAttribute("actor", actor);
        model.addAttribute("regionName", actor.regionCode() == null ? null
                : regions.find(actor.regionCode()).map(RegionView::name).orElse(actor.regionCode()));
        model.addAttribute("sections", sections);
        model.addAttribute("urgent", sections.stream().filter(WorkSection::urgent).mapToLong(WorkSection::count).sum());
        model.addAttribute("unavailable", unavailable);
        return "workbench/workbench";
    }
}
